// Rounds 1666 and 1661 (held out, measured first; a false warning and a wrong suggestion). "The higher
// royalty schedule was enacted as Government Regulation 19/2025 on Friday, 11 April 2025" was warned
// against the regulation's start ("is due to take effect on April 26"): enacting, like promulgating, is
// a signing. "SQM reported the Hengrui contract to the CMF as a material fact on 11 February 2025" was
// given the contract's signing: a disclosure to a regulator is a telling, answered only by one.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: enacted, and disclosed to a regulator', () => {
  const nickel = roundCorpus('../probe-rounds/r1666');
  const lithium = roundCorpus('../probe-rounds/r1661');

  test('a regulation enacted is not dated by its start', () => {
    assert.deepStrictEqual(nickel.warnings('- The higher royalty schedule was enacted as Government Regulation 19/2025 on Friday, 11 April 2025.'), []);
  });

  test('a disclosure to a regulator is not given the contract\'s signing', () => {
    assert.ok(!lithium.suggested('- SQM reported the Hengrui contract to the CMF as a material fact on 11 February 2025.').some((w) => w.endsWith('2025-02-06')));
  });
});
