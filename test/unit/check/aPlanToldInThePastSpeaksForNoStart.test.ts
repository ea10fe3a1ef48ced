// Round 830 (held out, measured first). "Trading under the agreement formally began on ..." a day a
// source gives only as the plan ("was originally scheduled to begin on") found that plan speaking for
// the brief against another source's day of the start. A plan told in the past says the thing was
// meant to happen then, not that it did.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a plan told in the past speaks for no start', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'council.txt': [
      'ACCRA, Jan 4, 2021 (Wire) - Trading under the continental agreement formally began on 1 January 2021, with a ceremony in Accra.',
    ],
    'explainer.txt': [
      'How the trading start slipped',
      '',
      'Published 10 February 2021',
      '',
      'Trading under the continental agreement was originally scheduled to begin on 1 December 2020, but customs work ran late.',
    ],
  });

  test('the start is checked against the day it happened', () => {
    assert.deepStrictEqual(corpus.warnings('- Trading under the continental agreement formally began on 1 December 2020.'), ['date-conflict 1 December 2020 -> 2021-01-01']);
  });

  test('a brief about the plan is answered by it', () => {
    assert.deepStrictEqual(corpus.warnings('- Trading under the continental agreement was originally scheduled to begin on 1 December 2020.'), []);
  });
});
