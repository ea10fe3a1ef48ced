// Round 831 (held out, measured first). "The 15% car rate applies to vehicles and parts entered from
// September 1" against "entered for consumption, or withdrawn from warehouse for consumption, on or
// after 12:01 a.m. on August 1, 2025": "withdrawn from warehouse" is a customs term, not an undoing,
// and the brief's "from" bounds its goods as the source's "on or after" does.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: goods entered from a day', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'notice.txt': [
      'WASHINGTON, Sept 25, 2025 (Wire) - The United States cut its tariff on European cars to 15%, backdated to August 1.',
      '',
      'The lower rate covers passenger vehicles and car parts from the EU that were entered for consumption, or withdrawn from warehouse for consumption, on or after 12:01 a.m. on August 1, 2025.',
    ],
  });

  test('a later start for the same goods is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- The 15% car rate applies to EU passenger vehicles and car parts entered from September 1, 2025.'), ['date-conflict September 1, 2025 -> 2025-08-01']);
  });

  test('the right start is not', () => {
    assert.deepStrictEqual(corpus.warnings('- The 15% car rate applies to EU passenger vehicles and car parts entered from August 1, 2025.'), []);
  });
});
