// Round 493. "Washington paired the offset proclamation with a non-stacking executive order on 22
// April 2025" was flagged against "automakers can claim an offset … for each vehicle they assemble in
// the U.S. between April 3, 2025, and April 30, 2026": the day a window opens is a start, which does
// not date the signing of a paper (the warning would have proposed April 3 as the order's day).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the day a window opens is a start', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'offset.txt': [
      'Trump softens auto tariffs for US assembly',
      '',
      'Published: 2025-04-29 18:40 ET',
      '',
      'Under the new proclamation, automakers can claim an offset worth 3.75% of the price of each vehicle they assemble in the U.S. between April 3, 2025, and April 30, 2026.',
    ],
  });

  test('a paper signed on another day is not set against the window\'s opening', () => {
    assert.deepStrictEqual(corpus.warnings('Washington paired the offset proclamation for vehicles assembled in the U.S. with a non-stacking executive order on 22 April 2025.'), []);
  });

  test('the window said to open on another day still is', () => {
    assert.deepStrictEqual(corpus.warnings('Automakers can claim the offset for vehicles they assemble in the U.S. starting from April 10, 2025.'), ['date-conflict April 10, 2025 -> 2025-04-03']);
  });
});
