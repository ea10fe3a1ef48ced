// Rounds 1736, 1749, 1758, 1759 and 1761 (held out, measured first; five missed). A limit or a day
// another source says was moved answers by the day it was moved to: "originally 22 May 2024, was
// pushed back by a week at Anglo's request, to 29 May" (a brief that tells the deadline lapsing,
// "when its deadline to make a firm offer expired"), and an addendum's "moved from Friday, 29 August
// 2025 to Friday, 26 September 2025" against a notice whose list item names the limit before its
// colon ("- Closing date for submission of expressions of interest: Friday, 29 August 2025"). A day
// a source tells as first set and since moved ("originally scheduled for Wednesday, 13 August 2025";
// "then scheduled a public hearing for 13 August, only to push it back"; "The original rules gave
// exporters until 30 August"; "previously set for 31 December 2025") bears no brief out, nor speaks
// for it against the day it was moved to.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a limit moved, or a day first set', () => {
  const r1736 = roundCorpus('../probe-rounds/r1736');
  const r1749 = roundCorpus('../probe-rounds/r1749');
  const r1758 = roundCorpus('../probe-rounds/r1758');
  const r1759 = roundCorpus('../probe-rounds/r1759');
  const r1761 = roundCorpus('../probe-rounds/r1761');

  test('a deadline told lapsing on the day it was moved from', () => {
    assert.deepStrictEqual(r1736.suggested('- BHP abandoned its pursuit on 22 May 2024, when its deadline to make a firm offer expired.'), ['date-conflict 22 May 2024 -> 2024-05-29']);
  });

  test('a closing date named before a colon, moved by an addendum', () => {
    assert.deepStrictEqual(r1749.suggested('- Following that extension, expressions of interest are now due by 29 August 2025.'), ['date-conflict 29 August 2025 -> 2025-09-26']);
  });

  test('a hearing at the day it was first scheduled for', () => {
    assert.deepStrictEqual(r1758.suggested('- The Committee on Foreign Relations held its public hearing on the agreement on 13 August 2025.'), ['date-conflict 13 August 2025 -> 2025-08-19']);
  });

  test('"the original rules gave exporters until 30 August" does not bear out the limit after the extension', () => {
    const line = '- After that extension, exporters had until 30 August 2024 to register pre-June contracts with the Directorate of Foreign Trade.';
    assert.deepStrictEqual(r1759.warnings(line), []);
    assert.deepStrictEqual(r1759.unsettled(line), ['date-unsettled 30 August 2024']);
  });

  test('"previously set for 31 December 2025" does not bear out a completion now due then', () => {
    assert.deepStrictEqual(r1761.unsettled('- Under the revised plan, the second phase of the Aktau container hub is now due for completion in December 2025.'), ['date-unsettled December 2025']);
  });
});
