// A brief sentence that cites two dates ("reported on August 7 that exports fell in July"): a
// source dating one of them says nothing against the other.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a date cited beside the source’s own', () => {
  const corpus = tempCorpus({
    'exports.txt': [
      'Exports slump',
      'BEIJING, Aug. 7, 2025 -',
      "China's exports to the United States fell for a fourth straight month in July, customs data showed.",
    ],
    'ports.txt': PORT_NEWS,
  });

  test('the report day is not contradicted by the month the report was about', () => {
    assert.deepStrictEqual(corpus.warnings("Customs data on August 8, 2025 showed China's exports to the United States fell in July."), []);
  });

  test('the month itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("Customs data showed China's exports to the United States fell for a fourth straight month in June 2025."), ['date-conflict June 2025 -> 2025-07']);
  });
});
