// Round 194: "the second round of those talks on 2 June" is not "a third round of direct talks" on
// 23 July (an occasion counted among others of its kind is told apart by its count); and a
// transcript's "the full court heard argument today, July 31" is of July 31, whatever day the page
// was posted (the day written out after "today" is the fact, not "today").
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: counted occasions and a day written after "today"', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'talks.md': ['# Peace talks tracker', '', 'Last updated: 2025-08-15', '', '| Date | Event |', '|---|---|', '| Jul 23, 2025 | Russian and Ukrainian delegations hold a third round of direct talks in Istanbul, lasting under an hour |'],
    'podcast.txt': [
      'TRADE DESK - transcript',
      'Posted: August 1, 2025',
      'HOST: The trade court ruled against the emergency tariffs in May, and the full appeals court heard argument on them today, July 31, so the whole structure hangs on a case that is still open.',
    ],
  });

  test('"Istanbul hosted the second round of those talks on 2 June" gets no warning from the third round', () => {
    assert.deepStrictEqual(corpus.warnings('Istanbul hosted the second round of the direct talks between Russian and Ukrainian delegations on 2 June 2025.'), []);
  });

  test('the third round put on 24 July is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Russian and Ukrainian delegations held a third round of direct talks in Istanbul on 24 July 2025.'), ['date-conflict 24 July 2025 -> 2025-07-23']);
  });

  test('"the full appeals court heard argument on July 31" gets no warning from the transcript posted on August 1', () => {
    assert.deepStrictEqual(corpus.warnings('The full appeals court heard argument on the emergency tariffs on July 31, 2025.'), []);
  });
});
