// Rounds 255-258. "Published its look back at the EU agreement's first year on 1 May 2025" is a day a
// year on from the agreement's start (1 May 2024), not a slip of its year. "Its May 15 effective
// date" names a start, which the row "| 2025-05-13 | Administration rescinds the rule, two days
// before its May 15 effective date |" gives for a brief's "Scheduled to take effect on May 15". And
// "the cutting season for Valentine's Day on 14 February" dates a holiday, not an event. (The first
// two tests guard the year-slip rule on both sides; the probe's look-back matched only in its corpus.)
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: anniversaries, holidays and effective dates', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.txt': [
      "New Zealand's trade agreements",
      '',
      'Published: October 2, 2025',
      '',
      'The agreement with the European Union took effect on May 1, 2024, after it had been signed in Brussels on July 9, 2023.',
    ],
    'timeline.md': [
      '# Chips and China: timeline',
      '',
      'Last updated: 2025-11-20',
      '',
      '| Date | Event |',
      '|---|---|',
      '| 2025-05-13 | Administration rescinds the AI diffusion rule, two days before its May 15 effective date. |',
    ],
    'flowers.txt': [
      'Flower growers fear the tariff threat',
      '',
      'Published: January 28, 2025',
      '',
      'Farms begin cutting for Valentine\'s Day in the second half of January, and the cargo flights to Miami run full for about three weeks.',
    ],
  });

  test("a look back at the agreement's first year, a year to the day after it took effect, is no slip", () => {
    assert.deepStrictEqual(corpus.warnings("The ministry published its look back at the EU agreement's first year on 1 May 2025."), []);
  });

  test('the agreement taking effect on 1 May 2025 is still a slip of a year', () => {
    assert.deepStrictEqual(corpus.warnings('The agreement with the European Union took effect on 1 May 2025.'), ['date-conflict 1 May 2025 -> 2024-05-01']);
  });

  test('"Scheduled to take effect on May 15" is the effective date the row gives', () => {
    assert.deepStrictEqual(corpus.warnings('Scheduled to take effect on May 15, 2025, the AI diffusion rule was instead rescinded by the administration two days earlier.'), []);
  });

  test("Valentine's Day on 14 February is a holiday, not an event to check", () => {
    assert.deepStrictEqual(corpus.warnings("The threat landed in the middle of the cutting season for Valentine's Day on 14 February 2025, when cargo flights to Miami run full."), []);
  });
});
