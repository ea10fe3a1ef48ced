// Round 1409 (held out, measured first). "With the full extension, the final results could slip to 2
// March 2027" was left alone against "Commerce may extend the deadline for the final results to 180 days
// after publication of the preliminary results, which would make the final results due March 2,
// 2026": a clause that names both stages of a case is of the one named last before its date.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: the stage named last before the date', () => {
  const r1409 = roundCorpus('../probe-rounds/r1409');

  test('"the final results due March 2, 2026" answers the final results, though the clause names the preliminary ones', () => {
    assert.deepStrictEqual(r1409.suggested('- With the full extension, the final results could slip to 2 March 2027.'), ['date-conflict 2 March 2027 -> 2026-03-02']);
  });

  test('the preliminary results are not dated by it', () => {
    assert.deepStrictEqual(r1409.warnings('- With the full extension, the preliminary results could slip to 2 March 2027.'), []);
  });
});
