// Round 450: "The 25% rates applied to all countries from 12 March, ending the exemptions Canada and
// Mexico had enjoyed" was held to a timeline row "| 2 Apr 2025 | … Canada and Mexico left off the
// list; USMCA exemption continued with no end date |": a thing ended and the same thing kept going
// are two events, whatever names they share.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: a thing ended is not the same thing kept', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Tariffs across North America: a timeline',
      '',
      'Last updated 1 August 2025',
      '',
      '| Date | What happened |',
      '|---|---|',
      '| 1 Feb 2025 | Orders signed: 25% on most Canadian and Mexican goods, 10% on Canadian energy |',
      '| 3 Feb 2025 | Both orders paused for 30 days after calls with Ottawa and Mexico City |',
      '| 10 Feb 2025 | Steel and aluminium proclamations signed: 25% on all countries, effective 12 March |',
      '| 4 Mar 2025 | Tariffs on Canada and Mexico take effect; Ottawa answers at once |',
      '| 6 Mar 2025 | Goods that comply with USMCA exempted until 2 April |',
      '| 12 Mar 2025 | Steel and aluminium duties take effect; Canada announces more counter-tariffs |',
      '| 2 Apr 2025 | "Liberation Day" reciprocal tariffs; Canada and Mexico left off the list; USMCA exemption continued with no end date |',
    ],
    'dairy.txt': ['Dairy exemption lapses', 'OTTAWA, July 2, 2025 (Reuters) -', 'The U.S. exemption for Canadian and Mexican dairy ended on June 30 after talks in Washington failed, officials said on Wednesday.'],
  });

  test('"ending the exemptions" is not dated by the row where they continued', () => {
    assert.deepStrictEqual(corpus.warnings('- The 25% rates applied to all countries from 12 March, ending the exemptions Canada and Mexico had enjoyed.'), []);
  });

  test('an end is still checked against the source that tells it', () => {
    assert.deepStrictEqual(corpus.warnings('- The exemption for Canadian and Mexican dairy ended on 3 July 2025 after talks failed.'), ['date-conflict 3 July 2025 -> 2025-06-30']);
  });
});
