// Round 1456 (held out, measured first; a false warning). "DBT confirmed the tightened safeguard quotas
// on 26 June 2025, accepting the TRA recommendation in full" was warned against "The changes follow a
// recommendation from the Trade Remedies Authority, published on 21 May, which the Business and Trade
// Secretary accepted in full": the day a body's finding came out, not the day another acted on it.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a finding published on a day', () => {
  const r1456 = roundCorpus('../probe-rounds/r1456');

  test('"a recommendation from the TRA, published on 21 May" does not date the department’s confirmation', () => {
    assert.deepStrictEqual(r1456.warnings('- DBT confirmed the tightened safeguard quotas on 26 June 2025, accepting the TRA recommendation in full.'), []);
  });
});

suite('check: a finding’s own publication', () => {
  const r1456 = roundCorpus('../probe-rounds/r1456');

  test('a brief of the recommendation’s publication is still answered (by the source that gives 22 May)', () => {
    assert.deepStrictEqual(r1456.suggested('- The TRA recommendation was published on 26 June 2025.'), ['date-conflict 26 June 2025 -> 2025-05-22']);
  });
});
