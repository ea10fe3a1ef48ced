// Round 995 (held out, measured first; missed). "The 10th round opened in Brussels on March 11, 2025"
// against "The 10th round … was held in Brussels from 10 to 14 March 2025": the day an occasion opened
// is its range's first day, not any day inside it; and "The 14th round is scheduled to open in
// Brussels on 6 October", the best match by words, is another count's, which must not hide the
// 10th's own line when a source names it.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: an occasion's opening, and its count", () => {
  const round = roundCorpus('../probe-rounds/r995');

  test('an opening inside the range is checked against its first day', () => {
    assert.deepStrictEqual(round.warnings('- The 10th round opened in Brussels on March 11, 2025.'), ['date-conflict March 11, 2025']);
    assert.deepStrictEqual(round.warnings('- The 10th round opened in Brussels on March 10, 2025.'), []);
  });
});

suite('check: a day inside a range, told without an opening or a close', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'round.txt': ['NEW DELHI, March 15, 2025 (Wire) - The 10th round of trade talks between India and the European Union was held in Brussels from 10 to 14 March 2025, officials said.'],
  });

  test('is one of its days', () => {
    assert.deepStrictEqual(corpus.warnings('- India and the EU held their 10th round of trade talks in Brussels on March 12, 2025.'), []);
  });

  test('but a close is its last', () => {
    assert.deepStrictEqual(corpus.warnings('- The 10th round of trade talks between India and the EU closed in Brussels on March 12, 2025.'), ['date-conflict March 12, 2025 -> 2025-03-14']);
  });
});
