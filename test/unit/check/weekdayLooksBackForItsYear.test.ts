// Round 461: "the final vote on Tuesday, 16 December" took 2024 from "first delayed in December
// 2024" in the list item above, though 16 December 2024 was a Monday; the brief is of 2025, as
// "Friday, 4 December 2025" further up says. A yearless weekday that does not fall on its day in
// the nearest year of another sentence looks further back for a year beside it where it does.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';

const years = (prose: string, corpusYear: number) => citedDates(prose, corpusYear).map((c) => `${c.mention.text}=${c.year}`);

suite('brief years: a weekday looks back for its year', () => {
  const prose = (day: string) =>
    ['- Negotiators reached a deal in the early hours of Friday, 4 December 2025, after talks that began on 20 November 2025.', '- The law entered into force on Thursday, June 29, 2023, and was first delayed in December 2024.', `- Parliament is expected to hold the final vote on ${day}.`].join('\n');

  test('"Tuesday, 16 December" is of 2025, where it falls, not of the 2024 above it', () => {
    assert.deepStrictEqual(years(prose('Tuesday, 16 December'), 2024).slice(-1), ['Tuesday, 16 December=2025']);
  });

  test('a weekday that falls in none of those years keeps the nearest, where it is checked', () => {
    assert.deepStrictEqual(years(prose('Sunday, 16 December'), 2024).slice(-1), ['Sunday, 16 December=2024']);
  });
});
