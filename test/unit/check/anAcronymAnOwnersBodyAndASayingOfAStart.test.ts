// Round 1426 (held out, measured first), and round 834. "The EACJ First Instance Division granted the
// interim order on 13 May 2025" was left alone against "the interim order issued by the East African
// Court of Justice on 12 May": the short name the corpus only writes out in full opens the brief's
// clause, and acts in it. Reading it so cost round 834's "BIS published its request for public
// comments … on March 31, 2025" against "Commerce's Bureau of Industry and Security asked for public
// comments … on March 13", until a body named with its owner before it became that body. And "Kenya's
// permit regime … was restored with effect from 27 May 2025" was left alone because a source dated "an
// announcement by the Kenya Dairy Board on 27 May that it would resume issuing import permits": the day
// of a saying gives no start, and does not agree with one.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an acronym that acts, a body named with its owner, and a saying of a start', () => {
  const r1426 = roundCorpus('../probe-rounds/r1426');
  const r834 = roundCorpus('../probe-rounds/r834');

  test('"The EACJ … granted the interim order" is the East African Court of Justice acting', () => {
    assert.deepStrictEqual(r1426.suggested('- The EACJ First Instance Division granted the interim order on 13 May 2025, giving Kenya 21 days to comply.'), ['date-conflict 13 May 2025 -> 2025-05-12']);
  });

  test('"BIS" is "Commerce\'s Bureau of Industry and Security"', () => {
    assert.deepStrictEqual(r834.suggested('- BIS published its request for public comments in the Federal Register on March 31, 2025.'), ['date-conflict March 31, 2025 -> 2025-03-13']);
  });

  test('"an announcement … on 27 May that it would resume" does not agree with a start on 27 May', () => {
    assert.deepStrictEqual(r1426.suggested("- Kenya's permit regime for Ugandan powder was restored with effect from 27 May 2025."), ['date-conflict 27 May 2025 -> 2025-06-02']);
  });
});
