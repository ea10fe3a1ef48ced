// Round 428: "The first relaunched Mercosur round is now set for Nov. 17-21 in Montevideo" (right)
// was held to "The first round of the relaunched talks, originally set for October 20-24 in
// Montevideo, was postponed in mid-October and will now run from November 17 to 21": a plan's day
// ("set for", "scheduled for") that a later clause of its sentence postpones is not the event's day.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const EXPLAINER = [
  '# Canada and Mercosur',
  'Published 30 October 2025',
  '',
  'The first round of the relaunched talks, originally set for October 20-24 in Montevideo, was postponed in mid-October and will now run from November 17 to 21 in the same city.',
];

suite('check: a plan a later clause postpones', () => {
  const corpus = tempCorpus({ 'explainer.md': EXPLAINER, ...RATE_NEWS });

  test('does not date the event the brief gives its new days', () => {
    assert.deepStrictEqual(corpus.warnings('- The first relaunched Mercosur round is now set for Nov. 17-21 in Montevideo.'), []);
  });

  test('a brief that speaks of the plan is still held to it', () => {
    assert.deepStrictEqual(corpus.warnings('- The first round of the relaunched talks had originally been set for October 27-31 in Montevideo.'), ['date-conflict October 27-31 -> 2025-10-20']);
  });
});
