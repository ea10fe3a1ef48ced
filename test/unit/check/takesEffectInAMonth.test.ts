// Round 1621 (held out). "Ankara's decision … takes effect in July 2026" was read as no moment: a
// start was "takes effect on" or "at" only. So "the termination takes effect on 27 July 2025" had
// only "does not take effect until 27 July 2026" (a limit) to answer it, and was left unsettled.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: takes effect in a month', () => {
  const round = roundCorpus('../probe-rounds/r1621');

  test('"takes effect in July 2026" answers a start put a year early', () => {
    assert.deepStrictEqual(round.suggested("- Under the treaty's notice clause, the termination takes effect on 27 July 2025."), ['date-conflict 27 July 2025 -> 2026-07']);
  });
});
