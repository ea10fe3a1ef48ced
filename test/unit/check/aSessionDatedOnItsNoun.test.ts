// Round 998 (held out, measured first; missed). "The Federal Council met in extraordinary session on
// 5 August 2025 and resolved to table an improved offer" against "The Federal Council met again in
// extraordinary session on Thursday afternoon, its second emergency meeting of the week after
// Monday's session, at which ministers had agreed to table an improved offer": the best sentence
// dates the brief's occasion on a noun of its own ("Monday's session"), and that day answers it.
// Round 879 (kept): a measure's day on its noun ("the suspension of the Oct. 9 measures") is when it
// was made, not the day a brief says it was suspended.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a session dated on its noun', () => {
  const swiss = roundCorpus('../probe-rounds/r998');
  const rareEarths = roundCorpus('../probe-rounds/r879');

  test("the day on the session's noun answers the brief", () => {
    assert.deepStrictEqual(swiss.warnings('- The Federal Council met in extraordinary session on 5 August 2025 and resolved to table an improved offer without retaliating.'), ['date-conflict 5 August 2025']);
    assert.deepStrictEqual(swiss.warnings('- The Federal Council met in extraordinary session on 4 August 2025 and resolved to table an improved offer without retaliating.'), []);
  });

  test("a measure's day on its noun does not date its suspension", () => {
    assert.deepStrictEqual(rareEarths.warnings('- MOFCOM suspended the new rare-earth measures for a year on Friday, 7 November 2025.'), []);
  });
});
