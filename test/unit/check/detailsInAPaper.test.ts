// Round 491. "Washington and Brussels set out the details of the arrangement in a joint statement
// issued on August 14, 2025" was left alone against "The European Union and the United States on
// Thursday released a joint statement" (2025-08-21): details are a later step than an announcement,
// which a source must name as details; but a brief that says which paper carried them is answered by
// a source that names that paper.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: details a brief puts in a paper', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'statement.txt': [
      'EU and US put their trade framework in writing',
      '',
      'Published: 2025-08-21 17:52 CET',
      '',
      'Washington and Brussels on Thursday released a joint statement setting down the trade arrangement agreed at Turnberry.',
    ],
    'rules.txt': [
      'Canada announces Buy Canadian rules',
      '',
      'Published: 2025-09-16 10:00',
      '',
      'Ottawa announced its Buy Canadian procurement rules on Tuesday.',
    ],
  });

  test('the joint statement put a week early is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Washington and Brussels set out the details of the trade arrangement in a joint statement issued on August 14, 2025.'), ['date-conflict August 14, 2025 -> 2025-08-21']);
  });

  test('details with no paper named are still a later step than the announcement', () => {
    assert.deepStrictEqual(corpus.warnings('Details of the Buy Canadian procurement rules were published on 14 October 2025.'), []);
  });
});
