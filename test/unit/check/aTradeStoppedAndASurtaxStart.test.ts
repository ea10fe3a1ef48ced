// Round 1334 (held out, measured first). "China halted all Japanese seafood imports on 24 August 2024, the
// day Tokyo began discharging treated water" was left alone against "China banned all seafood from
// Japan on Aug. 24, 2023": "halted" was read as a measure undone, as in "halted the fees". Stopping a
// trade is a ban. (Round 944 had the same.)
// Round 1333. "A separate 25% surtax on steel … will start a day earlier, on July 31" was taken for a
// plan that may move, not a measure's set start: "will start" was no start word and "surtax" no
// measure.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: trade stopped, and a surtax’s set start', () => {
  const r1334 = roundCorpus('../probe-rounds/r1334');
  const r1333 = roundCorpus('../probe-rounds/r1333');

  test('"halted all Japanese seafood imports" is the ban', () => {
    assert.deepStrictEqual(r1334.suggested('- China halted all Japanese seafood imports on 24 August 2024, the day Tokyo began discharging treated water from Fukushima Daiichi.'), ['date-conflict 24 August 2024 -> 2023-08-24']);
  });

  test('"will start … on July 31" is the surtax’s start', () => {
    assert.deepStrictEqual(r1333.suggested('- The 25% surtax on steel melted and poured in China took effect on August 1, 2025.'), ['date-conflict August 1, 2025 -> 2025-07-31']);
  });
});
