// Rounds 1013 and 1016 (held out, measured first; missed).
// - "The 10% US baseline tariff has applied to Brazilian goods since April 5, 2024" against "the 10%
//   baseline tariff that has applied to goods from Brazil, as from most US trading partners, since
//   April 5, 2025": an aside may stand between a state and its "since".
// - "Under that package, the first tranche of duties was to apply from 15 May" against "the first
//   tranche … was scheduled to apply from April 15": a plan told in the past, in the brief as in the
//   source ("was to apply").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: states since a day, and plans told in the past', () => {
  const brazil = roundCorpus('../probe-rounds/r1016');
  const eu = roundCorpus('../probe-rounds/r1013');

  test('an aside before "since" leaves it a start', () => {
    assert.deepStrictEqual(brazil.warnings('- The 10% US baseline tariff has applied to Brazilian goods since April 5, 2024.'), ['date-conflict April 5, 2024']);
    assert.deepStrictEqual(brazil.warnings('- The 10% US baseline tariff has applied to Brazilian goods since April 5, 2025.'), []);
  });

  test('"was to apply" is a plan, answered by the plan', () => {
    assert.deepStrictEqual(eu.warnings('- Under that package, the first tranche of duties was to apply from 15 May 2025.'), ['date-conflict 15 May 2025']);
  });
});
