// Round 1024 (kept from the thirty-first session). "The 30% US tariff on most South African goods took
// effect on 31 July 2025" was answered at first by "The White House announced a 30% duty … on 31 July,
// and the tariff took effect on 7 August"; once "announced by the White House at the end of July"
// (another moment, scoring 2% higher) was read as the United States acting, it led and agreed. Matches
// that score within 5% of each other tie, and of a tie the one of the claim's moment answers.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a tie goes to the claim’s moment, within a few per cent', () => {
  const round = roundCorpus('../probe-rounds/r1024');

  test('the start answers a start, past an announcement scoring a little higher', () => {
    assert.deepStrictEqual(round.suggested('- The 30% US tariff on most South African goods took effect on 31 July 2025, hitting citrus, wine and steel exporters.'), ['date-conflict 31 July 2025 -> 2025-08-07']);
  });
});
