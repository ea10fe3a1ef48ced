// Round 1015 (held out, measured first; missed). "NEW DELHI, March 17 (Asia Trade Wire) - India and
// New Zealand have agreed to reopen negotiations on a free trade agreement …" went to 2026, the year
// in which the corpus's sources (all of late 2025) stand nearest March 17; another source writes out
// "The negotiations were formally launched on 16 March 2025", the day before the wire's, of what its
// lead tells. A wire files the day after what it tells as often as the same day.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('engine: a wire dated by the day before, told in full elsewhere', () => {
  const round = roundCorpus('../probe-rounds/r1015');

  test('the wire takes the year of the day before it', () => {
    assert.strictEqual(round.dateOf('nz-fta-launch.txt'), '2025-03-17');
  });

  test('and a year slip of the launch is warned', () => {
    assert.deepStrictEqual(round.warnings("- Piyush Goyal and Todd McClay announced the launch of FTA negotiations on 16 March 2024, at the start of Christopher Luxon's visit to India."), ['date-conflict 16 March 2024']);
  });
});
