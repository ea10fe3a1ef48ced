// Rounds 1188 and 1191 (held out, measured first). "The Federal Register notice cutting the Section
// 232 rate on Korean autos and parts was published on December 3, 2025" tells a publication, as "the
// notice was published on" does, though the notice's act stands between; "had until 18 June 2024 to
// register" is answered by a notice's "may register … within 20 days …, that is, on or before 8 June
// 2024": a limit in other words, as firm as a deadline, whatever "may" it is given with.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: notices published, and limits in other words', () => {
  const pom = roundCorpus('../probe-rounds/r1188');
  const autos = roundCorpus('../probe-rounds/r1191');

  test('a notice that does something, then was published', () => {
    assert.deepStrictEqual(autos.warnings('- The Federal Register notice cutting the Section 232 rate on Korean autos and parts was published on December 3, 2025.'), ['date-conflict December 3, 2025']);
    assert.deepStrictEqual(autos.warnings('- The Federal Register notice cutting the Section 232 rate on Korean autos and parts was published on December 4, 2025.'), []);
  });

  test('"on or before" is a limit', () => {
    assert.deepStrictEqual(pom.warnings('- Foreign exporters and importers had until 18 June 2024 to register as interested parties.'), ['date-conflict 18 June 2024']);
    assert.deepStrictEqual(pom.warnings('- Foreign exporters and importers had until 8 June 2024 to register as interested parties.'), []);
  });
});
