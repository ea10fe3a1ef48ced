// Round 1490 (held out, measured first). "The zero export duty on lithium carbonate has applied to
// shipments since 2 May 2025" was left alone: "The National Executive today published Decree 318/2025
// …, which reduces to zero the export duty" (2 May) led the matches and agreed with it, though "The
// zero rate applies to export declarations registered from June 1" told its start. A compatible match
// of another moment that a firm match of the claim's own moment outtells gives way to that match
// (nine more found in older rounds).
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an announcement outtold by a start', () => {
  const r1490 = roundCorpus('../probe-rounds/r1490');

  test('"applies … from June 1" answers "has applied since 2 May", not the decree\'s day', () => {
    assert.deepStrictEqual(r1490.suggested('- The zero export duty on lithium carbonate has applied to shipments since 2 May 2025.'), ['date-conflict 2 May 2025 -> 2025-06-01']);
  });

  test('a brief of the announcement itself is borne out', () => {
    assert.deepStrictEqual(r1490.warnings('- The Economy Ministry announced the elimination of the lithium export duty on 2 May 2025.'), []);
  });
});
