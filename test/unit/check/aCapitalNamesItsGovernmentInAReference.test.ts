// Round 1338 (held out, measured first). "Washington announced a 24% reciprocal tariff on Malaysian
// goods on 2 March 2025" was left alone against "Following the announcement by the United States on 2
// April 2025 of a reciprocal tariff of 24 per cent on Malaysian goods": a date inside such a
// reference is taken only for a brief that names what it refers to, and "Washington" was not taken
// for the United States. A capital names its government there too.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a capital names its government in a reference', () => {
  const round = roundCorpus('../probe-rounds/r1338');

  test('"Washington announced" is the announcement "by the United States" the source refers to', () => {
    assert.deepStrictEqual(round.suggested('- Washington announced a 24% reciprocal tariff on Malaysian goods on 2 March 2025.'), ['date-conflict 2 March 2025 -> 2025-04-02']);
  });
});
