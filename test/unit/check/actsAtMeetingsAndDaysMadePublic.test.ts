// Round 1178 (held out, measured first). "The cabinet added NT$15 billion to the tariff support package
// on August 14" was left alone against "the Executive Yuan, at its weekly meeting on Thursday, August
// 7, approved the addition of NT$ 15 billion": the date of a meeting at which an act was done dates
// the act. And "Commerce launched its Section 232 investigation into semiconductor imports on April
// 14, 2025" was borne out by "… made public in mid-April": the day a thing was made public does not
// date an act of another moment ("launched the semiconductor inquiry on April 1, 2025").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: acts at meetings, and days made public', () => {
  const taiwan = roundCorpus('../probe-rounds/r1178');

  test('an act done at a meeting is dated by the meeting\u2019s day', () => {
    assert.deepStrictEqual(taiwan.warnings('- The cabinet added NT$15 billion to the tariff support package on August 14.'), ['date-conflict August 14']);
    assert.deepStrictEqual(taiwan.warnings('- The cabinet added NT$15 billion to the tariff support package on August 7.'), []);
  });

  test('a day made public does not bear out a launch', () => {
    assert.deepStrictEqual(taiwan.warnings('- Commerce launched its Section 232 investigation into semiconductor imports on April 14, 2025.'), ['date-conflict April 14, 2025']);
    assert.deepStrictEqual(taiwan.warnings('- Commerce launched its Section 232 investigation into semiconductor imports on April 1, 2025.'), []);
  });
});
