// Round 364: "The ministry froze the whole control package on 7 November" was held to a timeline row
// "| 9 Oct 2025 | MOFCOM control package | Lithium battery and graphite anode controls |": an undoing
// done by someone ("froze", "suspended", "lifted the …") is not dated by a source that tells no undoing.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: an undoing told in the active voice', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# The truce, step by step',
      'Updated 20 November 2025',
      '',
      '| Date | Step | Detail |',
      '|---|---|---|',
      '| 9 Oct 2025 | MOFCOM control package | Lithium battery and graphite anode controls |',
    ],
    ...RATE_NEWS,
  });

  test('"froze the whole control package on 7 November" is not the package’s issue', () => {
    assert.deepStrictEqual(corpus.warnings('MOFCOM froze the whole lithium battery control package on 7 November 2025.'), []);
  });

  test('the package itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('MOFCOM issued its control package on lithium battery and graphite anode controls on 11 October 2025.'), ['date-conflict 11 October 2025 -> 2025-10-09']);
  });
});

// Round 365: "- **Dec. 2-4:** Colombian trade mission in Washington (moved from Nov. 12-14)" gives the
// days the mission was moved away from: "On 1 November the ministry moved the mission back to
// December" is not held to them.
suite('check: the days a thing was moved from', () => {
  const corpus = tempCorpus({
    'brief.md': [
      '# Andean trade brief',
      '',
      '## Monday, 3 November 2025',
      '',
      'The Colombian government has announced a credit line for exporters opening on 4 November and a trade mission to Washington in mid-November.',
      '',
      '### Dates for your diary',
      '',
      '- **Tuesday, 4 Nov:** Bancoldex opens applications for the exporters’ credit line.',
      '- **Dec. 2-4:** Colombian trade mission in Washington (moved from Nov. 12-14).',
    ],
    ...RATE_NEWS,
  });

  test('the move is not dated by the days it left', () => {
    assert.deepStrictEqual(corpus.warnings('On 1 November the trade ministry moved the Washington mission back to December.'), []);
  });

  test('the mission’s new days are still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The Colombian trade mission in Washington takes place on 9-11 December 2025.'), ['date-conflict 9-11 December 2025 -> 2025-12-02']);
  });
});

// Round 695: "Switzerland had already scrapped all of its industrial tariffs on 1 January 2023" was
// left alone against "Switzerland, which already abolished its own tariffs on industrial goods on
// Jan. 1, 2024": abolishing, repealing and dismantling are undoings as scrapping is.
suite('check: an abolition is an undoing', () => {
  const corpus = tempCorpus({
    'swiss.txt': ['Swiss exporters look east', '', 'ZURICH, Aug. 8, 2025 (Wire) - Switzerland, which already abolished its own tariffs on industrial goods on Jan. 1, 2024, hopes the pact with India will open new markets.'],
    ...RATE_NEWS,
  });

  test('the scrapping of the tariffs is the abolition the source dates', () => {
    assert.deepStrictEqual(corpus.warnings('Switzerland had already scrapped all of its industrial tariffs on 1 January 2023.'), ['date-conflict 1 January 2023 -> 2024-01-01']);
  });

  test('a repeal is that abolition too', () => {
    assert.deepStrictEqual(corpus.warnings('Switzerland repealed its industrial tariffs on 1 January 2023.'), ['date-conflict 1 January 2023 -> 2024-01-01']);
  });
});
