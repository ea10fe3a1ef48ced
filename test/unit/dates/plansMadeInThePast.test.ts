// Round 283. "Trump's original April 2 announcement scheduled the country rates for April 9; they
// were paused that afternoon": a plan made in the past, told in the past tense, is ahead of its
// making, not of the page, so a yearless day takes the nearest year (it went to the next April in
// an August newsletter). A day of the week planned so is still the coming one (TimeML: "Protesters
// planned a large demonstration on Saturday"), and "has scheduled the vote for" still looks ahead.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string, pick: RegExp) =>
  extractDates(text, { referenceDate: ref }).filter((m) => pick.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: plans made in the past', () => {
  test('"the April 2 announcement scheduled the country rates for April 9" in August is this year\'s April', () => {
    const text = "Trump's original April 2 announcement scheduled the country rates for April 9; they were paused that afternoon for 90 days.";
    assert.deepStrictEqual(values(text, '2025-08-08', /April/), ['April 2=2025-04-02', 'April 9=2025-04-09']);
  });

  test('"planned a demonstration on Saturday" is the coming Saturday', () => {
    assert.deepStrictEqual(values('Protesters planned a large demonstration in the square on Saturday.', '2000-01-07', /Saturday/), ['Saturday=2000-01-08']);
  });

  test('"has scheduled the vote for March 3" in August looks ahead', () => {
    assert.deepStrictEqual(values('The speaker has scheduled the vote for March 3.', '2025-08-08', /March/), ['March 3=2026-03-03']);
  });
});
