// Round 683 (held out, measured first): "India was hit with an extra 25 percent penalty over its
// Russian oil purchases on August 6, 2025" (right) was flagged against "On Wednesday, Trump signed an
// order imposing an additional 25% duty on Indian goods as a penalty for New Delhi's purchases of
// Russian oil, on top of the 25% rate that took effect on Thursday": "as a penalty" was read as a
// clause of its own and given to Thursday. "as" before a noun is a preposition, no clause break.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: "as a …" opens no clause', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'wire.txt': ['Higher tariffs take effect', '', 'WASHINGTON, Aug. 7, 2025 (Wire) - On Wednesday, Trump signed an order imposing an additional 25% duty on Indian goods as a penalty for New Delhi’s purchases of Russian oil, on top of the 25% rate that took effect on Thursday.'],
  });

  test('the penalty is dated by the Wednesday order', () => {
    assert.deepStrictEqual(corpus.warnings('India was hit with an extra 25 percent penalty over its Russian oil purchases on August 6, 2025.'), []);
  });

  test('a wrong day for the penalty is still warned', () => {
    assert.deepStrictEqual(corpus.warnings('India was hit with an extra 25 percent penalty over its Russian oil purchases on August 4, 2025.'), ['date-conflict August 4, 2025 -> 2025-08-06']);
  });
});
