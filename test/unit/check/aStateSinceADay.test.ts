// Round 710. "Provisional security deposits … were unveiled on Tuesday, October 8, 2024" was flagged
// against "the security deposits that Chinese customs have been collecting on brandy imports since
// 11 October 2024": the day a state began ("collecting … since") is not the day it was announced.
// "collected since" was known; "collecting since" was not.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the day a state began is not the day it was announced', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'wto.txt': [
      'EU takes brandy deposits to the WTO',
      '',
      'Published: 2024-11-25 17:40 CET',
      '',
      'The request concerns the security deposits that Chinese customs have been collecting on brandy imports since 11 October 2024.',
    ],
  });

  test('the unveiling is not dated by the first day of collection', () => {
    assert.deepStrictEqual(corpus.warnings('Provisional security deposits on brandy imports were unveiled on Tuesday, October 8, 2024.'), []);
  });

  test('the first day of collection is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Chinese customs began collecting security deposits on brandy imports on 12 October 2024.'), ['date-conflict 12 October 2024 -> 2024-10-11']);
  });
});
