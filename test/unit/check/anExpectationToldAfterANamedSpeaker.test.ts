// Round 1351 (held out, measured first; a false warning). "Mexico expects a US answer on a quota for
// its trucks in early December" was warned against "Speaking at a news conference in Mexico City on
// Tuesday, Ebrard said talks on trucks were 'advancing' and that he expected a U.S. response on the
// quota proposal 'in the coming weeks'": the date is the saying's, and what was said lies ahead. A
// saying after the speaker's name that follows the date, and an expectation of a thing ("expected a
// U.S. response"), are read as what lies ahead, as "said on Tuesday it would" was.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an expectation told after a named speaker', () => {
  const round = roundCorpus('../probe-rounds/r1351');

  test('the day of the saying does not date the answer expected', () => {
    assert.deepStrictEqual(round.warnings('- Mexico expects a US answer on a quota for its trucks in early December.'), []);
  });
});
