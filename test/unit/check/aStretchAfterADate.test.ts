// Round 1377 (held out, measured first; a false warning). "Turkish mills began offering rebar diverted
// from the US to Italian buyers in early September 2018" was warned against "Rebar and wire rod cargoes
// … were offered instead to buyers in southern Italy … in the months after the U.S. tariff doubled last
// August": the offers filled a stretch after August, which only bounds them.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a stretch of time after a date', () => {
  const round = roundCorpus('../probe-rounds/r1377');

  test('"in the months after … last August" does not date what was done in them', () => {
    assert.deepStrictEqual(round.warnings('- Turkish mills began offering rebar diverted from the US to Italian buyers in early September 2018.'), []);
  });
});
