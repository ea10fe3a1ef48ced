// Rounds 1229-1240 (held out, measured first; 1235-1240 read 27 / 2 / 9) and the misses of earlier
// rounds the same rules reached.
// - "The cut in the US tariff on Japanese cars to 15% took effect on September 4", whose best match
//   tells other goods ("applied retroactively to goods entered on or after August 7"): a close firm
//   match that covers the claim well and tells the claim's event ("have faced a 15% tariff since
//   September 16") answers it. Not a day in a relative clause about a thing the sentence names
//   ("suspended … the controls it had unveiled on Oct. 9"), nor one a "when" gives another event.
// - "on 17 June 2024, Beijing opened its anti-dumping investigation …, acting on a complaint from the
//   association" does not date the complaint (round 1236's false warning): what an act was based on
//   is a reference, as "in response to" is.
// - "Before the delay, large operators would have had to comply from 30 December 2024" tells the
//   first date, which the later one does not contradict (round 1240's false warning).
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite("check: another event's best match, and a complaint acted on", () => {
  const japan = roundCorpus('../probe-rounds/r1229');
  const rareEarths = roundCorpus('../probe-rounds/r1027');
  const pork = roundCorpus('../probe-rounds/r1236');
  const brandy = roundCorpus('../probe-rounds/r758');
  const forests = roundCorpus('../probe-rounds/r1240');

  test('a close match of the claim\'s own event answers when the best tells other goods', () => {
    assert.deepStrictEqual(japan.suggested('- The cut in the US tariff on Japanese cars to 15% took effect on September 4.'), ['date-conflict September 4 -> 2025-09-16']);
    assert.deepStrictEqual(japan.warnings('- The cut in the US tariff on Japanese cars to 15% took effect on September 16.'), []);
  });

  test('a relative clause\'s day about the thing paused does not date the pause', () => {
    assert.deepStrictEqual(rareEarths.warnings('- Beijing paused its expanded rare earth measures on 7 November 2025.'), []);
  });

  test('the day an investigation opened "acting on a complaint" does not date the complaint', () => {
    assert.deepStrictEqual(pork.warnings('- The China Animal Agriculture Association filed its dumping complaint on 6 June 2024.'), []);
  });

  test('the opening itself is still checked, with the brief\'s own "acting on"', () => {
    assert.deepStrictEqual(brandy.warnings('- MOFCOM opened its anti-dumping investigation into EU brandy on 4 January 2024, acting on a complaint from the China Alcoholic Drinks Association.'), ['date-conflict 4 January 2024']);
  });

  test('"would have had to comply from" tells the first date', () => {
    assert.deepStrictEqual(forests.warnings('- Before the delay, large operators would have had to comply from 30 December 2024.'), []);
  });
});
