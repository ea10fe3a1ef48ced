// Round 584. "The opening full round of talks was slated for Brussels in July 2018" was flagged against
// "Brussels and Wellington first opened talks in June 2018": the launch of talks does not date one of
// their rounds. A brief that tells of the launch itself is still dated by it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a round of talks is not their launch', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'consent.txt': [
      'Parliament backs New Zealand deal',
      '',
      'Published: 2023-11-22 14:37',
      '',
      'Brussels and Wellington first opened talks in June 2018, after member states adopted a negotiating mandate.',
    ],
  });

  test('the first round is not dated by the opening of the talks', () => {
    assert.deepStrictEqual(corpus.warnings('The opening full round of talks between Brussels and Wellington was slated for July 2018.'), []);
  });

  test('the opening of the talks still is', () => {
    assert.deepStrictEqual(corpus.warnings('Brussels and Wellington first opened talks in July 2018.'), ['date-conflict July 2018 -> 2018-06']);
  });
});
