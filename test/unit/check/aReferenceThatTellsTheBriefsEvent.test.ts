// Round 1378 (held out, measured first). "The Senate approved the ratification law on 11 November 2025"
// was left alone against "Following approval of the ratification law by the Senate of the Parliament of
// the Republic of Kazakhstan on 11 December 2025 and its signing …": a date inside such a reference is
// taken only for a brief that names what it refers to, and "the Senate" did not name that body in full.
// A brief that tells the reference's act in its words does. (Round 1305 had the same.)
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a reference that tells the brief’s own event', () => {
  const round = roundCorpus('../probe-rounds/r1378');

  test('"approval of the ratification law by the Senate … on 11 December" answers the Senate’s approval', () => {
    assert.deepStrictEqual(round.suggested('- The Senate approved the ratification law on 11 November 2025.'), ['date-conflict 11 November 2025 -> 2025-12-11']);
  });
});
