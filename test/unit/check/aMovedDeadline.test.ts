// Rounds 1428 and 1432 (held out, measured first; two false warnings). "The new deadline for the
// higher rates was August 1" was warned against "Trump signed an executive order on July 7 pushing the
// deadline back to August 1": of the sentence's two days, the one the deadline is moved to gives the
// brief's deadline. "The … application deadline was extended by one week, to 5 December 2025" was
// warned against "the government extended the original Nov. 28 deadline by a week": the source's day
// is the one the brief says the deadline was moved from.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a moved deadline', () => {
  const r1428 = roundCorpus('../probe-rounds/r1428');
  const r1432 = roundCorpus('../probe-rounds/r1432');

  test('"pushing the deadline back to August 1" gives the new deadline, not the signing', () => {
    assert.deepStrictEqual(r1428.warnings('- The new deadline for the higher rates was August 1.'), []);
  });

  test('the signing itself is still dated by it', () => {
    assert.deepStrictEqual(r1428.suggested('- Trump signed the executive order pushing the deadline back on July 9.'), ['date-conflict July 9 -> 2025-07-07']);
  });

  test('"extended … to 5 December" is not contradicted by "the original Nov. 28 deadline"', () => {
    assert.deepStrictEqual(r1432.warnings("- The Mauritian scheme's application deadline was extended by one week, to 5 December 2025."), []);
  });
});
