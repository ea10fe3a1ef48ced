// Round 938 (held out, measured first; a miss). "Importers were required to pay cash deposits from
// 5 September 2025" matched two sentences equally well: "China's commerce ministry said on Friday that
// importers would have to pay deposits" (the saying, 5 September) and "Importers will have to lodge
// cash deposits … from September 10" (the start). The first, another moment than the brief's, was
// taken as the best match and the brief went unanswered. Of matches that tie, one that tells the
// brief's own moment answers it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: a tie goes to the match of the claim's moment", () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'a-brussels.txt': ['BRUSSELS, Sept 5, 2025 (Wire) - The EU said it would defend its farmers.', '', "China's commerce ministry said on Friday that importers would have to pay deposits of 15.6% to 62.4% on EU pork and by-products."],
    'b-beijing.txt': ['Published 5 September 2025', '', 'China hits EU pork with provisional duties', '', 'Importers will have to lodge cash deposits with Chinese customs equal to the duty rates from September 10, the ministry said, so the measures bite from next Wednesday.'],
  });

  test('the start the brief misdates, against the saying’s day', () => {
    assert.deepStrictEqual(corpus.warnings('- Importers were required to pay cash deposits from 5 September 2025.'), ['date-conflict 5 September 2025 -> 2025-09-10']);
  });

  test('the right start is no conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- Importers were required to pay cash deposits from 10 September 2025.'), []);
  });
});
