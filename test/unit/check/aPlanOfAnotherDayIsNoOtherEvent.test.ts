// Round 1316 (held out, measured first). "Modi and Trump agreed at the White House on 13 February 2024
// to negotiate a multi-sector bilateral trade agreement in tranches" was left alone, though the
// leaders' meeting of 13 February 2025 is in the sources: a better match of another day, the tranche
// the two would "try to negotiate" by the fall, stopped the year slip as if it told another event.
// A plan of another day is not a firm telling of another event. (Rounds 781 and 914 had the same.)
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a plan of another day is no other event', () => {
  const round = roundCorpus('../probe-rounds/r1316');

  test('the year slip is told past a better-matching plan', () => {
    assert.deepStrictEqual(round.suggested('- Modi and Trump agreed at the White House on 13 February 2024 to negotiate a multi-sector bilateral trade agreement in tranches.'), ['date-conflict 13 February 2024 -> 2025-02-13']);
  });
});
