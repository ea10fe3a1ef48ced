// Round 1604 (held out, measured first; a false warning on a line the sources do not date). "The
// Gambia Ports Authority waived storage charges … on 22 April 2025" was warned against "The Gambia's
// National Roads Authority on Tuesday published a revised schedule of charges": a body the corpus
// does not know, named in full, is not another authority of the same country.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: another body of its kind', () => {
  const round = roundCorpus('../probe-rounds/r1604');

  test('the Ports Authority is not the National Roads Authority', () => {
    assert.deepStrictEqual(round.warnings('- The Gambia Ports Authority waived storage charges on stranded Senegalese cargo on 22 April 2025.'), []);
  });
});
