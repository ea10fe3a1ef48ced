// Round 1319 (held out, measured first; a false warning). "- The Reserve's offtake
// expressions-of-interest window opened on Tuesday, 1 December 2025. - That window closes on 30 January
// 2026." was warned against "a window that closes in April 2026" (another window): the source's own
// "Its expressions-of-interest window opened on 1 December and closes on 30 January 2026" gave its
// second date only " and closes on 30 January 2026", and the brief's "That window" named nothing. A
// second predicate in the present ("and closes on") shares the first one's subject, as one in the past
// does; and a subject that points back ("That window") is named by the sentence before.
import * as assert from 'assert';
import { dateClause } from '../helpers/dateClause';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a subject pointed back at', () => {
  test('"opened on … and closes on …": the second date has the subject too', () => {
    const text = 'Its expressions-of-interest window opened on 1 December and closes on 30 January 2026.';
    const second = dateClause(text, '2025-12-12', 1);
    assert.ok(second.startsWith('Its expressions-of-interest window'), second);
  });

  const round = roundCorpus('../probe-rounds/r1319');
  test('"That window" is the window the line before names', () => {
    const brief = "# Brief\n\n- The Reserve's offtake expressions-of-interest window opened on Monday, 1 December 2025.\n- That window closes on 30 January 2026.\n";
    assert.deepStrictEqual(round.check(brief), []);
  });
});
