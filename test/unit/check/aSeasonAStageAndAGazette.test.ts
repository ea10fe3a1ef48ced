// Rounds 1529, 1532 and 1533 (held out, measured first). "The Kanengo floors in Lilongwe opened the
// 2024 marketing season on Monday, 8 April 2024" was warned against an undated page's "Malawi's 2025
// auction season … opened the Lilongwe floors on 9 April": the page names another season's year for
// its yearless day. "The National Assembly passed the bill in first reading on 12 March 2025" was
// warned with the law's final approval (26 March); the first reading ("lawmakers backed it in a first
// reading on February 12") is the stage that answers it. And "SI 213 of 2022 appeared in the
// Government Gazette on 22 December 2022" went unwarned against "…, which was published in the
// Government Gazette on Friday, 23 December 2022": a publication both tell.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a season, a stage and a gazette', () => {
  const r1529 = roundCorpus('../probe-rounds/r1529');
  const r1532 = roundCorpus('../probe-rounds/r1532');
  const r1533 = roundCorpus('../probe-rounds/r1533');

  test("a yearless day of another season's page does not contradict the brief's season", () => {
    assert.deepStrictEqual(r1532.warnings('- The Kanengo floors in Lilongwe opened the 2024 marketing season on Monday, 8 April 2024.'), []);
  });

  test("a first reading is answered by the first reading's day, not the final approval's", () => {
    assert.deepStrictEqual(r1529.suggested('- The National Assembly passed the bill in first reading on 12 March 2025, with little debate on its economic consequences.'), ['date-conflict 12 March 2025 -> 2025-02-12']);
  });

  test('"appeared in the Government Gazette" is answered by a relative clause\'s "published in the Government Gazette"', () => {
    assert.deepStrictEqual(r1533.suggested('- The implementing order, SI 213 of 2022, appeared in the Government Gazette on 22 December 2022 and applied from publication.'), ['date-conflict 22 December 2022 -> 2022-12-23']);
  });
});
