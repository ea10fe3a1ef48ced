// Round 1574 (held out, measured first; a false warning). "Negotiators from the two archipelagos
// opened talks in Praia on a trade and technical cooperation memorandum on June 3" was warned against
// "signed a memorandum on trade and technical cooperation on Friday" (6 June): the date was read as the
// memorandum's ("memorandum on"), though it is the day the talks opened, which "four days of talks
// that opened on Tuesday" bears out.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: talks opened on a memorandum', () => {
  const r1574 = roundCorpus('../probe-rounds/r1574');

  test('"opened talks … on a … memorandum on June 3" is not dated by the signing', () => {
    assert.deepStrictEqual(r1574.warnings('- Negotiators from the two archipelagos opened talks in Praia on a trade and technical cooperation memorandum on June 3.'), []);
  });
});
