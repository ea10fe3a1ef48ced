// Round 1520 (held out, measured first; a false warning). "Kyrgyz customs announced the
// round-the-clock trial on Tuesday, 16 April 2024" was warned against "prompting Kyrgyzstan last month
// to begin a trial of round-the-clock operations": a day followed by "to begin" is the day the thing
// began, which does not date its announcement.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a day to begin something', () => {
  const r1520 = roundCorpus('../probe-rounds/r1520');

  test('"last month to begin a trial" does not date the announcement of the trial', () => {
    assert.deepStrictEqual(r1520.warnings('- Kyrgyz customs announced the round-the-clock trial on Tuesday, 16 April 2024.'), []);
  });
});
