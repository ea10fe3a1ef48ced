// Rounds 1025 and 1027 (held out, measured first; three false warnings).
// - "MITI issued its clarification on the rare earth commitments on 27 October" was warned against
//   "When Prime Minister Anwar Ibrahim and U.S. President Donald Trump signed the … Agreement … in
//   Kuala Lumpur on 26 October, much of …": a "when" clause that opens a sentence dates its own act.
// - "The government tabled the full legal text in the Dewan Rakyat on 12 November, after the
//   opposition's deadline passed" was warned against "gave the government until 10 November to table
//   the full legal text": the brief only points back at the deadline; its own act is no limit.
// - "Beijing paused its expanded rare earth measures on 7 November 2025" was warned against "Trump
//   and Xi agreed on Thursday to a one-year truce": the agreeing is not the pause it led to.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: "when" clauses, deadlines pointed at, and agreeing', () => {
  const malaysia = roundCorpus('../probe-rounds/r1025');
  const minerals = roundCorpus('../probe-rounds/r1027');

  test('a "when" clause that opens a sentence dates its own act', () => {
    assert.deepStrictEqual(malaysia.warnings('- MITI issued its clarification on the rare earth commitments on 27 October 2025.'), []);
  });

  test('a deadline the brief points back at is not its act', () => {
    assert.deepStrictEqual(malaysia.warnings("- The government tabled the full legal text in the Dewan Rakyat on 12 November 2025, after the opposition's deadline passed."), []);
  });

  test('the day two leaders agreed is not the day the pause came', () => {
    assert.deepStrictEqual(minerals.warnings('- Beijing paused its expanded rare earth measures on 7 November 2025.'), []);
  });
});
