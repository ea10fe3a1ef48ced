// Rounds 1241-1246's misses, and the earlier rounds the same rules reached.
// - "The Minister signed Decision No. 1960/QD-BCT on Thursday, July 3, imposing final duties" spoke
//   for "Final anti-dumping duties took effect on 3 July 2025": what a paper signed that day imposed
//   is not its start (the same source: "The duties took effect on Sunday, July 6").
// - "the anti-dumping case, which the Ministry of Industry and Trade opened in mid-2024" holds any day
//   of 2024 and says nothing of 14 July: a whole year gives way to a firm match nearly as close and as
//   fine as the brief ("On 14 June 2024, the Minister signed Decision No. 1584/QD-BCT initiating an
//   anti-dumping investigation"), unless its own sentence gives the brief's day.
// - "would lodge a formal exclusion request with USTR by mid-June" is borne out by "On 16 June 2025
//   it followed up by lodging a formal exclusion request": a firm day inside a hedged coarser date.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a year that gives way, and a decision signed', () => {
  const steel = roundCorpus('../probe-rounds/r1241');
  const citrus = roundCorpus('../probe-rounds/r1244');

  test('what a signed decision imposed is not its start', () => {
    assert.deepStrictEqual(steel.suggested('- Final anti-dumping duties took effect on 3 July 2025 and will stay in place for five years.'), ['date-conflict 3 July 2025 -> 2025-07-06']);
  });

  test('"in mid-2024" gives way to the day the investigation was opened', () => {
    assert.deepStrictEqual(steel.suggested('- The Ministry of Industry and Trade (MOIT) opened the anti-dumping investigation into hot-rolled coil from China and India on 14 July 2024.'), ['date-conflict 14 July 2024 -> 2024-06-14']);
    assert.deepStrictEqual(steel.warnings('- The Ministry of Industry and Trade (MOIT) opened the anti-dumping investigation into hot-rolled coil from China and India on 14 June 2024.'), []);
  });

  test('a firm day inside a planned "mid-June" bears the plan out, and is the day suggested', () => {
    assert.deepStrictEqual(citrus.suggested('- The CGA lodged its formal exclusion request with USTR on 16 July 2025.'), ['date-conflict 16 July 2025 -> 2025-06-16']);
  });
});
