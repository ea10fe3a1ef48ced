// Rounds 1007, 1008 and 1010 (held out, measured first; missed).
// - "Trump and Modi spoke by phone on 20 October, after which Trump said India would limit Russian oil
//   purchases": the saying of a plan is a later act's clause, not what the date dates.
// - "The summit closed on 27 October" against "leaders closed their three-day summit in Kuala Lumpur
//   on Tuesday": an occasion closed is its end.
// - "Importers have had to lodge the provisional cash deposits … since 5 September 2025": a duty
//   that holds since a day is its start, not a bound that any later day meets.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: closes, duties since a day, and later acts', () => {
  const india = roundCorpus('../probe-rounds/r1008');
  const asean = roundCorpus('../probe-rounds/r1010');
  const pork = roundCorpus('../probe-rounds/r1007');

  test("a later act's saying does not make the call a saying", () => {
    assert.deepStrictEqual(india.warnings('- Trump and Modi spoke by phone on 20 October 2025, after which Trump said India would limit Russian oil purchases.'), ['date-conflict 20 October 2025']);
  });

  test('a close is an end', () => {
    assert.deepStrictEqual(asean.warnings('- The summit closed on 27 October 2025, with Anwar handing the ASEAN chair to the Philippines.'), ['date-conflict 27 October 2025']);
    assert.deepStrictEqual(asean.warnings('- The summit closed on 28 October 2025, with Anwar handing the ASEAN chair to the Philippines.'), []);
  });

  test('a duty held since a day is its start', () => {
    assert.deepStrictEqual(pork.warnings('- Importers have had to lodge the provisional cash deposits at Chinese customs since 5 September 2025.'), ['date-conflict 5 September 2025']);
    assert.deepStrictEqual(pork.warnings('- Importers have had to lodge the provisional cash deposits at Chinese customs since 10 September 2025.'), []);
  });
});
