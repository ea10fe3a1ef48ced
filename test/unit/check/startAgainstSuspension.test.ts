// Round 375: "Only the 10% baseline, applied from Saturday, 5 April, survived the 90-day pause" was
// held to "| 9 April 2025 | Pause | Country-specific rates suspended for 90 days; the 10% baseline
// stays |": a start the brief tells is not the suspension its source's clause tells. (A stop the
// brief tells in other words, "were cut off on", is still answered by a halt.) A guard only: this
// small corpus does not reproduce the warning on the build before.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a start against a suspension', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Reciprocal tariffs, step by step',
      'Updated 1 August 2025',
      '',
      '| Date | Step | Detail |',
      '|---|---|---|',
      '| 2 April 2025 | Announcement | President Trump unveils reciprocal tariffs; Switzerland is assigned 31% |',
      '| 5 April 2025 | Baseline in force | A 10% across-the-board duty starts to apply to Swiss goods |',
      '| 9 April 2025 | Pause | Country-specific rates suspended for 90 days; the 10% baseline stays |',
      '| 26 Oct 2025 | Wafer shipments to the Dongguan plant halted | Nexperia |',
    ],
    ...RATE_NEWS,
  });

  test('the baseline’s start is not dated by the pause', () => {
    assert.deepStrictEqual(corpus.warnings('- Only the 10% baseline, applied from Saturday, 5 April, survived the 90-day pause.'), []);
  });

  test('a halt told as "cut off" is still answered by the halt', () => {
    assert.deepStrictEqual(corpus.warnings('- Wafer deliveries to the Dongguan plant were cut off on 29 October 2025.'), ['date-conflict 29 October 2025 -> 2025-10-26']);
  });
});
