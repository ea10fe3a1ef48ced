// Round 334: "halted since Saturday, Aug. 23 (announced the day before)": "the day before" standing
// alone is a day of the story, counted back from the day just named, as "the next day" is counted on.
// Followed by a noun ("the day before the vote") it counts from that event, which has no date here.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string, pick: RegExp) =>
  extractDates(text, { referenceDate: ref }).filter((m) => pick.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: "the day before", "the day after"', () => {
  test('"the day before" in an aside is the day before the one just named', () => {
    assert.deepStrictEqual(values('Parcels have been halted since Saturday, Aug. 23 (announced the day before).', '2025-09-01', /day before/), ['the day before=2025-08-22']);
  });

  test('"the day after," counts on from the story’s day', () => {
    assert.deepStrictEqual(values('The talks ended on Aug. 20, 2025 and the day after, the ministers flew home.', '2025-09-01', /day after/), ['the day after=2025-08-21']);
  });

  test('"the day before the vote" is not a day of its own', () => {
    assert.deepStrictEqual(values('The day before the vote, on Aug. 20, he spoke to farmers.', '2025-09-01', /day before/), []);
  });

  test('"the day before yesterday" is still two days before the text’s date', () => {
    assert.deepStrictEqual(values('He said the day before yesterday that it was done.', '2025-09-01', /day before/), ['the day before yesterday=2025-08-30']);
  });
});

// Round 342: "… announced their agreement on July 13. On July 15, two days later, Trump said …": set
// off by commas after a written date, "two days later" says how far that date is from the one before.
suite('dates: a count of days in apposition to a written date', () => {
  test('"On July 15, two days later," is July 15', () => {
    assert.deepStrictEqual(values('They announced the deal on July 13. On July 15, two days later, Trump spoke.', '2025-10-01', /later|July 15/), ['July 15=2025-07-15', 'two days later=2025-07-15']);
  });

  test('without the closing comma it still counts on from the date', () => {
    assert.deepStrictEqual(values('Talks began on July 13, two days later the deal was signed.', '2025-10-01', /later/), ['two days later=2025-07-15']);
  });
});
