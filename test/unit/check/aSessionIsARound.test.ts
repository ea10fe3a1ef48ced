// Round 600. "The first formal negotiating session took place in New York on November 15–16, 2022"
// was left alone against "The first formal negotiating round was held in New York on Nov. 8-9": a
// count of sessions was kept apart from a count of rounds, so the source's "first" seemed to count
// another thing. The sittings of talks are counted together; a second one is still another.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a negotiating session is a round', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'talks.txt': ['Taiwan and US sign first deal', '', 'Published: 2023-06-02 09:40', '', 'The first formal negotiating round was held in New York on Nov. 8-9, 2022, followed by a special round in Taipei in January.'],
  });

  test('the first session is the first round', () => {
    assert.deepStrictEqual(corpus.warnings('The first formal negotiating session took place in New York on November 15–16, 2022.'), ['date-conflict November 15–16, 2022 -> 2022-11-08']);
  });

  test('a second session is another', () => {
    assert.deepStrictEqual(corpus.warnings('The second formal negotiating session took place in New York on November 15–16, 2022.'), []);
  });
});
