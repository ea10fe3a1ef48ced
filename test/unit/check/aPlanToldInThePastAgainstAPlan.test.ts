// Rounds 1044, 1169, 1182, 1237 and 944 (kept from earlier sessions) and 1369 (held out). "it had been
// due to come into force on 27 December 2025" was left alone against "The ABS order … was due to come
// into force on November 27": a plan is not firm, so the source's plan could not answer, though the
// brief speaks of that very plan. A brief of a plan told in the past is answered by a source's plan
// given with its year.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a plan told in the past against a plan', () => {
  const round = roundCorpus('../probe-rounds/r1044');

  test('"had been due to come into force on 27 December" against "was due to come into force on November 27"', () => {
    assert.deepStrictEqual(round.suggested('- The ABS order was withdrawn before it ever applied; it had been due to come into force on 27 December 2025.'), ['date-conflict 27 December 2025 -> 2025-11-27']);
  });

  test('a brief that says it happened is not answered by the plan', () => {
    assert.deepStrictEqual(round.warnings('- The ABS order came into force on 27 December 2025.'), []);
  });
});
