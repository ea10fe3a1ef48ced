// Round 625. "Parliament's treaties committee endorsed ratification in September 2022" was told the
// sources date it to 22 November: "The Australian Parliament had cleared the enabling legislation
// last week, on November 22, after the Joint Standing Committee on Treaties recommended
// ratification". The day is the chamber's; the committee's act came before it, on a day the source
// does not give.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a committee that acted before its chamber', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'pact.txt': ['Pact to enter into force next month', '', 'Published: 2025-11-29 21:05', '', 'The Australian Parliament had cleared the enabling legislation last week, on November 22, after the Joint Standing Committee on Treaties recommended ratification.'],
  });

  test('the committee is not dated by the chamber’s day', () => {
    assert.deepStrictEqual(corpus.warnings('Parliament’s treaties committee endorsed ratification in September 2025.'), []);
  });

  test('the chamber still is', () => {
    const warnings = corpus.warnings('The Australian Parliament cleared the enabling legislation on November 25, 2025.');
    assert.deepStrictEqual(warnings.map((w) => w.split(' -> ')[0]), ['date-conflict November 25, 2025']);
  });
});
