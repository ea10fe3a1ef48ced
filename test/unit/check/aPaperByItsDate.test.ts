// Round 776 (read after it was measured): "The Geneva joint statement of 12 May 2024 set out a 90-day
// pause" was not held to "After the Geneva joint statement of May 12, Washington had expected magnet
// shipments to resume quickly": both dates name one paper, whatever else each sentence says stopped
// or resumed.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a paper named by its date', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'london.txt': ['Talks in London', '', 'LONDON, June 11, 2025 (Wire) - After the Geneva joint statement of May 12, Washington had expected magnet shipments to resume quickly.'],
  });

  test('a year slip in the statement’s date is found', () => {
    assert.deepStrictEqual(corpus.warnings('- The Geneva joint statement of 12 May 2024 set out a 90-day pause in the tariff escalation.'), ['date-conflict 12 May 2024 -> 2025-05-12']);
  });

  test('its right date is not', () => {
    assert.deepStrictEqual(corpus.warnings('- The Geneva joint statement of 12 May 2025 set out a 90-day pause in the tariff escalation.'), []);
  });
});
