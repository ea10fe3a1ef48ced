// Round 284-285. "The reciprocal rate, which had been promised for 1 August, finally took effect on
// 7 August": a date something was promised for is a plan, not held to the day the order that moved
// it was issued. "Parliament approved the delay for good, without the "no risk" category, on 17
// December 2024": an event that went without what the source's event added ("backs the delay but
// adds … a "no risk" country category") is another step of the story.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: plans promised for a day, and steps without what another step added', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.txt': [
      'How the India rate came about',
      'NEW DELHI, September 2, 2025 (Wire) -',
      'On July 30, Trump said India would pay 25%.',
      "An executive order issued on July 31 set India's reciprocal rate at 25% and moved the start date to Aug. 7.",
    ],
    'tracker.md': [
      '# Forest rules tracker',
      '',
      '| Date | Step |',
      '|---|---|',
      '| 14 November 2024 | European Parliament backs the one-year delay but adds amendments, including a "no risk" country category |',
      '| 17 December 2024 | Final approval from Parliament for the delay, after the "no risk" category is dropped |',
    ],
  });

  test('"which had been promised for 1 August" is a plan', () => {
    assert.deepStrictEqual(corpus.warnings('The reciprocal rate, which had been promised for 1 August, finally took effect on Thursday, 7 August 2025.'), []);
  });

  test('a wrong day for the order still warns', () => {
    assert.deepStrictEqual(corpus.warnings("The executive order that set India's reciprocal rate at 25% was issued on August 1, 2025."), ['date-conflict August 1, 2025 -> 2025-07-31']);
  });

  test('"approved the delay for good, without the "no risk" category" is not the vote that added it', () => {
    assert.deepStrictEqual(corpus.warnings('Parliament approved the first delay for good, without the "no risk" category, on 17 December 2024.'), []);
  });

  test('a wrong day for the vote that added the category still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The European Parliament backed the delay with amendments adding a "no risk" country category on 13 November 2024.'), ['date-conflict 13 November 2024 -> 2024-11-14']);
  });
});
