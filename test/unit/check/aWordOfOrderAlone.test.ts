// Round 1328 (held out, measured first; a false warning). "Ukrmetalurgprom had first lobbied Brussels
// for a dedicated Ukrainian quota in September 2025" was warned against "The first, technical round of
// consultations took place in Brussels on 23 October 2025": a place and the word "first" were all the
// two shared. A word of order alone tells no act.
// Round 1323 (held out). "The 39% rate took effect on 1 August 2025", whose best match dates the order
// that set the rate (July 31), was left alone: the next match of its moment, "The reduced 15% U.S.
// tariff … took effect on Monday", tells another rate, and "It took effect on Aug. 7" further down was
// never read. The first close match of the claim's moment that contradicts it answers.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a word of order alone, and the next match of the claim’s moment', () => {
  const r1328 = roundCorpus('../probe-rounds/r1328');
  const r1323 = roundCorpus('../probe-rounds/r1323');

  test('"had first lobbied Brussels" is not "the first round … in Brussels"', () => {
    assert.deepStrictEqual(r1328.warnings('- Ukrmetalurgprom had first lobbied Brussels for a dedicated Ukrainian quota in September 2025.'), []);
  });

  test('past a start of another rate to the claim’s own', () => {
    assert.deepStrictEqual(r1323.suggested('- The 39% rate took effect on 1 August 2025, making it one of the highest levied on any US trading partner.'), ['date-conflict 1 August 2025 -> 2025-08-07']);
  });
});
