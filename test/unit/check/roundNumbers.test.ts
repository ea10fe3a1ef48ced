// Round 462: "| Round 3, Washington | 24–26 June |" was held to "| May 19-22 | Round 1, Washington |":
// a count written after its noun ("Round 3", "session 2") tells occasions apart as "the third round" does.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: rounds counted by number', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'timeline.md': ['# U.S.-Vietnam talks: timeline', 'Updated 10 August 2025', '', '| Date | Step |', '|---|---|', '| May 19-22 | Round 1, Washington |', '| June 9-11 | Round 2, Washington |', '| July 2 | Framework announced |'],
  });

  test('"Round 3, Washington | 24–26 June" is not dated by Round 1', () => {
    assert.deepStrictEqual(corpus.warnings('| Round | Dates |\n|---|---|\n| Round 3, Washington | 24–26 June 2025 |'), []);
  });
});
