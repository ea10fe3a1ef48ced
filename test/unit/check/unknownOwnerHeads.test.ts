// Round 341: "Merck's chief executive visited the White House to discuss a similar deal on 2 October",
// in a corpus that never names Merck, was held to a row "| 1 Oct 2025 | Tariff paused | White House
// says tariff on hold while company deals are negotiated |": the sources date nothing Merck did.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a clause headed by an owner the corpus never names', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Drug tariffs, step by step',
      'Updated 13 October 2025',
      '',
      '| Date | Step | Detail |',
      '|---|---|---|',
      '| 30 Sep 2025 | Pfizer deal | Pfizer agrees to sell at lower prices and build plants in the US |',
      '| 1 Oct 2025 | Tariff paused | White House says tariff on hold while company deals are negotiated |',
    ],
    ...RATE_NEWS,
  });

  test('"Merck’s chief executive visited the White House" is not dated by the pause', () => {
    assert.deepStrictEqual(corpus.warnings("Merck's chief executive visited the White House to discuss a similar deal on 2 October 2025."), []);
  });

  test('the pause itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The White House put the tariff on hold on 2 October 2025 while company deals were negotiated.'), ['date-conflict 2 October 2025 -> 2025-10-01']);
  });

  test('an owner the corpus names is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("Pfizer's deal to sell at lower prices and build plants in the US was agreed on 29 September 2025."), ['date-conflict 29 September 2025 -> 2025-09-30']);
  });
});
