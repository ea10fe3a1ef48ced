// Rounds 139-142: what may happen around a coarse date ("USTR may open a review in late January") is a
// guess at timing, not checked; a clause after a semicolon has its own subject even when it opens in
// lower case ("; officials in Ottawa talk privately of January"), so the first clause's words are not its.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const FILLER = rateNews(8);

suite('check: a guess at timing and a clause after a semicolon', () => {
  const corpus = tempCorpus({
    'fees.txt': ['Dueling port fees', '', 'WASHINGTON, Oct 14, 2025 (Wire) - The fight over ships goes back to March 2024, when five unions petitioned USTR. USTR opened the case the following month.'],
    'timeline.md': ['# Canada and China: a timeline', '', 'Updated 5 November 2025', '', '| Date | Event |', '|---|---|', '| Nov. 1, 2025 | Carney says he has accepted an invitation to visit China |'],
    ...FILLER,
  });

  test('"USTR may open a review of the suspended measures in late January" is not checked', () => {
    assert.deepStrictEqual(corpus.warnings('USTR may open a review of the suspended measures in late January.'), []);
  });

  test('"; officials in Ottawa talk privately of January" is not the acceptance of 1 November', () => {
    assert.deepStrictEqual(corpus.warnings('Carney says he has accepted an invitation to visit China; officials in Ottawa talk privately of January.'), []);
  });

  test('the acceptance itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Carney said on 3 November 2025 that he had accepted an invitation to visit China.'), ['date-conflict 3 November 2025 -> 2025-11-01']);
  });
});
