// Round 339: "Speaking to reporters aboard Air Force One on Thursday, he said he had had a very nice
// conversation with Carney": "he" speaks before "Carney" in its sentence, so he is not Carney, and
// Thursday is not the day Carney told reporters anything.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a pronoun that speaks before a name is someone else', () => {
  const corpus = tempCorpus({
    'blog.md': [
      '# APEC live',
      '',
      '## Saturday, Nov. 1, 2025',
      '',
      'U.S. President Donald Trump left South Korea on Thursday after his meeting with Xi Jinping in Busan. Speaking to reporters aboard Air Force One on Thursday, Oct. 30, he said he had had a very nice conversation with Canadian Prime Minister Mark Carney at the dinner.',
    ],
    ...RATE_NEWS,
  });

  test('Carney’s own words to reporters are not dated by that saying', () => {
    assert.deepStrictEqual(corpus.warnings('Mark Carney told reporters on 1 November 2025 that he had apologized over the ad.'), []);
  });

  test('the saying itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Speaking to reporters aboard Air Force One on 28 October 2025, Trump said he had had a very nice conversation with Carney.'), ['date-conflict 28 October 2025 -> 2025-10-30']);
  });
});
