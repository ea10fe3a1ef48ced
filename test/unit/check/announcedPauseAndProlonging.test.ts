// Round 384: "Beijing announced its own one-year pause of the rare-earth controls on Friday, 7
// November" was held to "… the same day Beijing announced its rare-earth rules" (Oct. 9): "announced
// its own one-year pause" names an undoing, though words stand between the verb and the noun.
// Round 383: "The EU steel safeguard was prolonged in June 2024 for a last two years" was held to
// "| June 30, 2026 | Current EU steel safeguard expires |": the act of prolonging is not the end it set.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: an announced pause, and a prolonging', () => {
  const corpus = tempCorpus({
    'senate.txt': ['Senate passes defence bill', 'WASHINGTON, November 12, 2025 -', "The Senate's defence bill, which passed on Oct. 9 - the same day Beijing announced its rare-earth rules - limits chip sales."],
    'timeline.md': ['# EU steel, step by step', 'Updated 20 November 2025', '', '| Date | Step | Who |', '|---|---|---|', '| June 30, 2026 | Current EU steel safeguard expires | EU |'],
    ...RATE_NEWS,
  });

  test('"announced its own one-year pause" is not dated by the rules it paused', () => {
    assert.deepStrictEqual(corpus.warnings('- Beijing announced its own one-year pause of the rare-earth rules on Friday, 7 November 2025.'), []);
  });

  test('the rules themselves are still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Beijing announced its rare-earth rules on 10 October 2025.'), ['date-conflict 10 October 2025 -> 2025-10-09']);
  });

  test('"was prolonged in June 2024" is not dated by the end it set', () => {
    assert.deepStrictEqual(corpus.warnings('- The EU steel safeguard was prolonged in June 2024 for a last two years.'), []);
  });

  test('the end is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The current EU steel safeguard expires on 30 June 2027.'), ['date-conflict 30 June 2027 -> 2026-06-30']);
  });
});
