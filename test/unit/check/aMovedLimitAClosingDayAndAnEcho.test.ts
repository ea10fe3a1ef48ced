// Rounds 1535-1538 (held out, measured first). "Members agreed to give Uzbekistan until 30 May 2025
// to table its revised goods offer" was warned with the first ask ("by the end of March"), though a
// ministry statement says the deadline "was extended from 31 March to 30 April 2025": the day it was
// moved to answers. "The first round of consultations wrapped up in Algiers on 8 October 2024"
// against "took place in Algiers on 8 and 9 October 2024" suggested the first day, not the last.
// "Gas began moving from the GTA wells to the FPSO on 2 January 2025" was no "started flowing …
// on 31 December 2024": flowing and moving are one thing begun. "The three-party sale contract …
// was signed on 30 September 2024, after a delay caused by the political upheaval in Dhaka" took
// Dhaka for where it was signed. And "Deliveries to Bangladesh restarted … on 16 June 2025", whose
// best match is a plan ("due to resume from 15 June 2025"), is borne out by a wire's "began flowing
// into Bangladesh again on Sunday", a day counted from its dateline.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a moved limit, a closing day and an echo', () => {
  const r1535 = roundCorpus('../probe-rounds/r1535');
  const r1536 = roundCorpus('../probe-rounds/r1536');
  const r1537 = roundCorpus('../probe-rounds/r1537');
  const r1538 = roundCorpus('../probe-rounds/r1538');

  test('a deadline "extended from 31 March to 30 April 2025" is two days, the old and the new', () => {
    const values = extractDates("The deadline for submitting Uzbekistan's revised offer on goods was extended from 31 March to 30 April 2025.", { referenceDate: '2025-05-20' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(values, ['31 March=2025-03-31', '30 April 2025=2025-04-30']);
  });

  test('the day a limit was moved to answers the brief', () => {
    assert.deepStrictEqual(r1535.suggested('- Members agreed to give Uzbekistan until 30 May 2025 to table its revised goods offer.'), ['date-conflict 30 May 2025 -> 2025-04-30']);
  });

  test('"wrapped up … on" suggests the last day of the span', () => {
    assert.deepStrictEqual(r1536.suggested('- The first round of consultations wrapped up in Algiers on 8 October 2024 with no more than an agreement to keep talking.'), ['date-conflict 8 October 2024 -> 2024-10-09']);
  });

  test('"began moving" is "had started flowing"', () => {
    assert.deepStrictEqual(r1537.suggested('- Gas began moving from the GTA wells to the FPSO on 2 January 2025, opening the commissioning phase.'), ['date-conflict 2 January 2025 -> 2024-12-31']);
  });

  test('a place in an "after" clause is not where the contract was signed', () => {
    assert.deepStrictEqual(r1538.suggested('- The three-party sale contract linking NEA, NVVN and the Bangladesh Power Development Board was signed on 30 September 2024, after a delay caused by the political upheaval in Dhaka.'), ['date-conflict 30 September 2024 -> 2024-10-03']);
  });

  test("a planned day is borne out by a wire's day counted from its dateline", () => {
    assert.deepStrictEqual(r1538.suggested('- Deliveries to Bangladesh restarted for the first full season on 16 June 2025.'), ['date-conflict 16 June 2025 -> 2025-06-15']);
  });
});
