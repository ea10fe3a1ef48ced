// "The Madrid talks" were held in Madrid, as "talks in Madrid" were: a round named by its city is not
// dated by another city's round. "The China talks" are talks with China, wherever they were held.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a round named by its city', () => {
  const corpus = tempCorpus({
    'agency.txt': [
      'BEIJING, Aug. 12 (Harbour Agency) --',
      'The commerce ministry said on Tuesday that the two sides had issued a joint statement after the Oslo talks, which took place on July 28 and 29.',
    ],
    ...RATE_NEWS,
  });

  test('the Lisbon talks are not dated by the Oslo talks', () => {
    assert.deepStrictEqual(corpus.warnings('The Lisbon talks took place in mid-September 2025.'), []);
  });

  test('the Oslo talks, dated wrongly, still warn', () => {
    assert.deepStrictEqual(corpus.warnings('The Oslo talks took place in mid-September 2025.'), ['date-conflict mid-September 2025 -> 2025-07-28']);
  });
});
