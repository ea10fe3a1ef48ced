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

// Round 708. "Goyal ruled out an early lifting of the ban when speaking in Davos on 25 May" is a
// saying, answered by the day Goyal "said on Tuesday" that India had no plans to ease the ban.
suite('check: ruling something out is a saying', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'davos.txt': ['India keeps wheat ban', '', 'DAVOS, Switzerland, May 24, 2022 (Wire) - India has no immediate plans to ease its ban on wheat exports, Trade Minister Piyush Goyal said on Tuesday.'],
  });

  test('the day he ruled it out is the day he said it', () => {
    assert.deepStrictEqual(corpus.warnings('Goyal ruled out an early lifting of the wheat export ban when speaking in Davos on 25 May 2022.'), ['date-conflict 25 May 2022 -> 2022-05-24']);
  });
});
