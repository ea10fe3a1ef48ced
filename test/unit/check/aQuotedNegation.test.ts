// Round 675 (held out): 'Morocco's foreign ministry declared the kingdom "not concerned" by the
// judgments in a statement issued on Saturday, 5 October 2024' was read as a brief that denies its
// own date ("not"). A negation someone is quoted saying denies nothing of the date.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a negation in quotation marks', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'rabat.txt': ['Rabat shrugs off court ruling', '', 'Published: 2024-10-05 11:20', '', 'In a statement released on Friday evening, the Moroccan foreign ministry said the kingdom was not concerned by the judgments of the EU court.'],
  });

  test('the statement’s day is checked', () => {
    assert.deepStrictEqual(corpus.warnings('The Moroccan foreign ministry declared the kingdom "not concerned" by the EU court judgments in a statement issued on Saturday, 5 October 2024.'), ['date-conflict Saturday, 5 October 2024 -> 2024-10-04']);
  });

  test('a brief that denies the date itself is still left alone', () => {
    assert.deepStrictEqual(corpus.warnings('The Moroccan foreign ministry statement on the EU court judgments was not issued on Saturday, 5 October 2024.'), []);
  });
});
