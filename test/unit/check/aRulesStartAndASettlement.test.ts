// Rounds 1052 and 1053 (held out, measured first; a false warning and a miss).
// - "ASML obtained the licences it needed for the affected inspection systems in late April" was
//   warned against "… obtained the export licences it needed to keep shipping the inspection systems
//   covered by the Dutch rules that took effect on April 1": the start is a relative clause's, about
//   the rules, and the brief tells no start.
// - "Presidents Lee and Trump settled the cash and shipbuilding split at the Gyeongju summit on 29
//   October 2024" against "The framework was agreed at a summit … in Gyeongju on Oct. 29" (2025):
//   settling is agreeing, so the agreement's day answers the brief and its year slip is warned.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite("check: a rule's start, and a settlement", () => {
  const chips = roundCorpus('../probe-rounds/r1053');
  const korea = roundCorpus('../probe-rounds/r1052');

  test("a relative clause's start does not date what was done under it", () => {
    assert.deepStrictEqual(chips.warnings('- ASML obtained the licences it needed for the affected inspection systems in late April 2025.'), []);
  });

  test('settling is agreeing', () => {
    assert.deepStrictEqual(korea.warnings('- Presidents Lee and Trump settled the cash and shipbuilding split at the Gyeongju summit on 29 October 2024.'), ['date-conflict 29 October 2024']);
  });
});
