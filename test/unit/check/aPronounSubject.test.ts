// Round 690 (held out): "Jaishankar reached Brussels after attending the EU Indo-Pacific Ministerial
// Forum in Stockholm on May 14, 2023" (wrong: Saturday, May 13) was let pass: in "Jaishankar flew to
// Brussels from Sweden, where he attended the forum in Stockholm on Saturday", the date's clause
// names Sweden first and its actor only as "he". A pronoun subject there is the sentence's subject.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: "where he …" is the sentence’s subject', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'visit.txt': ['India and the EU meet on trade', '', 'BRUSSELS, May 16, 2023 (Wire) - Indian Foreign Minister Subrahmanyam Jaishankar held talks in Brussels on Tuesday.', '', 'Jaishankar flew to Brussels from Sweden, where he attended the EU Indo-Pacific Ministerial Forum in Stockholm on Saturday.'],
  });

  test('the forum’s day is checked', () => {
    assert.deepStrictEqual(corpus.warnings('Jaishankar reached Brussels after attending the EU Indo-Pacific Ministerial Forum in Stockholm on May 14, 2023.'), ['date-conflict May 14, 2023 -> 2023-05-13']);
  });
});
