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

  // Round 464: a year after "since" is a state's start, and a range of days lends its year as a day does.
  test('"since Saturday, 1 December 2024, met McClay on Monday, 10 March" under "on 4–5 March 2025" is of 2025', () => {
    const lines = ['- The committee was first set for 19–20 November 2024, and the postponement came on Tuesday, 8 October 2024.', '- The committee was held on 31 October 2024 in name only, and again on 30 December 2024.', '- The meeting finally took place in Brussels on 4–5 March 2025.', '- The commissioner, in office since Saturday, 1 December 2024, met the minister on Monday, 10 March.'];
    assert.deepStrictEqual(years(lines.join('\n'), 2024).slice(-1), ['Monday, 10 March=2025']);
  });
});
