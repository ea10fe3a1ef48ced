// Round 827 (held out, measured first). "The challengers' merits briefs were due on October 20" (right)
// was held to "The government's opening brief on the merits is due on September 19": the same filing
// of another party, both named in lower case. (A loose owner, "the group's", could be anyone's.)
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: a party's own filing", () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'order.txt': [
      'WASHINGTON, Sept 10, 2025 (Wire) - The Supreme Court agreed on Tuesday to hear the tariff case on an expedited schedule.',
      '',
      "The government's opening brief on the merits is due on September 19. The importers must file theirs by October 20, and the reply is due on October 30.",
    ],
  });

  test("the challengers' briefs are not dated by the government's", () => {
    assert.deepStrictEqual(corpus.warnings("- The challengers' merits briefs were due on October 20."), []);
  });

  test("the government's brief is still checked", () => {
    assert.deepStrictEqual(corpus.warnings("- The government's opening brief on the merits was due on September 26."), ['date-conflict September 26 -> 2025-09-19']);
  });
});
