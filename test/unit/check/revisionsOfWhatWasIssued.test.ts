// Round 426: "Treasury is expected to revise its beginning-of-construction guidance on 30 September
// 2025" (a day no source gives) was held to "Treasury issued its guidance on what counts as
// beginning of construction on Friday, August 15": a revision is a later act than the issue, as
// "Revision 2 was issued" is not "first issued".
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const NEWSLETTER = ['## Friday, September 5, 2025', '', 'Treasury issued its guidance on what counts as "beginning of construction" for wind and solar credits on Friday, August 15.'];

suite('check: a revision of what was issued', () => {
  const corpus = tempCorpus({ 'newsletter.md': NEWSLETTER, ...RATE_NEWS });

  test('is not dated by the issue', () => {
    assert.deepStrictEqual(corpus.warnings('- Treasury is expected to revise its beginning-of-construction guidance for wind and solar credits on 30 September 2025.'), []);
  });

  test('the issue itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Treasury issued its beginning-of-construction guidance for wind and solar credits on 14 August 2025.'), ['date-conflict 14 August 2025 -> 2025-08-15']);
  });
});
