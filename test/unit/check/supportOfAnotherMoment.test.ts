// Round 331: "The steel and aluminium proclamations were signed on 12 March" was borne out by the
// tariffs' start on March 12, though a source dated the signing to Feb. 10. A source that dates
// another moment of the measure (its start, against the brief's signing, or the other way) does not
// agree with the brief's day.
// A guard only: this small corpus warns on the build before as well (there the start outscored the
// signing row).
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: agreement by another moment of the measure', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Metal tariffs, step by step',
      'Updated 20 March 2025',
      '',
      '| Date | Step | Who |',
      '|---|---|---|',
      '| Feb. 10, 2025 | Steel and aluminum proclamations signed, 25% from March 12 | Trump |',
      '| Mar. 12, 2025 | Steel and aluminum tariffs take effect | Customs |',
    ],
    ...RATE_NEWS,
  });

  test('a signing on the start’s day is not borne out by the start', () => {
    assert.deepStrictEqual(corpus.warnings('- The steel and aluminum proclamations were signed on 12 March 2025.'), ['date-conflict 12 March 2025 -> 2025-02-10']);
  });

  test('the start on its own day is', () => {
    assert.deepStrictEqual(corpus.warnings('- The steel and aluminum tariffs took effect on 12 March 2025.'), []);
  });
});
