// Round 163: a yearless wire dateline whose text gives only full dates ahead ("ships report from
// Jan. 1, 2028") is not filed in the year nearest them: the lead's weekday picks the year. Round 114:
// "next Wednesday, Nov. 12" is 12 November, the date written beside it. Round 164: a live blog's
// "Last update:" stamp dates it, and "5%. Late on Wednesday" starts a sentence of its own. Round
// 167: a page whose full dates all look ahead is dated by the latest day it tells of. Rounds 178 and
// 182: a row or entry whose head gives its year dates the yearless days and clock times in it.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';
import { extractDates } from '../../../src/core/dates/extract';

suite('corpus: a yearless wire dateline before a schedule', () => {
  const dated = (text: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;

  test('"Oct 17" with a lead "on Friday" and only dates ahead is 17 October 2025, a dateline', () => {
    const text = [
      'Shipping carbon price put off',
      '',
      'LONDON, Oct 17 (Wire) - Member states voted on Friday to put off for a year the adoption of a carbon price for ships.',
      'The EU has charged shipping under its own scheme since January 2024.',
      'Had the rules been adopted, ships would have reported from Jan. 1, 2028; talks resume in October 2026.',
    ].join('\n');
    assert.deepStrictEqual([dated(text).date, dated(text).dateSource], ['2025-10-17', 'dateline']);
  });

  test('with no weekday in the lead, the year is still the one nearest the schedule', () => {
    const text = ['Shipping carbon price put off', '', 'LONDON, Oct 17 (Wire) - Member states put off for a year the adoption of a carbon price for ships.', 'Ships would have reported from Jan. 1, 2028.'].join('\n');
    assert.strictEqual(dated(text).date, '2027-10-17');
  });
});

suite('dates: a weekday dated at once by the text', () => {
  const on = (text: string) => extractDates(text, { referenceDate: '2025-11-04' }).map((m) => `${m.text}=${m.value}`);

  test('"next Wednesday, Nov. 12" on Tuesday 4 November is 12 November', () => {
    assert.deepStrictEqual(on('The ministry will brief senators next Wednesday, Nov. 12.'), ['next Wednesday=2025-11-12', 'Nov. 12=2025-11-12']);
  });

  test('"this Friday (14 November)" is 14 November', () => {
    assert.deepStrictEqual(on('The panel meets this Friday (14 November).'), ['this Friday=2025-11-14', '14 November=2025-11-14']);
  });

  test('a date beside it on another weekday leaves the weekday as counted', () => {
    assert.deepStrictEqual(on('The panel meets next Wednesday, Nov. 13.'), ['next Wednesday=2025-11-05', 'Nov. 13=2025-11-13']);
  });
});

suite('corpus: a live blog’s "Last update" stamp dates it', () => {
  test('"**Last update: Saturday 20 December 2025, 18:05**" dates the page, not the later links under it', () => {
    const text = [
      '# LIVE: leaders meet at the border',
      '',
      '**Last update: Saturday 20 December 2025, 18:05 (local time)**',
      '',
      '**18:05** – The summit closes without the signing.',
      '',
      'Related:',
      '- Ministers back the signature (09/01/2026)',
      '- The deal is signed at last (17/01/2026)',
    ].join('\n');
    const doc = parseArticle('/corpus', '/corpus/live.md', Buffer.from(text, 'utf8')).doc!;
    assert.deepStrictEqual([doc.date, doc.dateSource], ['2025-12-20', 'dateline']);
  });
});

suite('dates: a sentence that ends on a figure ends there', () => {
  test('"… from 10% to 5%. Late on Wednesday, negotiators struck a deal" is the Wednesday before, not the next', () => {
    const text = 'MEPs backed a rule that would cut the trigger from 10% to 5%. Late on Wednesday, negotiators struck a provisional deal.';
    assert.deepStrictEqual(extractDates(text, { referenceDate: '2025-12-18' }).map((m) => `${m.text}=${m.value}`), ['Wednesday=2025-12-17']);
  });
});

suite('corpus: a yearless wire before the one day it looks ahead to', () => {
  const dated = (text: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;

  // Round 1342: "WASHINGTON, July 31" over a repeal "with effect from July 1, 2027" was put in 2027,
  // the year nearest that day, though a wire that looks ahead to a day comes before it.
  test('is filed no later than that day', () => {
    const text = [
      'US ends duty-free parcels for all countries',
      '',
      'WASHINGTON, July 31 (Wire) - The United States will stop letting low-value parcels enter free of duty, after the president signed an order late on Wednesday.',
      '',
      'A law signed earlier repeals the exemption with effect from July 1, 2027.',
    ].join('\n');
    assert.ok(dated(text).date! < '2027-07-01', dated(text).date!);
  });
});

suite('corpus: a page whose full dates all look ahead', () => {
  const doc = (text: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;

  test('is dated by the latest day it tells of, not by its schedule', () => {
    const text = [
      'Ranchers cry foul over beef quota',
      'American cattle groups stepped up their criticism of the new beef quota, the Ledger reports.',
      'The framework announced on November 13 lifts the quota for Argentine beef to 80,000 tonnes, starting on January 1, 2026.',
      'A day later, on November 14, the president signed an order removing tariffs on beef and coffee.',
      'The cattlemen said on Friday evening that the order did nothing for consumers.',
    ].join('\n');
    assert.deepStrictEqual([doc(text).date, doc(text).dateSource], ['2025-11-14', 'inferred']);
  });

  test('with no day it tells of, the schedule’s first day still bounds it', () => {
    const text = ['Quota to rise', 'The quota for Argentine beef rises to 80,000 tonnes, starting on January 1, 2026.'].join('\n');
    assert.strictEqual(doc(text).date, '2026-01-01');
  });
});

suite('dates: a weekday in brackets after its date', () => {
  test('"22 May 2025 (Thursday)" is 22 May, not the Thursday of the tour table above it', () => {
    const text = ['| Thu 15 May | Abu Dhabi | Campus unveiled |', '| Fri 16 May | Abu Dhabi | Trump leaves the region |', '', '## After the tour', '', '- **22 May 2025 (Thursday):** the partners announce the cluster.'].join('\n');
    const on = extractDates(text, { referenceDate: '2025-11-20' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(on.slice(2), ['22 May 2025=2025-05-22', 'Thursday=2025-05-22']);
  });

  test('"2025-07-31 (Wednesday)", a weekday that does not fall on it, is carried by the date to be checked', () => {
    const [m, ...rest] = extractDates('- 2025-07-31 (Wednesday): the deal is announced.', { referenceDate: null });
    assert.deepStrictEqual([m.text, m.value, m.weekday, rest.length], ['2025-07-31', '2025-07-31', 3, 0]);
  });
});

suite('dates: a row whose head gives its year', () => {
  test('"| Thu 6 Mar 2025 | … exempting goods until 2 April |" in a page of December is 2 April 2025', () => {
    const text = ['| Date | Step |', '|---|---|', '| Thu 6 Mar 2025 | After a second call, an order exempts USMCA goods until 2 April. |'].join('\n');
    const on = extractDates(text, { referenceDate: '2025-12-15' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(on, ['Thu 6 Mar 2025=2025-03-06', '2 April=2025-04-02']);
  });

  test('a clock time in a row opened by "Oct. 14, 2025 (Tue.)" is on that day, not the page’s', () => {
    const text = ['| Date | Step |', '|---|---|', '| Oct. 14, 2025 (Tue.) | Tariffs take effect at 12:01 a.m. EDT |'].join('\n');
    const on = extractDates(text, { referenceDate: '2025-10-15' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(on, ['Oct. 14, 2025=2025-10-14', '12:01 a.m. EDT=2025-10-14T00:01']);
  });

  test('"- **8 October 2025** – … due by 3 November" is 3 November 2025', () => {
    const on = extractDates('- **8 October 2025** – Airbus reports, with deliveries due by 3 November.', { referenceDate: '2026-02-01' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(on, ['8 October 2025=2025-10-08', '3 November=2025-11-03']);
  });
});
