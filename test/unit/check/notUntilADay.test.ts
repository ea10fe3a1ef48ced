// Round 1449 (held out, measured first; a false warning). "The first export licences under the new
// regime reportedly went out in early November 2024" was warned against customs data "released on
// Wednesday" (20 November), while "the first licences were not issued until early November 2024"
// agreed: "not … until" was read as a negation, and its "until" as an end. It says the licences were
// issued then.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: "not … until" a day', () => {
  const r1449 = roundCorpus('../probe-rounds/r1449');

  test('"were not issued until early November 2024" bears out a brief’s early November', () => {
    assert.deepStrictEqual(r1449.warnings('- The first export licences under the new regime reportedly went out in early November 2024.'), []);
  });
});
