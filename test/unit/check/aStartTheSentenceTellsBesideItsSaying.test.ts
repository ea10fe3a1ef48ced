// The held-out rounds of the forty-first session. A source sentence that announces a start ("On 11
// December 2024, Bern announced that it would suspend the clause …, with effect from 1 January 2025")
// bore out a brief's start on the day of the saying: the sentence's other dates are now read for the
// moment it tells, matched or not, and a verb after the date is read further ("On 11 December the
// Federal Department of Finance announced", a name with "of" in it), but not a saying after a comma
// (", Peru's Ministry of Foreign Trade and Tourism said on Thursday") nor a start told with "will
// enter into force". Seven more conflicts were found in older rounds; these stand for them.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a start the sentence tells beside its saying', () => {
  const copper = roundCorpus('../probe-rounds/r1038');
  const phase = roundCorpus('../probe-rounds/r964');
  const peru = roundCorpus('../probe-rounds/r825');
  const steel = roundCorpus('../probe-rounds/r1241');

  test('the duty\'s start is not the day it was announced', () => {
    assert.deepStrictEqual(copper.suggested('- The 50% duty on semi-finished copper products took effect on 30 July 2025.'), ['date-conflict 30 July 2025 -> 2025-08-01']);
  });

  test('"entered into force on 11 March 2025, the same day it was announced" is answered by its start', () => {
    assert.deepStrictEqual(phase.suggested('- Phase II formally entered into force on 11 March 2025, the same day it was announced.'), ['date-conflict 11 March 2025 -> 2025-05-01']);
  });

  test('"will enter into force on June 1, the ministry said on Thursday" is a start', () => {
    assert.deepStrictEqual(peru.suggested('- The upgraded FTA entered into force on 22 May 2025.'), ['date-conflict 22 May 2025 -> 2025-06-01']);
  });

  test('a decision signed that initiates an investigation opens it', () => {
    assert.deepStrictEqual(steel.suggested('- The Ministry of Industry and Trade (MOIT) opened the anti-dumping investigation into hot-rolled coil from China and India on 14 July 2024.'), ['date-conflict 14 July 2024 -> 2024-06-14']);
  });
});
