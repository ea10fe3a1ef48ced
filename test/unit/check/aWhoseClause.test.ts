// Round 680 (held out): "The Belgrade–Novi Sad stretch of the Budapest railway opened to passengers
// in March 2021" (wrong: March 2022) was let pass: in "Vucic said he had discussed with Xi the
// railway, whose Belgrade to Novi Sad stretch opened to passengers in March 2022", the clause that
// holds the date has its own subject after "whose", not Vucic.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a "whose" clause has its own subject', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'visit.txt': ['Xi in Belgrade', '', 'Published: 2024-05-08 09:00', '', 'Serbian President Aleksandar Vucic welcomed Chinese President Xi Jinping in Belgrade, and the two visited a steel plant outside Novi Sad.'],
    'forum.txt': ['Vucic at the forum', '', 'Published: 2023-10-18 09:00', '', 'Aleksandar Vucic said he had discussed with Xi Jinping the completion of the Belgrade-Budapest railway, whose Belgrade to Novi Sad stretch opened to passengers in March 2022.'],
  });

  test('the stretch’s opening is checked', () => {
    assert.deepStrictEqual(corpus.warnings('The Belgrade to Novi Sad stretch of the Budapest railway opened to passengers in March 2021.'), ['date-conflict March 2021 -> 2022-03']);
  });

  test('the right month passes', () => {
    assert.deepStrictEqual(corpus.warnings('The Belgrade to Novi Sad stretch of the Budapest railway opened to passengers in March 2022.'), []);
  });
});
