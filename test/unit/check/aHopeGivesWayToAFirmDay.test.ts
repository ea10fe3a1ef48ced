// Round 1468 (held out, measured first). "The agreement entered into force on 20 January 2026" was
// borne out by "Officials on both sides said they hoped the agreement could enter into force in the
// first quarter of 2026", beside "the agreement entered into force on 1 March 2026": a coarse hope
// gives way to a firm day of the claim's own moment, as neither support nor the match that leads.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a hope gives way to a firm day', () => {
  const r1468 = roundCorpus('../probe-rounds/r1468');

  test('"hoped … could enter into force in the first quarter of 2026" does not bear out 20 January', () => {
    assert.deepStrictEqual(r1468.suggested('- The agreement entered into force on 20 January 2026, ending a ratification process of about eight months.'), ['date-conflict 20 January 2026 -> 2026-03-01']);
  });

  test('the firm day itself is still borne out', () => {
    assert.deepStrictEqual(r1468.warnings('- The agreement entered into force on 1 March 2026, ending a ratification process of about eight months.'), []);
  });
});
