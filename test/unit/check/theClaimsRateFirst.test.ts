// Round 410 (and three earlier rounds): "Washington unveiled the 32% reciprocal rate for Taiwan on 3
// April 2025" was answered by its best-scoring match, "the US set a 20% rate for Taiwan in the July
// 31 order", which another rate rules out, and so by nothing. Of close matches, one that names the
// claim's rate answers before one that names only other rates.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const EXPLAINER = [
  '# Taiwan and the US tariffs: a timeline',
  '',
  '| Date | Step | Note |',
  '|---|---|---|',
  '| Apr 2, 2025 | 32% reciprocal rate announced for Taiwan | Among the hardest-hit economies |',
  '| Jul 31, 2025 | Order signed | Taiwan set at 20% |',
  '',
  'After three in-person rounds, the US set a 20% reciprocal rate for Taiwan in the July 31 order.',
];

suite('check: the claim’s rate first', () => {
  const corpus = tempCorpus({ 'explainer.md': EXPLAINER, ...RATE_NEWS });

  test('the 32% rate unveiled on another day than its row is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- Washington unveiled the 32% reciprocal rate for Taiwan on 3 April 2025.'), ['date-conflict 3 April 2025 -> 2025-04-02']);
  });

  test('on its row’s day it is borne out, and the 20% rate keeps its own day', () => {
    assert.deepStrictEqual(corpus.warnings('- Washington unveiled the 32% reciprocal rate for Taiwan on 2 April 2025.\n- The US set a 20% reciprocal rate for Taiwan on July 31, 2025.'), []);
  });
});
