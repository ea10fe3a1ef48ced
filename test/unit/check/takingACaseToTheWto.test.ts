// Round 484. "Beijing took the provisional measures to WTO dispute settlement in September 2024" was
// left alone against "Beijing … filing a request for consultations on 9 August": a source's request
// dates the asking, not what was asked for, unless the brief tells the asking too, and taking a case
// to the WTO (or to a court) had not been read as asking.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: taking a case to the WTO is the request that opens it', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'duties.txt': [
      'EU sets final duties on Chinese electric cars',
      '',
      'Published: 2024-10-29 18:40 CET',
      '',
      'Beijing has already challenged the provisional duties on electric cars at the World Trade Organization, filing a request for consultations on 9 August.',
    ],
  });

  test('the case put a month late is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Beijing took the provisional duties on electric cars to WTO dispute settlement in September 2024.'), ['date-conflict September 2024 -> 2024-08-09']);
  });

  test('the first consultations held later are still not dated by the request', () => {
    assert.deepStrictEqual(corpus.warnings('Beijing and Brussels held their first consultations on the provisional duties on electric cars in September 2024.'), []);
  });
});
