// Round 472. "Tokyo's cabinet had approved the white-list removal in August 2018" against a page of
// August 2, 2019 ("Japan's cabinet on Friday approved the removal …") went unflagged for two reasons:
// a page with no date ("Seoul announced in August that it would scrap the pact, citing the removal")
// was read in the brief's year and so seemed to give its August 2018, though it gives no year at
// all; and "Tokyo's cabinet" and "Japan's cabinet" were taken for two owners of two cabinets.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a source without a year does not speak for the brief\'s year', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'whitelist.txt': [
      'Japan drops South Korea from its trusted trade list',
      '',
      'Published: 2019-08-02 14:25',
      '',
      "Japan's cabinet on Friday approved the removal of South Korea from a white list of trusted trading partners, deepening a row over wartime labour.",
    ],
    'pact.txt': ['Seoul ends an intelligence pact with Tokyo', '', 'Seoul announced in August that it would scrap the pact, citing the removal of South Korea from the white list of trusted partners.'],
  });

  test('"Japan\'s cabinet approved the removal in August 2018" is flagged', () => {
    assert.deepStrictEqual(corpus.warnings("Japan's cabinet had approved the white-list removal in August 2018."), ['date-conflict August 2018 -> 2019-08-02']);
  });

  test('"Tokyo\'s cabinet" is the same cabinet', () => {
    assert.deepStrictEqual(corpus.warnings("Tokyo's cabinet had approved the white-list removal in August 2018."), ['date-conflict August 2018 -> 2019-08-02']);
  });

  test('"in August 2019" is not', () => {
    assert.deepStrictEqual(corpus.warnings("Tokyo's cabinet approved the white-list removal in August 2019."), []);
  });
});
