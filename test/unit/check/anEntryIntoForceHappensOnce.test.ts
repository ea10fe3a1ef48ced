// Rounds 779 and 810 (kept; misses until now). "For comparison, the EU–New Zealand FTA entered into
// force on 9 July 2023" (its signing day) against "The EU-New Zealand agreement, signed on 9 July
// 2023, entered into force on 1 May 2024": ten months apart, past the two months beyond which two
// dates are read as two occurrences. A named agreement enters into force once, so when the brief and
// the source both say "entered into force" of the same names and tell of no second time, the gap
// does not set them apart. ("FTA" is the source's "agreement".)
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an entry into force happens once', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'wellington.txt': [
      'WELLINGTON, May 2, 2024 (Wire) - New Zealand exporters welcomed lower tariffs in Europe on Thursday.',
      '',
      'The EU-New Zealand agreement, signed on 9 July 2023, entered into force on 1 May 2024, giving Wellington preferential access for kiwifruit and wine.',
    ],
  });

  test('the signing day given as the entry into force is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- For comparison, the EU–New Zealand FTA entered into force on 9 July 2023.'), ['date-conflict 9 July 2023 -> 2024-05-01']);
  });

  test('the right day is not', () => {
    assert.deepStrictEqual(corpus.warnings('- For comparison, the EU–New Zealand FTA entered into force on 1 May 2024.'), []);
  });

  test('another agreement is not held to it', () => {
    assert.deepStrictEqual(corpus.warnings('- For comparison, the EU–Chile agreement entered into force on 1 February 2025.'), []);
  });
});
