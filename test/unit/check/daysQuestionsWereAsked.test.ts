// Round 273. "Asked on Monday, October 27, whether the bill would pass that month, President
// Sheinbaum said …": the day a question was put is answered by a source's saying of that day, not by
// another bill's passage (a funding bill Congress passed and Trump signed on Nov. 12).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the day someone was asked', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'hearing.txt': [
      'Trade hearing opens',
      'WASHINGTON, Nov 17, 2025 (Wire) -',
      'The schedule held despite the federal government shutdown, which began on Oct. 1 and lasted six weeks until Congress passed a funding bill and President Donald Trump signed it on Nov. 12.',
    ],
    'transcript.txt': ['Morning press conference', 'Monday, October 27, 2025', '', 'REPORTER: Will the tariff bill pass soon?', 'PRESIDENT SHEINBAUM: We sent it on September 10, and there is no rush.'],
  });

  test('"Asked on Monday, October 27, whether the bill would pass" is not held to the day a funding bill was signed', () => {
    assert.deepStrictEqual(corpus.warnings('Asked on Monday, October 27, whether the bill would pass that month, President Claudia Sheinbaum said the government had sent it on September 10 and was in no hurry.'), []);
  });

  test('a claim of the shutdown itself still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The federal government shutdown began on Oct. 3, 2025.'), ['date-conflict Oct. 3, 2025 -> 2025-10-01']);
  });
});
