// Found while checking the evidence of rounds 1223-1228's rule that a thing that starts once (a ban,
// an agreement) has one start day: round 861's "The nickel ore export ban took effect on 1 January
// 2021" was warned against "The ban took effect on 10 June 2023", a sentence about bauxite. The
// source must name what the brief's subject does.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: the start of the same thing', () => {
  const nickel = roundCorpus('../probe-rounds/r861');
  const ore = roundCorpus('../probe-rounds/r1103');

  test('another ore\'s ban does not date the nickel ban', () => {
    // (The round's own source for the nickel ban gives it as a plan, "will halt … from Jan. 1, 2020",
    // which this tool does not hold against a brief; the bauxite ban's day must not stand in for it.)
    assert.deepStrictEqual(nickel.warnings('- The nickel ore export ban took effect on 1 January 2021.'), []);
  });

  test('the nickel ban\'s own start still does', () => {
    assert.deepStrictEqual(ore.warnings('- The nickel ore export ban itself took effect on 2 September 2019.'), ['date-conflict 2 September 2019']);
  });
});
