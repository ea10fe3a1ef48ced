// Round 581: "DOHA, Qatar, Nov. 10 (AP) — Trade ministers … approved China's entry … Saturday" over
// the history of a deal "on Nov. 15, 1999" was dated 1999-11-10, a Wednesday: the lead's weekday
// went unread because no "on" stood before it, as American wire copy writes it ("the ministry said
// Tuesday"). Read, it puts the wire in 2001, where Nov. 10 was a Saturday. Over the probe rounds it
// moved that one page and made two others (whose year was right) as firm as a dateline.
import * as assert from 'assert';
import { pageDate } from '../helpers/pageDate';

const WIRE = [
  'Trade body admits China after long negotiation',
  '',
  'DOHA, Qatar, Nov. 10 (AP) — Ministers of the trade body approved China’s membership Saturday, closing a bargaining process older than the organization itself.',
  '',
  'The breakthrough traced back to the bilateral market access pact that Washington and Beijing signed on Nov. 15, 1999.',
].join('\n');

suite('page dates: a lead weekday with no word before it', () => {
  test('"approved … Saturday" tells the wire’s day as "on Saturday" would', () => {
    assert.deepStrictEqual(pageDate(WIRE), ['2001-11-10', 'dateline']);
  });

  test('"said Tuesday" does too', () => {
    assert.deepStrictEqual(pageDate(WIRE.replace('approved China’s membership Saturday', 'said Saturday they approved China’s membership')), ['2001-11-10', 'dateline']);
  });

  test('a weekday that names another day ("by Friday", "next Monday", "Saturday’s vote") does not', () => {
    for (const other of ['approved China’s membership by Saturday', 'will approve China’s membership next Saturday', 'welcomed Saturday’s vote on China’s membership']) {
      assert.notDeepStrictEqual(pageDate(WIRE.replace('approved China’s membership Saturday', other)), ['2001-11-10', 'dateline'], other);
    }
  });
});
