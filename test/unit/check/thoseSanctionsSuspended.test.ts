// Round 1347 (held out, measured first; a false warning). "China suspended those sanctions for one year
// on November 10" was warned against "China on Tuesday imposed sanctions on five U.S.-based
// subsidiaries": an undoing with "those" was not read as one, as "suspended the sanctions" was.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an undoing of "those" measures', () => {
  const round = roundCorpus('../probe-rounds/r1347');

  test('"suspended those sanctions" is not the day they were imposed', () => {
    assert.deepStrictEqual(round.warnings('- China suspended those sanctions for one year on November 10.'), []);
  });
});
