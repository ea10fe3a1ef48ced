// Round 1638 (held out, measured first; a false warning). "Taiwan's customs authority ultimately gave
// cargo already at sea until 15 August 2024" was warned against a briefing of February 2025:
// "Taiwanese customs gave an extension for cargo already on the water, until the middle of August",
// put by the tool in the August ahead of the page. A limit a past act set may as well be the one
// before; a brief that writes that year is not contradicted by the guess.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a limit a past act set', () => {
  const round = roundCorpus('../probe-rounds/r1638');

  test('"until 15 August 2024" is not warned against a guessed August 2025', () => {
    assert.deepStrictEqual(round.warnings("- Taiwan's customs authority ultimately gave cargo already at sea until 15 August 2024 to claim the preferential rate."), []);
  });
});
