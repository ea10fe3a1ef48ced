// Round 1277 (held out, measured first; one false warning). "Negotiators closed the rules-of-origin
// chapter on Thursday, 26 June" was warned against "Britain and the Gulf Cooperation Council closed
// out a week of free trade talks in London on Friday": the source that names the chapter, "Officials
// said on Thursday that negotiators had closed the rules of origin chapter", dates only the telling,
// and was set aside. A source that tells, on the brief's day, that the act was done by then leaves that
// day open, and no other source's day for a wider event is set against it.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an act told done that day', () => {
  const gulf = roundCorpus('../probe-rounds/r1277');

  test('"said on Thursday that negotiators had closed" leaves Thursday open', () => {
    assert.deepStrictEqual(gulf.warnings('- Negotiators closed the rules-of-origin chapter on Thursday, 26 June.'), []);
  });

  test('a day neither source gives is still checked against the round', () => {
    assert.deepStrictEqual(gulf.warnings('- Negotiators closed the rules-of-origin chapter on Tuesday, 17 June.').length, 1);
  });
});
