// Round 865 (held out, measured first; a miss). "Nigeria Customs started applying AfCFTA preferential
// tariff rates on 21 January 2025" was never held to "The Nigeria Customs Service began applying
// preferential rates … on Monday, 3 February 2025": the brief's actor read as Nigeria, the source's
// as the service, and the two as different actors. A body whose name opens with a country's acts
// for that country.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: a country's own body", () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'abuja.txt': [
      'ABUJA, Feb 4, 2025 (Wire) - Nigeria moved on Monday to put its continental trade commitments into practice.',
      '',
      "The Nigeria Customs Service began applying preferential rates under the country's Provisional Schedule of Tariff Concessions on Monday, 3 February 2025.",
    ],
  });

  test('the country and its service are one actor', () => {
    assert.deepStrictEqual(corpus.warnings('- Nigeria Customs started applying AfCFTA preferential tariff rates on 21 January 2025.'), ['date-conflict 21 January 2025 -> 2025-02-03']);
  });

  test('the right day is not a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- Nigeria Customs started applying AfCFTA preferential tariff rates on 3 February 2025.'), []);
  });
});
