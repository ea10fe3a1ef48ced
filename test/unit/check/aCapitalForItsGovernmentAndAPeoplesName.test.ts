// Round 1698 (held out, measured first). "A Uganda Shippers Council delegation is said to have lobbied
// Kenyan legislators in Nairobi in early May" was warned against the council's survey of 2 April ("a
// Kenyan directive forcing Uganda-bound containers …"): a people's name before the officials it names
// is a name, and the match shared nothing else with the brief (the false warning, fixed; "Brazilian
// goods" still tells which goods). And "Kampala answered with a diplomatic note to Nairobi, handed over
// on March 7" is Uganda acting, which "Uganda delivered a diplomatic note to Nairobi on March 6"
// answers: the capitals of more trading governments stand for them. (Two bodies of one government are
// still two actors: round 1673's "The National Assembly gave its approval on 4 June 2025" is answered
// by the Assembly's own approval of 22 May, not by "Ecuador's Constitutional Court … gave a favourable
// opinion in April".)
import * as assert from 'assert';
import { capitalsActing, governmentOfCapital } from '../../../src/core/check/governments';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a capital for its government, a people’s name before its officials', () => {
  const r1698 = roundCorpus('../probe-rounds/r1698');
  const r1673 = roundCorpus('../probe-rounds/r1673');

  test('a match that shares only names and a people’s name is no answer', () => {
    assert.deepStrictEqual(r1698.warnings('- A Uganda Shippers Council delegation is said to have lobbied Kenyan legislators in Nairobi in early May.'), []);
  });

  test('Kampala is Uganda acting', () => {
    assert.strictEqual(governmentOfCapital('Kampala'), 'Uganda');
    assert.deepStrictEqual(capitalsActing('Kampala answered with a note; talks in Kampala followed.').map((c) => c.government), ['Uganda']);
    assert.deepStrictEqual(r1698.suggested('- Kampala answered with a diplomatic note to Nairobi, handed over on March 7, asking for a suspension.'), ['date-conflict March 7 -> 2025-03-06']);
  });

  test('two bodies of one government are two actors', () => {
    assert.deepStrictEqual(r1673.suggested('- The National Assembly gave its approval on 4 June 2025, by a comfortable margin.'), ['date-conflict 4 June 2025 -> 2025-05-22']);
  });
});
