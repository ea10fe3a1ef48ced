// Round 219. "Keller-Sutter and Parmelin fly to Washington" on 5 August is a journey: it does not speak
// for a brief's "met Secretary of State Marco Rubio on August 5" against the source that has them
// received by Rubio on Wednesday, August 6.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a flight does not vouch for a meeting', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'timeline.md': [
      '# Switzerland and the tariffs: live timeline',
      '',
      '_Last updated: 18 November 2025, 09:40 CET._',
      '',
      '| Date | Event |',
      '|---|---|',
      '| 5 Aug 2025 | Keller-Sutter and Parmelin fly to Washington |',
    ],
    'delegation.txt': [
      'Swiss ministers make a last trip to Washington',
      '',
      'Karin Keller-Sutter and Guy Parmelin flew to Washington on Tuesday to try to stop the 39% tariff.',
      '',
      'On Wednesday, August 6, Keller-Sutter and Parmelin were received by Secretary of State Marco Rubio. There was no meeting with Trump.',
    ],
  });

  test('"met Rubio on August 5" is flagged against "received by Rubio" on the 6th', () => {
    assert.deepStrictEqual(corpus.warnings('Keller-Sutter and Guy Parmelin met Secretary of State Marco Rubio in Washington on August 5, 2025 but did not see Trump.'), ['date-conflict August 5, 2025 -> 2025-08-06']);
  });

  test('their flight on August 5 is not', () => {
    assert.deepStrictEqual(corpus.warnings('Keller-Sutter and Parmelin flew to Washington on August 5, 2025.'), []);
  });
});
