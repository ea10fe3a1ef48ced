// Round 643 (held out, measured first). "The threatened duty was pegged to start on 1 November" was
// flagged against "Trump threatened the extra 100% duty after Beijing's Commerce Ministry announced,
// on Oct. 9, that it would require licences …": the date is the day of the clause of time it stands
// in (Beijing's announcement), while the brief's words stand in the main clause before it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a date in a clause of time is that clause’s act', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'threat.txt': [
      'Talks resume after tariff threat',
      '',
      'KUALA LUMPUR, Oct 26, 2025 (Wire) - Trump threatened the extra 100% duty after Beijing\'s Commerce Ministry announced, on Oct. 9, that it would require licences for products containing Chinese rare earths.',
    ],
  });

  test('the main clause’s act is not dated by the clause of time', () => {
    assert.deepStrictEqual(corpus.warnings('The threatened 100% duty was pegged to start on 1 November 2025.'), []);
  });

  test('the act of the clause of time still is', () => {
    assert.deepStrictEqual(corpus.warnings("Beijing's Commerce Ministry announced the licence requirement for rare earths on October 10, 2025."), ['date-conflict October 10, 2025 -> 2025-10-09']);
  });
});
