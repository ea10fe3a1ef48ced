// Round 1630 (held out, measured first; a false warning on a line the sources do not date). "The
// device cluster is planning a trade mission to Mexico City and Bogota in February 2026" was warned
// against a memorandum signed in Mexico City in March: what is being planned for a month is no act a
// source can contradict, as what is expected is not.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a plan in the making', () => {
  const round = roundCorpus('../probe-rounds/r1630');

  test('"is planning a trade mission … in February 2026" is not warned', () => {
    assert.deepStrictEqual(round.warnings('- The device cluster is planning a trade mission to Mexico City and Bogota in February 2026.'), []);
  });
});
