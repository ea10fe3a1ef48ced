// Rounds 220-221. A brief's row "| Notice published in the Federal Register | Sept. 26, 2025 |" tells
// the day of publication, as "was published in the Federal Register on Thursday, 25 September" does,
// so the two are compared. And "letters sent on July 31" dates the letters: "the 60-day window set in
// those letters closed on September 29" is an end that day does not contradict.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: register rows and letters sent', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'digest.txt': [
      'Trade digest',
      '',
      'Published: 26 September 2025',
      '',
      'The US notice cutting the tariff on EU cars and parts to 15% was published in the Federal Register on Thursday, 25 September, a day after the Commission pressed for it.',
    ],
    'wire-generics.txt': [
      'Drug tariff hold',
      '',
      'WASHINGTON, Sept 30, 2025 (Reuters) - The deal came a day after the expiry of the deadline Trump had set in letters sent on July 31 to 17 drugmakers, which demanded that they bring U.S. prices in line.',
    ],
  });

  test('"| Notice published in the Federal Register | Sept. 26, 2025 |" is flagged against the 25th', () => {
    const brief = ['| Step | Date |', '|---|---|', '| Car notice published in the Federal Register | Sept. 26, 2025 |'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), ['date-conflict Sept. 26, 2025 -> 2025-09-25']);
  });

  test('"the 60-day window set in those letters closed on September 29" is not dated by the letters', () => {
    assert.deepStrictEqual(corpus.warnings('The 60-day window set in the letters to drugmakers closed on September 29, 2025.'), []);
  });
});
