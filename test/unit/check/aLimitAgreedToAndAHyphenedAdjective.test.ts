// Round 1429 (held out, measured first). "Ministers there set 31 October 2025 as the deadline to finish
// the apparel rules-of-origin review" was left alone against "SANTO DOMINGO, June 20, 2025 - Trade
// ministers … agreed to finish a long-delayed review of rules of origin for apparel by Dec. 31": the
// "-delayed" of "long-delayed", an adjective, had been read as the clause's past verb (putting the
// day in 2024), and the day of a limit the ministers agreed to was read as the day of the agreement.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { roundCorpus } from '../helpers/roundCorpus';

const values = (text: string, referenceDate: string) => extractDates(text, { referenceDate }).map((m) => `${m.text}=${m.value}`);

suite('check: a limit agreed to, and an adjective made with a hyphen', () => {
  const r1429 = roundCorpus('../probe-rounds/r1429');

  test('"agreed to finish a long-delayed review … by Dec. 31" looks ahead', () => {
    assert.deepStrictEqual(values('Ministers agreed to finish a long-delayed review of rules of origin for apparel by Dec. 31.', '2025-06-20'), ['Dec. 31=2025-12-31']);
  });

  test('a past verb before the limit still reads it as past', () => {
    assert.deepStrictEqual(values('Ministers finished the long-delayed review by Dec. 31.', '2026-02-10'), ['Dec. 31=2025-12-31']);
  });

  test('the limit answers a brief’s deadline for the review', () => {
    assert.deepStrictEqual(r1429.suggested('- Ministers there set 31 October 2025 as the deadline to finish the apparel rules-of-origin review.'), ['date-conflict 31 October 2025 -> 2025-12-31']);
  });
});
