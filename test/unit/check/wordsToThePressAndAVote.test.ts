// Rounds 695 and 696.
// - "Barthwal stressed the binding target when he met reporters on Monday, 11 March 2024" was left
//   alone against "Barthwal told reporters on Sunday that no earlier agreement had contained a
//   binding investment target": meeting the press is no meeting of parties, and words to the press
//   are a saying, which the day the source gives for them answers.
// - "defeated by Milei in the second-round vote of November 26" against "lost the Nov. 19 runoff to
//   Milei": a runoff is a vote, and an election is an occasion the source tells.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: words to the press, and a runoff', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'pledge.txt': [
      'India signs pact with Alpine states',
      '',
      'NEW DELHI, March 11, 2024 (Wire) - Commerce Secretary Sunil Barthwal told reporters on Sunday that no earlier Indian trade agreement had contained a binding investment target of this kind.',
    ],
    'runoff.txt': [
      'Milei wins',
      '',
      'BUENOS AIRES, Nov. 20, 2023 (Wire) - Sergio Massa, the governing coalition candidate, lost the Nov. 19 runoff to Javier Milei by more than eleven points.',
    ],
  });

  test('what he told reporters is dated by the day he told them', () => {
    assert.deepStrictEqual(corpus.warnings('Commerce Secretary Sunil Barthwal stressed the binding nature of the investment target when he met reporters on Monday, 11 March 2024.'), ['date-conflict Monday, 11 March 2024 -> 2024-03-10']);
  });

  test('a meeting of parties is still not a saying', () => {
    assert.deepStrictEqual(corpus.warnings('Commerce Secretary Sunil Barthwal met Swiss officials to discuss the binding investment target on Monday, 11 March 2024.'), []);
  });

  test('the second-round vote is the runoff', () => {
    assert.deepStrictEqual(corpus.warnings('Massa, the governing coalition candidate, was defeated by Milei in the second-round vote of November 26, 2023.'), ['date-conflict November 26, 2023 -> 2023-11-19']);
  });
});
