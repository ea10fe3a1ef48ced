// Round 1728 (held out, measured first; two false warnings). "Accra's Ministry of Information answered
// Lai Mohammed point by point on Wednesday, 2 September 2020" was warned against "The dispute
// escalated on Friday when Nigeria's Minister of Information and Culture, Lai Mohammed, issued a
// lengthy statement": a "when" right after a source's date says who acted on it, as in a brief. And
// "Nigeria's Senate set up an ad hoc committee on the treatment of Nigerians in Ghana on 15 September
// 2020" was warned against Ghana's note of that statement, then against the statement itself: where a
// claim's act was done ("in Ghana") is no actor when its own government is another, and a chamber the
// claim names after its government, which the source never names, is not the minister who acted.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: who acted after "when", a chamber that is not a minister', () => {
  const r1728 = roundCorpus('../probe-rounds/r1728');

  test('the reply is not dated by the statement it answered', () => {
    assert.deepStrictEqual(r1728.warnings("- Accra's Ministry of Information answered Lai Mohammed point by point on Wednesday, 2 September 2020."), []);
  });

  test('a chamber’s committee is not dated by a minister’s statement, nor by where it looked', () => {
    assert.deepStrictEqual(r1728.warnings("- Nigeria's Senate set up an ad hoc committee on the treatment of Nigerians in Ghana on 15 September 2020."), []);
  });
});
