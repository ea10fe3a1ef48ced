// Round 1259 (held out, measured first; one false warning). "President Marcos announced the plan to
// halt rice imports on 13 August 2025" was warned against "President Ferdinand R. Marcos Jr. has signed
// the executive order suspending the importation of regular and well-milled rice, the Department of
// Agriculture (DA) announced today" (21 August): that day is the department's telling of an earlier
// signing, not Marcos's announcement. A brief of one speaker's saying is not answered by another
// named speaker's day. (With it: imports halted are imports suspended, one word for the matcher.)
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';
import { contentTerms } from '../../../src/core/text/terms';

suite("check: another speaker's day", () => {
  const rice = roundCorpus('../probe-rounds/r1259');

  test('the department\'s announcement does not date the president\'s', () => {
    assert.deepStrictEqual(rice.warnings('- President Marcos announced the plan to halt rice imports on 13 August 2025, as the wet-season harvest got under way.'), []);
  });

  test('"halt" and "suspension" are one word', () => {
    assert.deepStrictEqual(contentTerms('halted imports; a suspension of imports'), ['suspend', 'import', 'suspend', 'import']);
  });
});
