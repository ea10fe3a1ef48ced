// Round 406: a newsletter of Friday 24 October 2025 closed on "### Dates to watch" with "- Dec. 16:
// MOFCOM deadline for final EU pork ruling", read as December 2024 (a timeline's entry is history
// unless its words look ahead). An entry under a heading of what is to come ("Dates to watch",
// "Dates ahead", "Coming up", "Diary") is on the calendar ahead, unless it is told as done.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (lines: string[]) => extractDates(lines.join('\n'), { referenceDate: '2025-10-24' }).map((m) => `${m.text}=${m.value}`);

suite('dates: a section of what is ahead', () => {
  test('"- Dec. 16: deadline for the final ruling" under "Dates to watch" is the December ahead', () => {
    assert.deepStrictEqual(values(['### Dates to watch', '', '- Nov. 4: ministers meet in Brussels', '- Dec. 16: deadline for the final pork ruling']), ['Nov. 4=2025-11-04', 'Dec. 16=2025-12-16']);
  });

  test('so is a row of a table under a bold "Coming up"', () => {
    assert.deepStrictEqual(values(['**Coming up**', '', '| Dec. 31 | The canal rebate lapses unless renewed |']), ['Dec. 31=2025-12-31']);
  });

  test('the same entry under a heading of history stays in the past', () => {
    assert.deepStrictEqual(values(['### How we got here', '', '- Dec. 16: deadline for the final pork ruling']), ['Dec. 16=2024-12-16']);
  });

  test('an entry told as done stays in the past, and "ahead of" is no heading of what is to come', () => {
    assert.deepStrictEqual(values(['### Dates to watch', '', '- Dec. 16: talks were held in Geneva', '', '### Ahead of the summit', '', '- Dec. 18: deadline for comments']), ['Dec. 16=2024-12-16', 'Dec. 18=2024-12-18']);
  });
});
