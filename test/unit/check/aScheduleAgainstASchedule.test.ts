// Round 1034 (held out, measured first; missed). "Ministers are to take up the package at MC14, which
// opens in Yaoundé on 26 March 2025" against "The Fourteenth Ministerial Conference is scheduled to
// open in Yaounde on March 26, 2026": a schedule the brief tells as one too, against one the source
// gives with its year, is a year slip; a plan may move by days, not by the year it was written in.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a schedule against a schedule', () => {
  const round = roundCorpus('../probe-rounds/r1034');

  test("the schedule's year slip is warned", () => {
    assert.deepStrictEqual(round.warnings('- Ministers are to take up the package at MC14, which opens in Yaoundé on 26 March 2025.'), ['date-conflict 26 March 2025']);
    assert.deepStrictEqual(round.warnings('- Ministers are to take up the package at MC14, which opens in Yaoundé on 26 March 2026.'), []);
  });
});
