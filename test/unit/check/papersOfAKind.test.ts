// Round 413: "The letter fixing South Africa's rate at 30% went out on Monday, 7 July 2025" (right)
// was held to "An Executive Order issued on 31 July 2025 confirmed the 30% rate for South Africa":
// a letter is not an order. When the brief's clause names a paper of one kind and the source's
// clause only papers of others, they are two papers.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const RELEASE = [
  'Department of Trade, Industry and Competition',
  'Media statement',
  '8 August 2025',
  '',
  'On 2 April 2025 the United States announced reciprocal tariffs on its trading partners, including 31% on goods from South Africa.',
  'In a letter dated 7 July 2025, the US President told President Ramaphosa that a 30% rate would apply from 1 August 2025. An Executive Order issued by the United States on 31 July 2025 confirmed the 30% rate for South Africa and set 7 August 2025 as its start.',
];

suite('check: papers of a kind', () => {
  const corpus = tempCorpus({ 'release.txt': RELEASE, ...RATE_NEWS });

  test('the letter is not dated by the order', () => {
    assert.deepStrictEqual(corpus.warnings("- The letter fixing South Africa's rate at 30% went out on Monday, 7 July 2025."), []);
  });

  test('the order itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("- The executive order confirming South Africa's 30% rate was issued on 30 July 2025."), ['date-conflict 30 July 2025 -> 2025-07-31']);
  });
});
