// Round 1499 (held out, measured first; a false warning). "ITAC initiated its investigation into wire
// rod, rebar and sections on Friday, 14 February 2025" was warned against "A provisional 25% safeguard
// duty on rebar, wire rod and sections has been in force since last month": the opening of an inquiry
// is not the measure it led to, unless the source's clause names the inquiry too. (Round 1315's
// "… opened its Section 301 investigation on 17 April 2023" had been found only against the final
// action a year later, with the wrong date; it is missed now.)
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an inquiry is not its measure', () => {
  const r1499 = roundCorpus('../probe-rounds/r1499');

  test('"has been in force since last month" does not date the investigation’s opening', () => {
    assert.deepStrictEqual(r1499.warnings('- ITAC initiated its investigation into wire rod, rebar and sections on Friday, 14 February 2025.'), []);
  });

  test('the duty’s own start is still answered', () => {
    assert.strictEqual(r1499.warnings('- The provisional 25% safeguard duty on rebar, wire rod and sections took effect on 11 March 2025.').length, 1);
  });
});
