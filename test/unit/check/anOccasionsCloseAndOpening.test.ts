// Round 705. "Under the previous government the opening round of talks had finished in July 2022" was
// flagged against "The first round of talks opened the following day and concluded in July 2022":
// the opening's day was held to the close. An occasion's close and its opening are two days.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an occasion’s close is not its opening', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'gulf.txt': [
      'Gulf talks resume',
      '',
      'LONDON, Oct. 3, 2024 (Wire) - The negotiations were launched on 22 June 2022 in Riyadh. The first round of talks opened the following day and concluded in July 2022.',
    ],
  });

  test('the round finished in the month the source gives', () => {
    assert.deepStrictEqual(corpus.warnings('Under the previous government the opening round of talks had finished in July 2022.'), []);
  });

  test('the round’s opening is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The first round of talks opened on 24 June 2022.'), ['date-conflict 24 June 2022 -> 2022-06-23']);
  });
});
