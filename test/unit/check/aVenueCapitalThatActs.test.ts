// Round 1439 (held out, measured first). "The UK published its strategic approach to the talks on 23
// January 2024" was left alone against "On 24 January 2024, London published its strategic approach
// for the negotiations": London, a venue of talks as often as a government, is Britain acting when it
// is the verb's subject.
import * as assert from 'assert';
import { governmentOfActingCapital } from '../../../src/core/check/governments';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a venue capital that acts', () => {
  const r1439 = roundCorpus('../probe-rounds/r1439');

  test('"London published" is the United Kingdom acting', () => {
    assert.deepStrictEqual(r1439.suggested('- The UK published its strategic approach to the talks on 23 January 2024.'), ['date-conflict 23 January 2024 -> 2024-01-24']);
  });

  test('a venue is a place, an acting subject a government', () => {
    assert.strictEqual(governmentOfActingCapital('London', ' published its approach'), 'United Kingdom');
    assert.strictEqual(governmentOfActingCapital('London', ' round of talks'), undefined);
    assert.strictEqual(governmentOfActingCapital('Paris', ' said'), undefined);
  });
});

// Round 1443 (held out, measured first). "The rebar licensing requirement applied to shipments
// arriving from 1 March 2025" was left alone against "The requirement applies to shipments arriving at
// Saudi ports and land crossings from 1 April 2025": its "arriving" made the source's date a journey's,
// an occasion that starts nothing; a date the source tells as a start is none.
suite('check: a start told of goods arriving', () => {
  const r1443 = roundCorpus('../probe-rounds/r1443');

  test('"applies to shipments arriving … from 1 April 2025" answers a start', () => {
    assert.deepStrictEqual(r1443.suggested('- The rebar licensing requirement applied to shipments arriving from 1 March 2025.'), ['date-conflict 1 March 2025 -> 2025-04-01']);
  });
});
