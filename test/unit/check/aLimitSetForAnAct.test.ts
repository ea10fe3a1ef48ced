// Round 709. "The Commission released its first country risk classification in May 2025" was flagged
// against "the Commission must also publish its classification of countries by deforestation risk by
// June 30 next year": a limit set for an act is not the day it was done (May is within it). A brief
// that tells a limit too is still held to the source's.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a limit set for an act is not the day it was done', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'delay.txt': [
      'Parliament approves deforestation law delay',
      '',
      'STRASBOURG, Dec. 17, 2024 (Wire) - Under the amended rules, the Commission must also publish its classification of countries by deforestation risk by June 30 next year.',
    ],
  });

  test('the release is not dated by the limit', () => {
    assert.deepStrictEqual(corpus.warnings('The Commission released its first classification of countries by deforestation risk in May 2025.'), []);
  });

  test('a deadline in the brief is still held to the source’s limit', () => {
    assert.deepStrictEqual(corpus.warnings('The deadline for the Commission to publish its classification of countries by deforestation risk was 30 June 2026.'), ['date-conflict 30 June 2026 -> 2025-06-30']);
  });
});
