// Round 490. "Malaysia's plantation minister publicly objected to the standard-risk label on Friday,
// May 23, 2025" was left alone against a page of May 22 where the minister "said in a statement on
// Thursday that the country was 'disappointed' not to be rated low risk": a brief's reaction is only
// answered by a source's, and a saying of disappointment had not counted as one.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a reaction a source tells as a feeling', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'risk-list.txt': [
      'EU names four countries high risk under deforestation law',
      '',
      'Published: 2025-05-22 16:48 CET',
      '',
      "Malaysia's Minister of Plantation and Commodities, Johari Abdul Ghani, said in a statement on Thursday that the country was disappointed not to be rated low risk under the deforestation rules.",
    ],
    'exports.txt': [
      'Palm oil exports steady',
      '',
      'Published: 2025-05-20 09:00',
      '',
      "Johari Abdul Ghani visited a palm oil plantation in Sabah on Tuesday to discuss the deforestation rules.",
    ],
  });

  test('the objection put a day late is flagged', () => {
    assert.deepStrictEqual(corpus.warnings("Malaysia's plantation minister Johari Abdul Ghani publicly objected to the standard-risk label under the deforestation rules on Friday, May 23, 2025."), ['date-conflict Friday, May 23, 2025 -> 2025-05-22']);
  });

  // (Since the minister's bare name is read as a person in both sources, the statement is the close
  // match; the visit of the 20th, by him too, still answers nothing.)
  test('a visit is still no reaction: the statement answers', () => {
    assert.deepStrictEqual(corpus.warnings('Johari Abdul Ghani publicly objected to the deforestation rules on 19 May 2025.'), ['date-conflict 19 May 2025 -> 2025-05-22']);
  });
});
