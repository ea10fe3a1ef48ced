// Round 488. On a page with no date of its own, "London applied in February 2021, and members set up
// a working group to examine its bid in June" left June without a year, so the checker read it in
// the brief's year and "a working group … in June 2022" looked supported. A yearless month later in
// the calendar than a month written with its year earlier in the same sentence is in that year.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: null }).map((m) => `${m.text}=${m.value}`);

suite('dates: a month after a month with its year, on an undated page', () => {
  test('"applied in February 2021, and … in June" is June 2021', () => {
    assert.deepStrictEqual(values('London applied in February 2021, and members set up a working group to examine its bid in June.'), ['February 2021=2021-02', 'June=2021-06']);
  });

  test('an earlier month in the calendar is left without a year', () => {
    assert.deepStrictEqual(values('London applied in June 2021, and members had met in February.'), ['June 2021=2021-06', 'February=XXXX-02']);
  });

  test('nor across another sentence', () => {
    assert.deepStrictEqual(values('London applied in February 2021. Members set up a working group in June.'), ['February 2021=2021-02', 'June=XXXX-06']);
  });
});
