// Round 1602 (held out, measured first; a false warning). "The Althingi foreign affairs committee heard
// from the ministry … on 25 November 2025" was warned against "Earlier today, Þorgerður Katrín
// Gunnarsdóttir, Minister for Foreign Affairs, summoned the Head of the Delegation …": who acted after
// a date that opens its clause was looked for only after "on" or "in", and only under a capital A–Z.
// Round 1132 keeps its warning: each clause joined on after such a date is that day's too ("The same
// day, Foreign Minister … said …, and Colombia's trade ministry suspended the order").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: who acts after a date that opens the clause', () => {
  const iceland = roundCorpus('../probe-rounds/r1602');
  const colombia = roundCorpus('../probe-rounds/r1132');

  test('"Earlier today, Þorgerður … summoned" is the minister\'s act, not the committee\'s hearing', () => {
    assert.deepStrictEqual(iceland.warnings('- The Althingi foreign affairs committee heard from the ministry, Elkem Iceland and the fishing industry on 25 November 2025.'), []);
  });

  test('a clause joined on after the opening date is that day\'s act', () => {
    assert.deepStrictEqual(colombia.suggested("- Colombia's trade ministry suspended the retaliatory tariff order on 27 February."), ['date-conflict 27 February -> 2025-01-27']);
  });
});
