// Round 262. "| Mar. 6, 2025 | White House exempts USMCA-compliant goods from the 25% tariff |" is
// the day of a carve-out: it answers a brief about the exemption, not "A 25% tariff on Mexican goods
// was announced by the White House on Feb. 1, 2025".
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an exemption is an act of its own', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'timeline.md': [
      '# The tomato dispute: timeline',
      '',
      'Last updated: August 20, 2025',
      '',
      '| Date | Event |',
      '|---|---|',
      '| Mar. 6, 2025 | White House exempts USMCA-compliant goods from the 25% tariff |',
    ],
  });

  test('the announcement of the tariff is not held to the day of its exemption', () => {
    assert.deepStrictEqual(corpus.warnings('A 25% tariff on Mexican goods was announced by the White House on Feb. 1, 2025.'), []);
  });

  test('the exemption itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The White House exempted USMCA-compliant goods from the 25% tariff on March 8, 2025.'), ['date-conflict March 8, 2025 -> 2025-03-06']);
  });
});
