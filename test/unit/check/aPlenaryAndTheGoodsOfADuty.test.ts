// Round 1163 (held out, measured first). "The plenary adopted it on 21 May 2025 without amendments"
// was left alone against "The European Parliament adopted its position on 22 May 2025 without
// amendments": a plenary is its parliament sitting, so a source that names the parliament tells the
// occasion; and "its position on 22 May", the object of the brief's own verb, is dated by the adopting.
// Round 1167: "The lower duties on movements and parts apply from 1 October 2025" against "China will
// cut import duties on Swiss mechanical watch movements and a range of watch parts from 1 September
// 2025": the goods a duty is on are the whole list up to the date, not its first three words.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a plenary and its parliament, and the goods of a duty', () => {
  const fertiliser = roundCorpus('../probe-rounds/r1163');
  const watches = roundCorpus('../probe-rounds/r1167');

  test('the parliament adopting tells its plenary, and the verb owns the date', () => {
    assert.deepStrictEqual(fertiliser.warnings('- The plenary adopted it on 21 May 2025 without amendments, so no trilogue was needed.'), ['date-conflict 21 May 2025']);
    assert.deepStrictEqual(fertiliser.warnings('- The plenary adopted it on 22 May 2025 without amendments, so no trilogue was needed.'), []);
  });

  test('a duty\u2019s goods are the whole list before its date', () => {
    assert.deepStrictEqual(watches.warnings('- The lower duties on movements and parts apply from 1 October 2025.'), ['date-conflict 1 October 2025']);
    assert.deepStrictEqual(watches.warnings('- The lower duties on movements and parts apply from 1 September 2025.'), []);
  });
});
