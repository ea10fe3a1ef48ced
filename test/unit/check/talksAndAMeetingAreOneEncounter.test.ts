// Round 484. A brief's talks between two named people ("Wang Wentao held talks with Dombrovskis in
// Brussels on 12 September 2024") share only names with a source's meeting of the same two ("Wang
// Wentao met Valdis Dombrovskis in Brussels on Sept. 19"): names alone say nothing of what happened,
// unless the acts are of one kind. Talks, a meeting and a summit are one kind of encounter.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: talks and a meeting are one encounter', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'vote.txt': [
      'EU states clear duties on Chinese electric cars',
      '',
      'BRUSSELS, Oct 4, 2024 (Wire) - European Union governments cleared duties on electric cars made in China on Friday.',
      '',
      'Commerce Minister Wang Wentao met EU trade chief Valdis Dombrovskis in Brussels on Sept. 19 to look for a way out of the dispute.',
    ],
  });

  test('talks put a week early are flagged against the meeting', () => {
    assert.deepStrictEqual(corpus.warnings('Wang Wentao held talks with Dombrovskis in Brussels on 12 September 2024.'), ['date-conflict 12 September 2024 -> 2024-09-19']);
  });

  test('and on the right day they are not', () => {
    assert.deepStrictEqual(corpus.warnings('Wang Wentao held talks with Dombrovskis in Brussels on 19 September 2024.'), []);
  });
});
