// Round 1484 (held out, measured first; a false warning). "Egyptian buyers were back on the auction
// floor in force in early April, according to brokers" was warned against "Prices for Kenyan black tea
// firmed at the Mombasa auction on Tuesday as packers from Pakistan stepped up purchases …, while
// Egyptian buyers kept up the steady presence they have shown since their return to the trading floor":
// a clause set against the date's with a subject and verb of its own tells what the date does not.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a contrast clause after the date', () => {
  const r1484 = roundCorpus('../probe-rounds/r1484');
  const r1099 = roundCorpus('../probe-rounds/r1099');

  test('", while Egyptian buyers kept up …" is not dated by the sale on Tuesday', () => {
    assert.deepStrictEqual(r1484.warnings('- Egyptian buyers were back on the auction floor in force in early April, according to brokers.'), []);
  });

  test('"On October 25, while en route to Asia, he announced …" still dates the announcement', () => {
    assert.deepStrictEqual(r1099.suggested('- Trump announced an additional 10% tariff on Canadian goods on 26 October 2025.'), ['date-conflict 26 October 2025 -> 2025-10-25']);
  });
});
