// Round 281. When the best sentence tells another moment than the brief's, another of its dates may
// answer the brief, but only when the words since that sentence's previous date tell something of
// the claim besides the moment's verb: "…, while Beijing agreed to suspend the controls it announced
// on October 9" does not date "Agreed in Busan on 30 October, the cut in the fentanyl tariff …";
// "signed on 31 July put the 15% rate into effect from 7 August" still dates the start of the 15%
// ceiling (a rate is a word too).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the other dates of the best sentence', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'analysis.txt': [
      'ANALYSIS | What the Asian week changed',
      '',
      '3 November 2025',
      '',
      'On October 26, the first day of the summit, Trump signed trade agreements with Malaysia and Cambodia in Kuala Lumpur.',
      '',
      'Four days later, on October 30, Trump met Chinese President Xi Jinping in Busan. The United States agreed to cut the fentanyl-related tariff on Chinese goods from 20% to 10%, a reduction due to take effect on November 10, while Beijing agreed to suspend for a year the rare-earth export controls it had announced on October 9.',
    ],
    'weekly.md': [
      '# Trade weekly, Friday, October 31, 2025',
      '',
      '## Trump and Xi in Busan',
      '',
      'Yesterday, Thursday, Oct. 30, Trump and Xi Jinping met at an air base in Busan for about 100 minutes. What both sides said came of it:',
      '',
      '- The U.S. will halve the fentanyl-related tariff on Chinese goods to 10%, effective Nov. 10.',
    ],
    'live.md': ['# ASEAN summit, live', '', '**27 Oct, 09:05** – Trump flies on to Tokyo. Rubio will stand in for the US at the East Asia Summit this afternoon.'],
    'eu.txt': [
      'The EU deal in force',
      'BRUSSELS, 25 August 2025 (Wire) -',
      'An executive order signed on 31 July put the 15% rate into effect from 7 August, a week later than the date first set.',
    ],
  });

  test('"Agreed in Busan on 30 October" is not dated by the day Beijing announced its controls', () => {
    assert.deepStrictEqual(corpus.warnings('Agreed in Busan on 30 October, the cut in the US fentanyl-related tariff on Chinese goods to 10% was set to take effect on 10 November 2025.'), []);
  });

  test('the start of the 15% ceiling is still dated by the order\'s other date', () => {
    assert.deepStrictEqual(corpus.warnings('The executive order that made the 15% ceiling operative took effect on August 8, 2025.'), ['date-conflict August 8, 2025 -> 2025-08-07']);
  });
});
