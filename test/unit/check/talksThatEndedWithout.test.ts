// Round 1370 (held out, measured first). "Ebrard met USTR Jamieson Greer in Washington on September 16,
// 2024" (a year slip) was left alone: its closest source, "Ebrard's talks with U.S. Trade Representative
// Jamieson Greer on Sept. 16 ended without any announcement", was read as an end on that day, another
// moment than a meeting's. "ended without" tells how the day's talks came out.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: talks that ended without an announcement', () => {
  const round = roundCorpus('../probe-rounds/r1370');

  test('the talks of Sept. 16 answer a meeting dated a year off', () => {
    assert.deepStrictEqual(round.suggested('- Ebrard met USTR Jamieson Greer in Washington on September 16, 2024.'), ['date-conflict September 16, 2024 -> 2025-09-16']);
  });
});
