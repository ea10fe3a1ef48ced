// Round 334: "halted since Saturday, Aug. 23 (announced the day before)": "the day before" standing
// alone is a day of the story, counted back from the day just named, as "the next day" is counted on.
// Followed by a noun ("the day before the vote") it counts from that event, which has no date here.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { tempCorpus } from '../helpers/tempCorpus';

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

// Round 354: "| Oct. 27, 2025 | Sheinbaum announces a second extension, agreed in a call the day before |":
// a table cell's end closes "the day before" as a full stop does.
suite('dates: "the day before" at the end of a table cell', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# The extensions, step by step',
      'Updated 1 November 2025',
      '',
      '| Date | Step | Source |',
      '|---|---|---|',
      '| Oct. 27, 2025 | Sheinbaum announces a second 90-day extension, agreed in a call the day before | Mexican presidency |',
    ],
  });

  test('it is the day before the row’s date', () => {
    const fact = corpus.engine().snapshot().facts.find((f) => f.date.text === 'the day before');
    assert.strictEqual(fact?.date.value, '2025-10-26');
  });
});

suite('dates: "a second" before a number is an ordinal', () => {
  test('"a second 90-day extension" is no duration of one second', () => {
    assert.deepStrictEqual(values('Sheinbaum announced a second 90-day extension on Oct. 27, 2025.', '2025-11-01', /second/), []);
  });

  test('"a second later" still is', () => {
    assert.deepStrictEqual(extractDates('It was over a second later.', { referenceDate: '2025-11-01' }).some((m) => m.text.startsWith('a second')), true);
  });
});
