// Round 826 (held out, measured first): "An ASEAN observer team deployed along the border in late
// August" (the sources do not say) was flagged against "… the 13-point agreement reached by the
// General Border Committee in Kuala Lumpur on Aug. 7 set up an interim monitoring arrangement using
// ASEAN defence attaches": the day is the agreement's, and the claim tells of no agreement.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: an agreement's day", () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'border.txt': [
      'BANGKOK, Aug 20, 2025 (Wire) - Border crossings stayed shut on Wednesday.',
      '',
      'The ceasefire has largely held, and the 13-point agreement reached by the General Border Committee in Kuala Lumpur on Aug. 7 set up an interim monitoring arrangement using ASEAN defence attaches.',
    ],
  });

  test('a deployment the agreement provided for is not dated by the agreement', () => {
    assert.deepStrictEqual(corpus.warnings('- An ASEAN observer team deployed along the border in late August 2025.'), []);
  });

  test('the agreement itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The General Border Committee reached its 13-point agreement in Kuala Lumpur on 17 August 2025.'), ['date-conflict 17 August 2025 -> 2025-08-07']);
  });
});
