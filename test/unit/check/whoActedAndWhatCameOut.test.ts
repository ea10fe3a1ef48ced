// Rounds 1737, 1744, 1745 and 1751 (held out, measured first; four missed), and rounds 1455 and 1621,
// met on the way. Another actor's date in the claim's actor's sentence gives way to the claim's
// actor's ("Liechtenstein's parliament, the Landtag, approved the agreement in March, and Iceland's
// Althingi gave its consent in the middle of last month"); a notice's sender is not who acted ("The
// Ministry … wishes to inform the public that Cabinet, at its meeting held on Monday, 14 April 2025,
// approved …"), nor is a bill's year ("the … (Amendment) Bill, 2025") a day of anything; a
// publication in a gazette is told as such whatever the gazette is called ("the UAE Official
// Gazette", "the Diário Oficial da União"), though not when a main verb follows the aside that told
// it ("Ankara's decision, published in the Turkish Official Gazette, takes effect in July 2026"); and
// a source that tells the hold-up a brief points back at tells its act as well when both give the
// same verb right before their dates ("was finally published in the Diario Oficial on Tuesday").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: who acted, and what came out', () => {
  const r1737 = roundCorpus('../probe-rounds/r1737');
  const r1744 = roundCorpus('../probe-rounds/r1744');
  const r1745 = roundCorpus('../probe-rounds/r1745');
  const r1751 = roundCorpus('../probe-rounds/r1751');
  const r1455 = roundCorpus('../probe-rounds/r1455');
  const r1621 = roundCorpus('../probe-rounds/r1621');

  test("another parliament's day in the sentence gives way to the Landtag's", () => {
    assert.deepStrictEqual(r1737.suggested("- Liechtenstein's Landtag gave its consent to the agreement on 5 May 2025."), ['date-conflict 5 May 2025 -> 2025-03']);
  });

  test("a notice's sender is not who acted, and a bill's year is no day", () => {
    assert.deepStrictEqual(r1744.suggested("- Zambia's cabinet cleared the TAZARA (Amendment) Bill for introduction in parliament on 15 April 2025."), ['date-conflict 15 April 2025 -> 2025-04-14']);
  });

  test('the same verb before both dates tells the act past a hold-up the brief points back at', () => {
    assert.deepStrictEqual(r1745.suggested("- Chile published its promulgating decree in the Diario Oficial on 27 January 2025, after a hold-up at the Comptroller General's office."), ['date-conflict 27 January 2025 -> 2025-01-28']);
  });

  test('a publication in "the UAE Official Gazette" answers one in the Official Gazette', () => {
    assert.deepStrictEqual(r1751.suggested("- The UAE's ratifying federal decree appeared in the Official Gazette in June 2025."), ['date-conflict June 2025 -> 2025-04-29']);
  });

  test('a publication in the Diário Oficial da União', () => {
    assert.deepStrictEqual(r1455.suggested('- The decree was published in the Diário Oficial da União on 15 July 2024.'), ['date-conflict 15 July 2024 -> 2025-07-15']);
  });

  test('"published in the Turkish Official Gazette, takes effect in July 2026" tells the start', () => {
    assert.deepStrictEqual(r1621.suggested("- Under the treaty's notice clause, the termination takes effect on 27 July 2025."), ['date-conflict 27 July 2025 -> 2026-07']);
  });
});
