// Publication in a gazette is not the signing; a date of what did not happen dates nothing; "fixes
// August 1 as the start date" is a start; a table row's goods are those of its whole row.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: publications, negations, start dates and a row’s goods', () => {
  const corpus = tempCorpus({
    'alert.md': ['# Client alert: wood duties', '', 'Published October 20, 2025', '', 'The wood products proclamation was signed on Monday, September 29, and took effect two weeks later, on October 14.'],
    'explainer.md': [
      '# Will the drug tariff bite?',
      '',
      'No. The administration had opened an inquiry into medicines in April, but no proclamation imposing the 100 percent rate was published before or after October 1, 2025.',
    ],
    'statement.html': [
      '<p>Posted September 30, 2025</p>',
      '<p>The President first signaled the cabinet and sofa rates in a social media post on Friday, September 26, which named a 50 percent rate for cabinets.</p>',
    ],
    'steel.html': [
      '<p>Wednesday 4 June 2025</p>',
      '<p>A proclamation signed by President Donald Trump on Tuesday evening lifted the levy on foreign steel and aluminium from 25% to 50% with effect from today.</p>',
    ],
    ...RATE_NEWS,
  });

  test('appearing in the Federal Register is not being signed', () => {
    assert.deepStrictEqual(corpus.warnings('The wood products proclamation appeared in the Federal Register on October 3, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('- **October 3, 2025**: the wood products proclamation is published in the Federal Register.'), []);
  });

  test('a date of what was not done dates nothing', () => {
    assert.deepStrictEqual(corpus.warnings('- **October 22, 2025**: the proclamation imposing the 100 percent rate on medicines is published.'), []);
  });

  test('"fixes August 1 as the start date" is a start, not the day of the post', () => {
    assert.deepStrictEqual(corpus.warnings('- **July 9, 2025**: a social media post on cabinet rates fixes August 1 as the start date.'), []);
  });

  test("a table row's goods are its whole row's", () => {
    assert.deepStrictEqual(corpus.warnings('| 16 June 2025 | Trump signs an order applying the car quota from 30 June | Canada |'), []);
  });
});
