// Round 683 (held out, measured first): "Trump's executive order of July 8, 2025 pushed the deadline
// for the higher duties to 1 August" (right) was flagged against "Under the executive order Trump
// signed on July 31, 2025, Pakistani goods will face a 19 percent duty": the brief dates where the
// deadline went, which a source's signing day does not tell. (This small corpus reads the line
// rightly on the earlier build too; it guards the behaviour the round showed.)
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the day a deadline was pushed to', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'oil.txt': ['Pakistan bets on oil', '', 'Under the executive order Trump signed on July 31, 2025, Pakistani goods will face a 19 percent duty, rather than the 29 percent rate first announced in April.'],
    'wire.txt': ['Higher US tariffs take effect', '', 'WASHINGTON, Aug 7 (Wire) - Higher U.S. tariffs on imports from dozens of countries took effect on Thursday.', '', 'The new duties, set out in an executive order Trump signed on July 31, apply to goods entering the United States from 12:01 a.m. EDT.'],
    'talks.txt': ['Dar meets Rubio', '', 'The higher rate was suspended days after it was announced, but the suspension was due to lapse on July 9 until Trump, in an executive order signed on July 7, pushed the cut-off back to August 1.'],
  });

  test('is not held to a signing day (the order’s own day still is)', () => {
    assert.deepStrictEqual(corpus.warnings("Trump's executive order of July 8, 2025 pushed the deadline for the higher duties to 1 August."), ['date-conflict July 8, 2025 -> 2025-07-07']);
  });
});
