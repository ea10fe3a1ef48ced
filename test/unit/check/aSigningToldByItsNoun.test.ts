// Round 1607 (held out, measured first; a wrong suggestion). "Signature took place at the economy
// ministry on 14 April 2025" was given the day "a clarification meeting and site visit … took place at
// the Anaklia project office": a signing told by its noun ("signature took place", "the signing
// ceremony was held") is a signing, which a meeting does not answer.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a signing told by its noun', () => {
  const round = roundCorpus('../probe-rounds/r1607');

  test('"Signature took place … on 14 April" is not given a meeting\'s day', () => {
    assert.ok(!round.suggested('- Signature took place at the economy ministry on 14 April 2025.').some((w) => w.endsWith('2025-06-12')));
  });
});
