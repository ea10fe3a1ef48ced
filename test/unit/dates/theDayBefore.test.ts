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
