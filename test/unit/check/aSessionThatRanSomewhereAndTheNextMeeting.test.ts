// Rounds 1553 and 1558 (held out, measured first). "The session wrapped up on 2 December without
// agreeing those limits" went unwarned against "The annual session of the … Commission, which ran in
// Suva from 28 November to 3 December, again failed to agree": a place may stand between "which ran"
// and its dates, and failing to agree is going without agreement, not another step. "The project
// steering committee convened in Ashgabat on 24 April 2025 to review progress" went unwarned: its best
// match planned "the next meeting of the Steering Committee in the second half of the year", which
// gives way to "Today, Friday, 25 April 2025, the Ministry … hosted … a regular meeting", and "to
// review" is what the meeting was for, no review of a measure.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a session that ran somewhere, and the next meeting', () => {
  const r1553 = roundCorpus('../probe-rounds/r1553');
  const r1558 = roundCorpus('../probe-rounds/r1558');

  test('"which ran in Suva from 28 November to 3 December" dates the session\'s close', () => {
    assert.deepStrictEqual(r1553.suggested('- The session wrapped up on 2 December without agreeing those limits.'), ['date-conflict 2 December -> 2024-12-03']);
  });

  test("the next meeting's plan gives way to the meeting the source dates", () => {
    assert.deepStrictEqual(r1558.suggested('- The project steering committee convened in Ashgabat on 24 April 2025 to review progress on the Afghan section.'), ['date-conflict 24 April 2025 -> 2025-04-25']);
  });
});
