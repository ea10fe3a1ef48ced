// Rounds 1479 and 1480 (held out, measured first; three false warnings). "Modi leaves on Monday on a
// three-nation tour", in a wire of Thursday 11 December 2025, was read as the Monday before; a present
// "leaves" looks ahead, as "departs" does. "The decree was published in Oman's Official Gazette on
// February 8" was taken for the ratifying "on 3 February 2026" of the same sentence: a gazette named
// with its country's possessive is a publication too. "CBP issued refund guidance … on Tuesday,
// November 25" was warned against "a similar CSMS message that CBP issued on Nov. 17 for the earlier
// order": a similar one of a kind is another of them.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { roundCorpus } from '../helpers/roundCorpus';

const values = (text: string, referenceDate: string) => extractDates(text, { referenceDate }).map((m) => `${m.text}=${m.value}`);

suite('check: a tour ahead, a country’s gazette and a similar message', () => {
  const r1479 = roundCorpus('../probe-rounds/r1479');
  const r1480 = roundCorpus('../probe-rounds/r1480');

  test('"Modi leaves on Monday" in a Thursday wire is the coming Monday', () => {
    assert.deepStrictEqual(values('Modi leaves on Monday on a three-nation tour.', '2025-12-11'), ['Monday=2025-12-15']);
  });

  test('the tour that began on Monday, December 15 is borne out', () => {
    assert.deepStrictEqual(r1479.warnings("- Prime Minister Modi's three-nation tour of Jordan, Ethiopia and Oman began on Monday, December 15, 2025."), []);
  });

  test('"published in Oman\'s Official Gazette on February 8" is the publication', () => {
    assert.deepStrictEqual(r1479.warnings("- The decree was published in Oman's Official Gazette on February 8."), []);
  });

  test('"a similar CSMS message that CBP issued on Nov. 17" does not date the later guidance', () => {
    assert.deepStrictEqual(r1480.warnings('- CBP issued refund guidance for affected entries on Tuesday, November 25.'), []);
  });
});
