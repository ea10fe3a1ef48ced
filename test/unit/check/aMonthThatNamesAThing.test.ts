// Round 1590 (held out, measured first; a false warning). "The 38-cargo March programme was sent to
// term lifters in early February" was warned against "nominations for March 2024 cargoes by
// Wednesday, 7 February 2024": the month the brief names its programme by is no date of the sending.
// Round 1403 keeps its warning: the start of what a month names falls in that month ("the higher
// August export duty … took effect on 15 July").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a month that names a thing', () => {
  const angola = roundCorpus('../probe-rounds/r1590');
  const palm = roundCorpus('../probe-rounds/r1403');

  test('"the March programme was sent … in early February" is not warned against the March cargoes', () => {
    assert.deepStrictEqual(angola.warnings('- The 38-cargo March programme was sent to term lifters in early February.'), []);
  });

  test('"the August export duty took effect on 15 July" is still warned', () => {
    assert.deepStrictEqual(palm.warnings("- Malaysia's higher August export duty on crude palm oil (9.5%, up from 9%) took effect on 15 July 2025."), ['date-conflict 15 July 2025']);
  });
});
