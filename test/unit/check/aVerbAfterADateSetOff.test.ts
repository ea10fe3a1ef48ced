// Round 1598 (held out, measured first; a wrong suggestion). "The reduced storage tariff is in force
// from 1 June 2025" was warned with the board's day ("its Board of Directors, at its session of 20 May
// 2025, approved a revision"): the verb after a date set off by commas tells that date's moment, an
// approval, which no start answers. Round 1425: ", and which took effect on July 1" shares its
// sentence's subject ("Night convoys under a pilotage arrangement … agreed last\nmonth").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a verb after a date set off by commas', () => {
  const lome = roundCorpus('../probe-rounds/r1598');
  const sulina = roundCorpus('../probe-rounds/r1425');

  test('a start is not given the day of the board\'s approval', () => {
    assert.ok(!lome.suggested('- Hauliers and forwarders should note that the reduced storage tariff is in force from 1 June 2025.').some((w) => w.endsWith('2025-05-20')));
  });

  test('", and which took effect on July 1" answers a start of what the sentence opens on', () => {
    assert.deepStrictEqual(sulina.suggested('- Night pilotage for convoys on the Sulina Channel has applied since 13 June 2024.'), ['date-conflict 13 June 2024 -> 2024-07-01']);
  });
});
