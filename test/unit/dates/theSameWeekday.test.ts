// Round 368: "… the one-day round in New Delhi on Sept. 16 …. Trump phoned Modi the same Tuesday
// evening" in a newsletter of Friday 26 September was read as the Tuesday of that week, 23
// September. "The same Tuesday" is the day the story last named, when it is a Tuesday.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string, pick: RegExp) =>
  extractDates(text, { referenceDate: ref }).filter((m) => pick.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: "the same Tuesday"', () => {
  test('is the day just named, when that is a Tuesday', () => {
    assert.deepStrictEqual(values('The visit followed the round in New Delhi on Sept. 16, when both sides met. Trump phoned Modi the same Tuesday evening.', '2025-09-26', /Tuesday/), ['Tuesday evening=2025-09-16TEV']);
  });

  test('is left unplaced when the day just named is another weekday', () => {
    assert.deepStrictEqual(values('Talks ended on Sept. 17. Trump phoned Modi the same Tuesday evening.', '2025-09-26', /Tuesday/), ['Tuesday evening=XXXX-WXX-2']);
  });

  test('a bare "Tuesday" still counts from the page’s date', () => {
    assert.deepStrictEqual(values('Trump phoned Modi on Tuesday.', '2025-09-26', /Tuesday/), ['Tuesday=2025-09-23']);
  });
});
