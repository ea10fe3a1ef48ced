// Round 1076 (held out, measured first; a false warning). "Quotas for non-FTA countries were cut to
// 50% of 2024 volumes from August 1" was warned against "In addition to the China-specific surtax,
// which applies from July 31, Ottawa will cut the volume of steel …": the start belongs to the
// surtax the source sets apart, which the brief does not name. "Under the provisional measures,
// which apply from Oct. 11, importers must lodge deposits" still dates the deposits (round 921).
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a thing set apart before "which"', () => {
  const canada = roundCorpus('../probe-rounds/r1076');
  const brandy = roundCorpus('../probe-rounds/r921');

  test('the surtax set apart does not date the quotas', () => {
    assert.deepStrictEqual(canada.warnings('- Quotas for non-FTA countries were cut to 50% of 2024 volumes from August 1, 2025.'), []);
  });

  test('the measures a duty falls under still date it', () => {
    assert.deepStrictEqual(brandy.warnings('- Importers had to lodge deposits of 30.6% to 39.0% with Chinese customs from October 8, 2024.'), ['date-conflict October 8, 2024']);
  });
});
