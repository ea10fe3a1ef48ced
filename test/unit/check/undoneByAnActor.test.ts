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
