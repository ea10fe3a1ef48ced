// Round 368: "| 21-24 Apr 2025 | JD Vance visits India | Vance meets Modi on 21 Apr |" on a page of
// September put "21 Apr", told in the row's present tense, in April 2026. A yearless day in a row or
// entry headed by a dated day, near that day, is in the head's year; one months away is not.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: a yearless day in a dated row', () => {
  test('"meets Modi on 21 Apr" under "21-24 Apr 2025" is 21 April 2025', () => {
    assert.deepStrictEqual(values('| 21-24 Apr 2025 | JD Vance visits India | Vance meets Modi on 21 Apr; terms agreed |', '2025-09-03'), ['21-24 Apr 2025=2025-04-21', '21 Apr=2025-04-21']);
  });

  test('a day told in the past months before a future head keeps the page’s year', () => {
    assert.deepStrictEqual(values('- **June 30, 2026** - the steel safeguard expires; the regime proposed on Oct. 7 should be in place by then', '2025-11-20'), ['June 30, 2026=2026-06-30', 'Oct. 7=2025-10-07']);
  });
});
