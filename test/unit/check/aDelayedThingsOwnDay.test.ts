// Round 456: "The delayed review call finally took place on the evening of August 27" was read as
// the day of a postponement, which only a source telling a move may answer; but "the delayed call"
// names a thing once moved, and the claim gives the day it took place.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: the day of a delayed thing', () => {
  const corpus = tempCorpus({
    'call.txt': [
      'U.S. and China hold delayed trade review',
      '',
      'BEIJING/WASHINGTON, Aug 25, 2020 (Wire) - Top U.S. and Chinese trade officials reaffirmed their trade deal in a long-delayed call, both sides said on Tuesday.',
      '',
      'The call between the U.S. Trade Representative and China\'s Vice Premier took place on the evening of Monday, Aug. 24, Washington time, which was Tuesday morning in Beijing.',
    ],
    ...RATE_NEWS,
  });

  test('"The delayed review call finally took place on August 27" is flagged against Aug. 24', () => {
    assert.deepStrictEqual(corpus.warnings('- The delayed review call between the U.S. Trade Representative and the Vice Premier finally took place on the evening of August 27, 2020, Washington time.'), ['date-conflict August 27, 2020 -> 2020-08-24']);
  });

  test('a brief that dates the postponement itself is still left to a source that tells one', () => {
    assert.deepStrictEqual(corpus.warnings('- The review call between the U.S. Trade Representative and the Vice Premier was delayed on August 27, 2020.'), []);
  });
});
