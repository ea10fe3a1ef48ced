// Round 530. "The Act … received royal assent on Thursday of last week" on a page of Friday, June 28,
// 2024 was read as Thursday, June 27: the weekday was resolved on its own, as the nearest Thursday,
// and "last week" beside it was another expression. A weekday of a week counted from the page's
// date ("Thursday of last week", "Tuesday last week", "Monday to Wednesday of last week") is that
// week's day; one set off by a comma is not.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2024-06-28' }).map((m) => `${m.text} ${m.value}`);

suite('dates: a weekday of a week counted from the page', () => {
  test('"Thursday of last week" is the Thursday of last week', () => {
    assert.deepStrictEqual(values('The bill received royal assent on Thursday of last week.'), ['Thursday 2024-06-20', 'last week 2024-W25']);
  });

  test('"Tuesday last week" and a run of weekdays of last week', () => {
    assert.deepStrictEqual(values('They met on Tuesday last week.'), ['Tuesday 2024-06-18', 'last week 2024-W25']);
    assert.deepStrictEqual(values('Talks ran from Monday to Wednesday of last week.'), ['Monday 2024-06-17', 'Wednesday 2024-06-19', 'last week 2024-W25']);
  });

  test('"Monday of next week" and "Thursday of this week"', () => {
    assert.deepStrictEqual(values('It opens on Monday of next week.'), ['Monday 2024-07-01', 'next week 2024-W27']);
    assert.deepStrictEqual(values('The vote was Thursday of this week.'), ['Thursday 2024-06-27', 'this week 2024-W26']);
  });

  test('a weekday set off by a comma keeps its own day', () => {
    assert.deepStrictEqual(values('He said on Tuesday, last week was hard.'), ['Tuesday 2024-06-25', 'last week 2024-W25']);
  });
});
