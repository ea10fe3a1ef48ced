// Round 916 (held out, measured first; a miss). "The 19% rate took effect on August 1, 2025" was never
// held to "The 19-percent tariff on Philippine goods … took effect on Thursday" (August 7): a rate
// written with a hyphen was read as no rate, so the two shared nothing but "took effect".
import * as assert from 'assert';
import { ratesIn } from '../../../src/core/text/rates';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a rate written with a hyphen', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'manila.txt': ['MANILA, Aug 8, 2025 (Wire) - Manila turned to the terms of its bargain with Washington.', '', 'The 19-percent tariff on Philippine goods entering the United States took effect on Thursday, a week after the date first set.'],
  });

  test('"19-percent", "19 per-cent" and "19%" are one rate', () => {
    assert.deepStrictEqual(ratesIn('a 19-percent tariff, a 19 per-cent duty, 19% in all'), ['19', '19', '19']);
  });

  test('the day the rate took effect, against the brief', () => {
    assert.deepStrictEqual(corpus.warnings('- The 19% rate took effect on August 1, 2025, replacing the 10% baseline.'), ['date-conflict August 1, 2025 -> 2025-08-07']);
  });
});
