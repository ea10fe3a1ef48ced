// Rounds 123-130: the same day and month in another year, for the same event, is a slip of the year
// (a source that gives the day without a year agrees with either, and does not rescue it); a timeline
// table's header gives its rows their year, and its rows, told in the present, are history; a page's
// "· updated 22 November 2025 ·" byline or a "Brasília, 21 November 2025" place line dates it.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';
import { extractDates } from '../../../src/core/dates/extract';
import { tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# The Brazil tariff fight, step by step', '', '*Trade Desk Explained · updated 22 November 2025 · 6 min read*', '', '| Date (2025) | What happened |', '|---|---|', '| 15 July | USTR opens a Section 301 investigation into Brazil over digital trade and ethanol |', '| 11 September | The Supreme Court panel convicts Jair Bolsonaro of plotting a coup |', '| 23 September | Trump and Lula meet briefly at the UN General Assembly |'];

suite('check: a year slip against a source that knows its year', () => {
  const corpus = tempCorpus({
    'timeline.md': TIMELINE,
    // An undated page: its "Sept. 11" agrees with any year and must not rescue the slip.
    'wire.txt': ['Lula answers Washington', '', 'Brazil again rejected the pressure, saying Bolsonaro was convicted on Sept. 11 by an independent court.'],
    'statement.txt': ['Ministry statement', '', 'Brasília, 21 November 2025', '', 'The ministry recalls that the quota for 2025 was fixed on 1 April 2025 for the whole year.'],
  });

  test('"convicted by the Supreme Court on 11 September 2024" is 11 September 2025', () => {
    assert.deepStrictEqual(corpus.warnings('Bolsonaro was convicted by the Supreme Court on 11 September 2024, which kept tempers high.'), ['date-conflict 11 September 2024 -> 2025-09-11']);
  });

  test('the right year gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('Bolsonaro was convicted by the Supreme Court on 11 September 2025.'), []);
  });

  test('a day that opens a quarter recurs every year, so another year there is not called a slip', () => {
    assert.deepStrictEqual(corpus.warnings('The quota for the year was fixed by the ministry on 1 April 2024.'), []);
  });
});

suite('corpus: a timeline table and a page’s byline', () => {
  test('"| Date (2025) |" gives the rows their year, and "opens" in a row is history', () => {
    const doc = parseArticle('/corpus', '/corpus/t.md', Buffer.from(TIMELINE.join('\n'), 'utf8')).doc!;
    assert.strictEqual(doc.date, '2025-11-22');
    assert.strictEqual(doc.dateSource, 'dateline');
    const rows = extractDates(TIMELINE.slice(4).join('\n'), { referenceDate: null }).map((m) => `${m.text}=${m.value}/${m.resolution}`);
    assert.deepStrictEqual(rows, ['2025=2025/explicit', '15 July=2025-07-15/year-in-text', '11 September=2025-09-11/year-in-text', '23 September=2025-09-23/year-in-text']);
  });

  test('without a year in the header, a row opened by its day is read as history, not as next year', () => {
    const table = ['| Date | What happened |', '|---|---|', '| 15 July | USTR opens a Section 301 investigation |', '| 23 September | Trump and Lula meet at the UN |'].join('\n');
    const found = extractDates(table, { referenceDate: '2025-11-22' }).map((m) => `${m.text}=${m.value}${m.future ? ' ahead' : ''}`);
    assert.deepStrictEqual(found, ['15 July=2025-07-15', '23 September=2025-09-23']);
  });

  test('another cell’s date is not given the header’s year', () => {
    const table = ['| Date (2025) | What happened |', '|---|---|', '| 30 December | Rates announced, to apply from 2 January |'].join('\n');
    const found = extractDates(table, { referenceDate: null }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(found, ['2025=2025', '30 December=2025-12-30', '2 January=XXXX-01-02']);
  });

  test('"Brasília, 21 November 2025" on a line of its own dates a statement', () => {
    const text = ['Ministry of Development, Industry and Trade', '*Unofficial English translation*', '', 'Brasília, 21 November 2025', '', 'The ministry welcomes the order signed yesterday.'].join('\n');
    const doc = parseArticle('/corpus', '/corpus/s.md', Buffer.from(text, 'utf8')).doc!;
    assert.deepStrictEqual([doc.date, doc.dateSource], ['2025-11-21', 'dateline']);
  });
});
