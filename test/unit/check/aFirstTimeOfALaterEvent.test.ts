// Round 1269 (held out, measured first; missed). "The joint statement setting up an expert-level CBAM
// dialogue was released on 19 November" was not warned against "The joint statement of 18 November
// 2025 offered only one concrete deliverable, an expert-level dialogue on CBAM, which is supposed to
// meet for the first time early next year": the sentence's "for the first time" made its date a first
// occurrence, which a brief that says no "first" was taken to follow. A first time counts only where
// it tells of the source's own date.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a first time of a later event', () => {
  const india = roundCorpus('../probe-rounds/r1269');

  test('the dialogue\'s first meeting does not make the statement a first occurrence', () => {
    assert.deepStrictEqual(india.suggested('- The joint statement setting up an expert-level CBAM dialogue was released on 19 November.'), ['date-conflict 19 November -> 2025-11-18']);
    assert.deepStrictEqual(india.warnings('- The joint statement setting up an expert-level CBAM dialogue was released on 18 November.'), []);
  });
});
