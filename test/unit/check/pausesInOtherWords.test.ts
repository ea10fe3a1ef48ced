// Round 420: "On 9 April the White House froze the steeper country-specific rates for 90 days,
// leaving the 10% floor untouched" (right) was held to "the 10% floor Trump unveiled on April 2, when
// he also announced steeper country-specific rates", for the row that tells the pause ("| 9 Apr 2025
// | Higher country-specific rates paused for 90 days | 10% baseline stays in place |") shared too
// few words with it. What was frozen was paused, and a tariff's floor is its baseline.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = ['WELLINGTON, Aug 1, 2025 (Tradewire) - New Zealand will not retaliate against a new 15% U.S. tariff.', '', 'The new figure is a step up from the 10% floor Trump unveiled on April 2, when he also announced steeper country-specific rates for many partners.'];
const TIMELINE = ['# Tariff timeline', '', '| Date | Step | Note |', '|---|---|---|', '| 2 Apr 2025 | Reciprocal tariffs announced | 10% baseline for all |', '| 9 Apr 2025 | Higher country-specific rates paused for 90 days | 10% baseline stays in place |'];

suite('check: pauses and floors in other words', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('"froze" is "paused", and a floor is a baseline', () => {
    assert.deepStrictEqual(contentTerms('froze frozen freezes floor'), contentTerms('paused paused pauses baseline'));
  });

  test('the freeze is dated by the pause, not by the announcement', () => {
    assert.deepStrictEqual(corpus.warnings('- On 9 April the White House froze the steeper country-specific rates for 90 days, leaving the 10% floor untouched.'), []);
  });
});
