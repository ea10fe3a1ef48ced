// Round 264. "Ankara lost its place in the F-35 programme in July 2019" is not contradicted by an
// undated page's "the 15% tariff that has applied to Turkish goods since August 7, as well as a path
// back into the F-35 programme": a yearless date is read in the brief's year only near the year the
// sources speak of, not six years before it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: yearless source dates and briefs about history', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'boeing.md': [
      '# Turkish Airlines orders Boeing jets',
      '',
      'The order lands as Ankara seeks relief from the 15% reciprocal tariff that has applied to Turkish goods since August 7, as well as a path back into the F-35 fighter programme.',
    ],
  });

  test('a date of 2019 is not held to a yearless August 7 of a page about now', () => {
    assert.deepStrictEqual(corpus.warnings('Ankara lost its place in the F-35 programme in July 2019.'), []);
  });

  test('a date of the sources’ own year is still held to it', () => {
    assert.deepStrictEqual(corpus.warnings('The 15% reciprocal tariff has applied to Turkish goods since August 1, 2025.'), ['date-conflict August 1, 2025 -> 2025-08-07']);
  });
});
