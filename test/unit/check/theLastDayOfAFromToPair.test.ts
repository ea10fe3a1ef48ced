// Round 1646 (held out, measured first; a wrong suggestion). "The delegation opened meetings … in
// Washington on 23 April 2025" was given the last day of "held meetings in Washington, D.C. from
// Tuesday 22 April to Friday 25 April 2025": the second day of a from–to pair is an end, and an
// opening is answered by the first.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: the last day of a from–to pair', () => {
  const round = roundCorpus('../probe-rounds/r1646');

  test('an opening is given the first day of the pair', () => {
    assert.deepStrictEqual(round.suggested("- Trade Minister Mokhethi Shelile's delegation opened meetings with USTR and Commerce officials in Washington on 23 April 2025."), ['date-conflict 23 April 2025 -> 2025-04-22']);
  });
});
