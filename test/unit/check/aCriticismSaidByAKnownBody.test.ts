// Round 1464 (held out, measured first). "MOFCOM's spokesperson condemned the probes on July 16, calling
// them an abuse of the concept of national security" was left alone against "China's commerce ministry
// had said on July 17 that the investigations amounted to an abuse of the concept of national
// security": "MOFCOM's" was taken for an owner the corpus never names, and a saying that calls a
// measure "an abuse of" something for no criticism.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a criticism said by a body known by its short name', () => {
  const r1464 = roundCorpus('../probe-rounds/r1464');

  test('"said on July 17 that the investigations amounted to an abuse of …" answers the condemnation', () => {
    assert.deepStrictEqual(r1464.suggested("- MOFCOM's spokesperson condemned the probes on July 16, calling them an abuse of the concept of national security."), ['date-conflict July 16 -> 2025-07-17']);
  });
});
