// Rounds 989, 993 and 994 (held out, measured first; missed). "cut MFN duties under Decree 73,
// effective 31 March 2024": the date dates what the connective names, so the brief dates the decree.
// "The economy committee approved a trimmed version of the bill on December 9, 2024": the full
// chamber's vote a day later, scoring higher, is another body's act and does not hide the
// committee's year slip ("lowered the proposed rates" is no proposal). "TSMC announced its
// additional $100 billion … on 4 March 2025" against "its total planned investment …, including the
// additional US$100 billion announced at the White House on 3 March 2025": an amount called planned
// is no plan.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: what a connective names, and what it dates', () => {
  const vietnam = roundCorpus('../probe-rounds/r989');
  const mexico = roundCorpus('../probe-rounds/r993');
  const chips = roundCorpus('../probe-rounds/r994');

  test('a date set after the connective dates what it names', () => {
    assert.deepStrictEqual(vietnam.warnings('- Vietnam had already cut MFN duties on US ethanol and LNG under Decree 73, effective 31 March 2024.'), ['date-conflict 31 March 2024']);
    assert.deepStrictEqual(vietnam.warnings('- Vietnam had already cut MFN duties on US ethanol and LNG under Decree 73, effective 31 March 2025.'), []);
  });

  test("a committee's year slip is not hidden by the floor vote", () => {
    assert.deepStrictEqual(mexico.warnings("- The Chamber of Deputies' economy committee approved a trimmed version of the bill on December 9, 2024."), ['date-conflict December 9, 2024']);
  });

  test('an amount called planned is no plan', () => {
    assert.deepStrictEqual(chips.warnings('- TSMC announced its additional $100 billion Arizona investment at the White House on 4 March 2025.'), ['date-conflict 4 March 2025']);
    assert.deepStrictEqual(chips.warnings('- TSMC announced its additional $100 billion Arizona investment at the White House on 3 March 2025.'), []);
  });
});
