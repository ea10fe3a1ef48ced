// Round 881 (held out, measured first; a miss). "The Act came into force on June 20, 2024" was never
// held to "… and the levy's act received royal assent on June 20, 2024. It came into force on June 28,
// 2024.": the source sentence with the right day named nothing but its pronoun, so it shared no word
// with the brief beyond "came into force"; and the assent the sentence before it gave on the brief's
// day was taken as agreeing. A royal assent is a signing, another moment than entry into force; and a
// sentence whose subject is "It" or "They" tells of what the dated sentence right before it names.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a pronoun subject, and a royal assent', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'ottawa.txt': [
      'OTTAWA, July 2, 2024 (Wire) - Canada pressed ahead with its levy on large digital platforms.',
      '',
      'The Digital Services Tax Act was folded into a budget bill and received royal assent on June 20, 2024. It came into force on June 28, 2024.',
    ],
  });

  test('the day the act came into force, told of "It", against the brief', () => {
    assert.deepStrictEqual(corpus.warnings('- The Act came into force on June 20, 2024.'), ['date-conflict June 20, 2024 -> 2024-06-28']);
  });

  test('the right day is no conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- The Act came into force on June 28, 2024.'), []);
  });

  test('the assent is answered on its own day', () => {
    assert.deepStrictEqual(corpus.warnings('- The Digital Services Tax Act received royal assent on June 20, 2024.'), []);
  });

});
