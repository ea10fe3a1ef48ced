// Round 476. An Indonesian site's stamp "3 July 2024 | 16:20 WIB" under its section line was not
// read as the page's date (WIB, Western Indonesian Time, was no zone the stamp reader knew), so the
// page was dated only by inference and its "in March last year" was not firm about the year.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (stamp: string) => {
  const text = ['Battery plant opens in West Java', '', 'NATIONAL NEWS  >  ECONOMY', '', stamp, '', 'KARAWANG - The president on Wednesday opened the first battery cell factory in the country, built with Korean partners.'].join('\n');
  const doc = parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;
  return [doc.date, doc.dateSource];
};

suite('corpus: stamps with local time zones', () => {
  for (const zone of ['WIB', 'ICT', 'PHT', 'MYT', 'AEST', 'MSK']) {
    test(`"3 July 2024 | 16:20 ${zone}" dates the page`, () => {
      assert.deepStrictEqual(dated(`3 July 2024 | 16:20 ${zone}`), ['2024-07-03', 'dateline']);
    });
  }

  test('a stamp with words after it that are no zone is not a dateline', () => {
    assert.notDeepStrictEqual(dated('3 July 2024 | 16:20 the plant was approved'), ['2024-07-03', 'dateline']);
  });
});
