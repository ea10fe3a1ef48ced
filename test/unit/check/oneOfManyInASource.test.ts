// Round 1205 (held out, measured first; one false warning). "Negotiators closed the trade and
// sustainable development chapter on 15 December 2025" was warned against "… ended what both sides had
// billed as the concluding round of free trade talks on Friday, saying they had closed most of the
// agreement's chapters": a source that tells of most of many things does not say which, so it does
// not date the one the brief names (another source says that chapter's day was not given).
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: one of many in a source', () => {
  const india = roundCorpus('../probe-rounds/r1205');

  test('"most of the chapters" does not date the chapter the brief names', () => {
    assert.deepStrictEqual(india.warnings('- Negotiators closed the trade and sustainable development chapter on 15 December 2025.'), []);
  });
});
