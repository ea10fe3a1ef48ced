// Round 836 (held out, measured first). "The Agreement on Fisheries Subsidies entered into force on
// 15 September 2025" (right) was held to a wire of Friday, September 12 that told "the entry into
// force on Monday", read as the Monday before. Another source gives 15 September 2025 in full, but
// its clause (", entered into force on 15 September 2025") holds few of the claim's words: the
// subject is earlier in its sentence. A day given in full as the brief gives it may share the
// claim's words anywhere in its sentence to speak for it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: a full day in the source's sentence", () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'visit.txt': [
      'YAOUNDE, Sept 12, 2025 (Wire) - The head of the trade body said on Friday that preparations for the March conference were on track.',
      '',
      'She hailed the entry into force on Monday of the agreement curbing harmful fisheries subsidies, which reached the required number of acceptances this week.',
    ],
    'road.txt': [
      'The road to the ministerial',
      '',
      'Published 30 September 2025',
      '',
      'The Agreement on Fisheries Subsidies, concluded in Geneva in June 2022, entered into force on 15 September 2025, once two-thirds of members had accepted it.',
    ],
  });

  test('a source that gives the day in full speaks for the brief', () => {
    assert.deepStrictEqual(corpus.warnings('- The Agreement on Fisheries Subsidies entered into force on 15 September 2025.'), []);
  });

  test('a day neither source gives is still a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- The Agreement on Fisheries Subsidies entered into force on 22 September 2025.').length, 1);
  });
});
