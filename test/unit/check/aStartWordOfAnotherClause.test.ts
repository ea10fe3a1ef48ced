// Rounds 1235-1240's misses, and the earlier rounds the same rules reached.
// - "India announced a reduction in its duty on bourbon in the Union Budget on 1 February 2025, and the
//   cut came into effect on 13 February" let its 1 February speak for a brief's "took effect on 1
//   February 2025": the start words were another clause's, with their own date.
// - "now runs to 10 November 2027" tells an end, as "runs until" does.
// - "Parliament's Nov. 14 vote had added a series of amendments to the Commission's narrowly targeted
//   proposal" is no proposal of its own: a clause that acts on someone's proposal is not the proposing
//   step, and answers "Parliament adopted its amendments on 13 November 2024".
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite("check: a start word of another clause", () => {
  const whisky = roundCorpus('../probe-rounds/r1235');
  const truce = roundCorpus('../probe-rounds/r1237');
  const forests = roundCorpus('../probe-rounds/r1240');

  test('the budget day is not the day the cut took effect', () => {
    assert.deepStrictEqual(whisky.suggested("- India's separate bourbon duty cut, which took effect on 1 February 2025, was an early signal of flexibility on spirits."), ['date-conflict 1 February 2025 -> 2025-02-13']);
  });

  test('"runs to" a day ends there', () => {
    assert.deepStrictEqual(truce.suggested('- The suspension of the 24% reciprocal layer now runs to 10 November 2027.'), ['date-conflict 10 November 2027 -> 2026-11-10']);
  });

  test('amendments to someone\'s proposal are the deciding step', () => {
    assert.deepStrictEqual(forests.suggested('- Parliament adopted its amendments, including a new "no risk" country tier, on 13 November 2024.'), ['date-conflict 13 November 2024 -> 2024-11-14']);
  });
});
