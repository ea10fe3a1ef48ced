// Round 587. "Parliament's trade committee had recommended consent on November 5, 2018" was flagged
// against "The European Parliament on Wednesday gave its consent" (12 December): a committee's vote
// is not its chamber's, though both sentences name the chamber.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a committee is not its chamber', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'consent.txt': ['Parliament backs Japan deal', '', 'Published: 2018-12-12 14:37', '', 'The European Parliament on Wednesday gave its consent to the trade agreement with Japan by a large majority.'],
  });

  test('the committee’s recommendation is not dated by the plenary’s consent', () => {
    assert.deepStrictEqual(corpus.warnings('Parliament’s trade committee recommended consent to the trade agreement with Japan on November 5, 2018.'), []);
  });

  test('the plenary’s consent still is', () => {
    assert.deepStrictEqual(corpus.warnings('The European Parliament gave its consent to the trade agreement with Japan on December 13, 2018.'), ['date-conflict December 13, 2018 -> 2018-12-12']);
  });
});
