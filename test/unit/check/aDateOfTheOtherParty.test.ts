// Round 780 (held out, measured first): "South Korea's 15% car rate took effect in mid-November 2025"
// (the sources do not say) was held to "… behind Japan, whose 15 percent rate on cars began applying
// on September 16 …, but ahead of South Korea, whose agreement … had still not been turned into a
// legal text": the date is Japan's, and the sentence turns to South Korea only after it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: a date of the other party in a sentence that turns", () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'cars.txt': [
      'BRUSSELS, Sept. 26, 2025 (Wire) - European carmakers still wait for their lower rate.',
      '',
      'That left them behind Japan, whose 15 percent rate on cars began applying on September 16, but ahead of South Korea, whose deal had still not been written into a legal text.',
    ],
  });

  test('the other party is not dated by the first one’s day', () => {
    assert.deepStrictEqual(corpus.warnings("- South Korea's 15% car rate took effect in mid-November 2025."), []);
  });

  test('the first party is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("- Japan's 15% car rate began applying on 18 September 2025."), ['date-conflict 18 September 2025 -> 2025-09-16']);
  });
});
