// Round 715. "The agreement took effect on Wednesday, May 1, 2024" was flagged against "The New
// Zealand agreement is the second free trade deal the country has brought into force with a major
// European partner in a year, after its pact with Britain took effect last May": the source's date
// is only in what it points back at ("after …"), which names what the brief does not (Britain).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a source date only in what the sentence points back at', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'nz.txt': [
      'EU deal with New Zealand takes effect',
      '',
      'WELLINGTON, May 1, 2024 (Wire) - The New Zealand agreement is the second free trade deal the country has brought into force with a major European partner in a year, after its pact with Britain took effect last May.',
      '',
      'Britain and New Zealand signed their deal in London.',
    ],
  });

  test('a brief that does not name what is pointed back at is not held to its date', () => {
    assert.deepStrictEqual(corpus.warnings('The free trade agreement took effect on May 1, 2024.'), []);
  });

  test('a brief that names it is', () => {
    assert.deepStrictEqual(corpus.warnings('New Zealand’s free trade pact with Britain took effect in June 2023.'), ['date-conflict June 2023 -> 2023-05']);
  });
});
