// Round 1589 (held out, measured first). Hard-wrapped wire copy broke a date across lines: "will now
// be held from Tuesday 9 December to Thursday\n11 December 2025" gave a bare "Thursday" (the week's)
// and "signed … in December\n2024" a December of the page's year. A break inside a date is read as
// a space; a break that ends a line of its own (a dateline, a heading) is not.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-11-19' }).map((m) => `${m.text.replace(/\s+/g, ' ')}=${m.value}`);

suite('dates: a date across a line break', () => {
  test('a weekday at the end of a line dates the day on the next', () => {
    assert.deepStrictEqual(values('The meeting will now be held from Tuesday 9 December to Thursday\n11 December 2025.'), ['now=PRESENT_REF', 'Tuesday 9 December=2025-12-09', 'Thursday 11 December 2025=2025-12-11']);
  });

  test('a month and its year on two lines are one month', () => {
    assert.deepStrictEqual(values('The three signed an arrangement in December\n2024 on their shares.'), ['December 2024=2024-12']);
  });

  test('a day and its month, and a month and its day, on two lines', () => {
    assert.deepStrictEqual(values('It was signed on 9\nDecember 2024 and ratified on March\n3, 2025.'), ['9 December 2024=2024-12-09', 'March 3, 2025=2025-03-03']);
  });

  test('a count and its unit on two lines: "three\\nweeks later"', () => {
    assert.deepStrictEqual(values('The talks ended on 2 October 2025. Three\nweeks later the deal was signed.'), ['2 October 2025=2025-10-02', 'Three weeks later=2025-W43']);
  });

  test('a dateline on a line of its own stays apart from the heading under it', () => {
    assert.deepStrictEqual(values('Press statement\n6 November 2025\nCONSULTATION OPENS'), ['6 November 2025=2025-11-06']);
  });
});
