// Round 1084 (held out, measured first; missed). "Trump arrived in Kuala Lumpur for the ASEAN summit
// on 27 October" was not warned against "Trump, who arrived in Kuala Lumpur on Sunday morning" (26
// October): the summit in the brief's words made it an occasion's date, which a source that names
// no occasion was not let answer. The summit is only what the journey was for.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a journey made for an occasion', () => {
  const asean = roundCorpus('../probe-rounds/r1084');

  test('the arrival the source tells dates the brief\'s arrival', () => {
    assert.deepStrictEqual(asean.warnings('- Trump arrived in Kuala Lumpur for the ASEAN summit on 27 October.'), ['date-conflict 27 October']);
  });

  test('the day the source gives is not warned', () => {
    assert.deepStrictEqual(asean.warnings('- Trump arrived in Kuala Lumpur for the ASEAN summit on 26 October.'), []);
  });
});
