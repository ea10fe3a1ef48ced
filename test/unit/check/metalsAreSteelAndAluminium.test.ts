// Round 718. "The metals counter-tariffs that survived the rollback have applied since March 13,
// 2025" was flagged against "the counter-tariffs on U.S.-built vehicles that took effect last
// Wednesday": "metals" are steel and aluminium, not vehicles.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: metals are steel and aluminium', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'autos.txt': ['Ottawa eases auto counter-tariffs', '', 'Published: 2025-04-16 08:45', '', 'The framework applies to the counter-tariffs on U.S.-built vehicles that took effect last Wednesday.'],
    'steel.txt': ['Ottawa hits back on steel', '', 'OTTAWA, March 14, 2025 (Wire) - Canada’s counter-tariffs on U.S. steel and aluminum took effect on March 13.'],
  });

  test('the metals counter-tariffs are not dated by the vehicles’', () => {
    assert.deepStrictEqual(corpus.warnings('The metals counter-tariffs have applied since March 13, 2025.'), []);
  });

  test('the vehicles’ are still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The counter-tariffs on U.S.-built vehicles took effect on April 10, 2025.'), ['date-conflict April 10, 2025 -> 2025-04-09']);
  });
});
