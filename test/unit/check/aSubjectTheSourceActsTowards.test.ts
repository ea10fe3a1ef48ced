// Round 1599 (held out, measured first; a false warning). "The Secretariat made the council's directive
// public on Friday, 23 May 2025" was warned against "on Monday, 24 March 2025, the Government of Kenya
// formally lodged a complaint with the Secretariat": the brief's subject, which the corpus knows by no
// name of its own, is there only whom another acted towards.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a subject the source acts towards', () => {
  const round = roundCorpus('../probe-rounds/r1599');

  test('"The Secretariat made … public" is not dated by a complaint lodged with the Secretariat', () => {
    assert.deepStrictEqual(round.warnings("- The Secretariat made the council's directive public on Friday, 23 May 2025."), []);
  });
});
