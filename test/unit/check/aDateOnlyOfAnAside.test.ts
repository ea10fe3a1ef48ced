// Round 1417 (held out, measured first). "The US–Bahrain aluminium working group held its first meeting
// in Washington on 29 March 2025" was borne out by "A joint working group on aluminium trade, set up by
// the two governments in March, held its first meeting in Washington in late April": the March is the
// aside's, which shares none of the brief's words; the main clause after it tells the meeting. And
// "The group first met in Washington on April 29" tells the first meeting, which it answers.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a date only of an aside', () => {
  const r1417 = roundCorpus('../probe-rounds/r1417');

  test('"set up … in March," does not bear out a first meeting on 29 March', () => {
    assert.deepStrictEqual(r1417.suggested('- The US–Bahrain aluminium working group held its first meeting in Washington on 29 March 2025.'), ['date-conflict 29 March 2025 -> 2025-04-29']);
  });

  test('it still bears out the group’s setting up in March', () => {
    assert.deepStrictEqual(r1417.warnings('- The two governments set up a joint working group on aluminium trade in March 2025.'), []);
  });
});
