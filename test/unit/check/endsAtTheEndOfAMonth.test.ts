// Round 405: "Lobster duty relief would be backdated to 1 August" was held to "the zero duty on U.S.
// lobster that ran out at the end of July": "ran out at" was not read as an end, so the relief's start
// and the old duty's end were taken for one moment.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const ANALYSIS = [
  '# Speed bumps for the tariff deal',
  '',
  'BRUSSELS, Nov 25, 2025 (Tradewire) - Lawmakers are weighing the pair of regulations proposed in August, which would scrap duties on U.S. industrial goods and restore the zero duty on U.S. lobster that ran out at the end of July.',
];

suite('check: an end "at the end of" a month', () => {
  const corpus = tempCorpus({ 'analysis.txt': ANALYSIS, ...RATE_NEWS });

  test('is not the start a brief backdates to', () => {
    assert.deepStrictEqual(corpus.warnings('- The zero duty on U.S. lobster would be backdated to 1 August.'), []);
  });

  test('an end told on another month is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The zero duty on U.S. lobster ran out at the end of May 2025.'), ['date-conflict the end of May 2025 -> 2025-07']);
  });
});
