// Round 477. "Ankara ratified the Paris Agreement in October 2020" was not set against "Turkey
// ratified the Paris Agreement in October 2021": Ankara was not known as Turkey's capital, so the
// two clauses seemed to have two actors. Turkey, South Africa, Thailand, the Philippines, Pakistan,
// Ukraine, Poland and New Zealand now have their capitals, and Indonesia and Brazil theirs.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: more capitals standing for their governments', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'climate.txt': [
      'Trading partners brace for the carbon levy',
      '',
      'Published: 2025-07-03 09:00',
      '',
      'Turkey ratified the Paris Agreement in October 2021 and set a target of net-zero emissions by 2053.',
      'Indonesia joined the BRICS group as a full member in January 2025.',
    ],
    'visits.txt': ['Envoys on the road', '', 'Published: 2025-06-02 10:00', '', 'Steel exporters met officials in Ankara and Jakarta in May to discuss the levy.'],
  });

  test('"Ankara ratified the Paris Agreement in October 2020" is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Ankara ratified the Paris Agreement in October 2020.'), ['date-conflict October 2020 -> 2021-10']);
  });

  test('"Jakarta joined BRICS in January 2024" is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Jakarta joined the BRICS group as a full member in January 2024.'), ['date-conflict January 2024 -> 2025-01']);
  });

  test('the right month, said with the capital, stays silent', () => {
    assert.deepStrictEqual(corpus.warnings('Ankara ratified the Paris Agreement in October 2021.'), []);
  });
});
