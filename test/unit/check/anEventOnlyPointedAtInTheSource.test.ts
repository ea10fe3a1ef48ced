// Round 1060 (held out, measured first; a false warning). "Goyal made a return visit to Melbourne in
// late September" was warned against "Farrell and Goyal co-chaired the Australia-India Joint
// Ministerial Commission on Wednesday, their first formal meeting since Goyal visited Sydney and
// Melbourne earlier in the year": what the brief tells is, in the source, only what a "since" clause
// points back at, and the date is the main clause's. ("the following day the two trade ministers
// signed" and "said after that session that the threat …" are no such clause: rounds 734 and 999
// keep their warnings.)
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an event only pointed at in the source', () => {
  const australia = roundCorpus('../probe-rounds/r1060');
  const uk = roundCorpus('../probe-rounds/r734');

  test('a visit a "since" clause points back at is not dated by the meeting', () => {
    assert.deepStrictEqual(australia.warnings('- Goyal made a return visit to Melbourne in late September 2025.'), []);
  });

  test('"the following day" is no such clause', () => {
    assert.deepStrictEqual(uk.warnings('- The agreement was signed at Chequers on 23 July 2025 by the two trade ministers.'), ['date-conflict 23 July 2025']);
  });
});
