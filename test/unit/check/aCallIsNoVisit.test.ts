// Round 991 (held out, measured first; a false warning). "Carney met Trump at the White House on
// October 7" was warned against "Carney said he had spoken with U.S. President Donald Trump on
// Thursday": "spoken with" is a call, and a call does not date a meeting face to face.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a call is no visit', () => {
  const round = roundCorpus('../probe-rounds/r991');

  test('"had spoken with" does not date a meeting at the White House', () => {
    assert.deepStrictEqual(round.warnings('- Carney met Trump at the White House on October 7, 2025, with steel and aluminum on the agenda.'), []);
  });
});
