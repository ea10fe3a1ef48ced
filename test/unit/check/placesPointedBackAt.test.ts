// Round 203: "Two days of talks open in London (June 9-10) on implementing Geneva" names Geneva only
// as what is pointed back at; it is no venue of those talks, so it does not date a brief's joint
// statement "issued on May 12 … after two days of talks in Geneva".
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a place only pointed back at', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'timeline.md': [
      '# Rare earths: a timeline',
      '',
      'Last updated: 2025-10-20',
      '',
      '| Date | Who | Step |',
      '|---|---|---|',
      '| 2025-06-09 | U.S. and China | Two days of talks open in London (June 9-10) on implementing Geneva, with rare-earth licences at the centre |',
    ],
  });

  test('"a joint statement issued on May 12 followed two days of talks in Geneva" gets no warning from the London talks', () => {
    assert.deepStrictEqual(corpus.warnings('A joint statement issued on May 12, 2025 followed two days of US-China talks in Geneva.'), []);
  });

  test('the London talks put on June 12 are still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Two days of US-China talks opened in London on June 12, 2025, with rare-earth licences at the centre.'), ['date-conflict June 12, 2025 -> 2025-06-09']);
  });
});
