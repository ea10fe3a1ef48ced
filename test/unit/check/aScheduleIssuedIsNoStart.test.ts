// Round 1562 (held out, measured first; a false warning). "Damascus issued a single per-truck transit
// fee schedule, replacing a tangle of border charges, on 12 January 2025" was warned against "the
// unified transit fee took effect on 15 February": issuing a paper is an act of its own, which the
// day the thing it set took effect does not date.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a schedule issued is no start', () => {
  const r1562 = roundCorpus('../probe-rounds/r1562');

  test('"issued … on 12 January 2025" is not dated by "took effect on 15 February"', () => {
    assert.deepStrictEqual(r1562.warnings('- Damascus issued a single per-truck transit fee schedule, replacing a tangle of border charges, on 12 January 2025.'), []);
  });
});
