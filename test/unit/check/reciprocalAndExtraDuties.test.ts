// Round 284. Two duties at the same rate on the same goods are told apart by their names: "the 25%
// reciprocal duty on Indian imports came into force on 7 August" is not the "extra 25% penalty over
// Russian oil" that came into force on 27 August, nor the other way round.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the reciprocal duty and the extra one', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'talks.txt': [
      'US negotiators back in Delhi',
      'NEW DELHI, September 16, 2025 (Wire) -',
      "Brendan Lynch's visit was the first in-person meeting of the negotiators since the extra 25% penalty over Russian oil came into force on Aug. 27, taking the levy on many Indian goods to 50%.",
    ],
  });

  test('"the 25% reciprocal duty … came into force on 7 August 2025" is not held to the penalty', () => {
    assert.deepStrictEqual(corpus.warnings('The 25% reciprocal duty on Indian imports came into force on 7 August 2025.'), []);
  });

  test('a wrong day for the penalty still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The extra 25% penalty over Russian oil came into force on 28 August 2025.'), ['date-conflict 28 August 2025 -> 2025-08-27']);
  });
});
