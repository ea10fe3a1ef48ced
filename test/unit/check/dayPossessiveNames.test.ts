// Round 361: "In Wednesday's State of the Union speech, Commission President Ursula von der Leyen
// said …" named an organisation "Wednesday's State of the Union", so the brief's "State of the
// Union speech … on 11 September" shared no name with it and went unwarned.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a day’s possessive before a name', () => {
  const corpus = tempCorpus({
    'sotu.txt': ['A speech on digital rules', 'STRASBOURG, September 12, 2025 -', "In Wednesday's State of the Union speech, Commission President Ursula von der Leyen said Europe would set its own digital rules."],
    ...RATE_NEWS,
  });

  test('the speech is the State of the Union, given on the Wednesday', () => {
    assert.deepStrictEqual(corpus.warnings("- Von der Leyen's State of the Union speech was delivered on 11 September 2025."), ['date-conflict 11 September 2025 -> 2025-09-10']);
  });

  test('its own day is not warned', () => {
    assert.deepStrictEqual(corpus.warnings("- Von der Leyen's State of the Union speech was delivered on 10 September 2025."), []);
  });
});
