// Round 275. "Negotiators … finished the 13th round of talks in New Delhi last Friday, September 12,
// after five days of sessions that began on Monday, September 8": a brief's "The 13th round of talks
// started in New Delhi on Monday, 8 September" is answered by the day the sentence gives the start,
// not by the end it opens with.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a start the best sentence gives beside another day', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'digest.txt': [
      'Trade digest',
      'Published: 19 September 2025',
      '',
      'Negotiators from India and the EU finished the 13th round of free trade talks in New Delhi last Friday, September 12, after five days of sessions that began on Monday, September 8. People close to the talks said the teams closed further text on technical barriers to trade.',
    ],
  });

  test('"started in New Delhi on Monday, 8 September" is the sessions’ first day', () => {
    assert.deepStrictEqual(corpus.warnings('The 13th round of talks started in New Delhi on Monday, 8 September 2025.'), []);
  });

  test('a wrong start still warns', () => {
    const warnings = corpus.warnings('The 13th round of talks began in New Delhi on Monday, 1 September 2025.');
    assert.strictEqual(warnings.length, 1);
    assert.match(warnings[0], /^date-conflict Monday, 1 September 2025 -> /);
  });
});
