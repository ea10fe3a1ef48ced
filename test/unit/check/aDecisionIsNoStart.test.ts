// Round 543. "Parliamentary approval in Tokyo was completed on 4 December 2019" was flagged against
// "… signed a limited trade agreement … on Monday, clearing the way for Tokyo to seek parliamentary
// approval so that the deals can take effect on Jan. 1, 2020": the source's date is a start, and a
// start (or a signing) answers a brief that tells no moment of its own. A brief that tells of a
// decision (an approval, a vote, a ratification) is dated by neither.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a decision is no start and no signing', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'signing.txt': [
      'U.S., Japan sign trade deal',
      '',
      'Published: 2019-10-08 06:40',
      '',
      'The United States and Japan formally signed a limited trade agreement on Monday, clearing the way for Tokyo to seek parliamentary approval so that the deal can take effect on Jan. 1, 2020.',
    ],
  });

  test('an approval is not dated by the start it clears the way for', () => {
    assert.deepStrictEqual(corpus.warnings('Parliamentary approval in Tokyo of the trade agreement was completed on 4 December 2019.'), []);
  });

  test('the signing itself still is dated by it', () => {
    assert.deepStrictEqual(corpus.warnings('The United States and Japan signed the limited trade agreement on Monday, 14 October 2019.'), ['date-conflict Monday, 14 October 2019 -> 2019-10-07']);
  });
});
