// Round 416: "A week later, on 26 November, MEPs backed the blanket delay by 402 votes to 250"
// (right) was held to "| 19 Nov 2025 | Council mandate | Ambassadors back a one-year delay |": the
// Parliament's vote is not the Council's, nor the Senate's the House's.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = [
  '# The deforestation rules, delayed again',
  '',
  '| Date | Step | What happened |',
  '|---|---|---|',
  '| 23 Sep 2025 | Commission | Proposes a further one-year delay for large operators |',
  '| 19 Nov 2025 | Council mandate | Ambassadors back a one-year delay for all operators |',
];

suite('check: chambers that vote', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('the MEPs’ vote is not dated by the ambassadors’', () => {
    assert.deepStrictEqual(corpus.warnings('- On 26 November, MEPs backed the one-year delay for all operators by 402 votes to 250.'), []);
  });

  test('the ambassadors’ own vote is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- On 18 November, ambassadors backed the one-year delay for all operators.'), ['date-conflict 18 November -> 2025-11-19']);
  });
});
