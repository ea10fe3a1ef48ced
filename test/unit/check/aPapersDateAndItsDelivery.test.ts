// Round 908 (held out, measured first; a false warning). "African ambassadors … delivered a joint
// letter to congressional leaders on 24 September 2025" was warned against "whose joint letter dated
// 23 September 2025 was delivered to the leadership of both chambers of … Congress on 24 September
// 2025": the delivery's words fell into the letter's date's clause, and the sentence's own second
// day, which is the brief's, did not count as agreeing. A date after "dated" names its paper, and the
// verb after it is the later date's; the contradicting sentence's other full day, sharing a word of
// the claim in its clause, shares the rest of the sentence's words too.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: a paper's date and the day it was delivered", () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'addis.txt': [
      'ADDIS ABABA, Oct 2, 2025 (Wire) - The continental commission urged Washington to renew the preference scheme.',
      '',
      "It thanked the African Ambassadors' Group in Washington, whose joint letter dated 23 September 2025 was delivered to the leaders of both chambers of Congress on 24 September 2025, for its work.",
    ],
  });

  test('the delivery on the brief’s day is not held to the letter’s date', () => {
    assert.deepStrictEqual(corpus.warnings('- African ambassadors in Washington delivered a joint letter to congressional leaders on 24 September 2025.'), []);
  });

  test('nor is the letter’s own date held to the delivery', () => {
    assert.deepStrictEqual(corpus.warnings('- The African ambassadors’ joint letter to congressional leaders was dated 23 September 2025.'), []);
  });
});
