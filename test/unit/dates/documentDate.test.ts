import * as assert from 'assert';
import { findDateline, findItemDatelines, findSignatureDate, inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';
import { addDays, isoWeekOf, weekdayOf, daysInMonth, isoWeekStart, isoOfDayNumber } from '../../../src/core/dates/calendar';
import { rangeOfValue } from '../../../src/core/dates/values';
import { describeValue, formatDate } from '../../../src/core/dates/format';

suite('dates: datelines', () => {
  test('Chinese label with timestamp', () => {
    const text = 'Ministry approves permits\n\n發佈日期: 2025-06-13 21:08\nTVB News\nBody text.';
    const d = findDateline(text)!;
    assert.deepStrictEqual([d.date, d.time, d.line], ['2025-06-13', '21:08', 2]);
    assert.strictEqual(text.slice(d.start, d.end), '發佈日期: 2025-06-13 21:08');
  });
  test('English labels', () => {
    assert.strictEqual(findDateline('Title\nPublished: 3 June 2025\nBody')!.date, '2025-06-03');
    // Round 1333: a union's press release was dated by its body's days (2026) instead.
    assert.strictEqual(findDateline('UNION LOCAL 2251\nNEWS RELEASE\nFor immediate release - November 28, 2025\n\nBody')!.date, '2025-11-28');
    const u = findDateline('Title\nUpdated June 3, 2025 8:54 PM\nBody')!;
    assert.deepStrictEqual([u.date, u.time], ['2025-06-03', '20:54']);
  });
  test("an agency's line of fields: source, date and time, editor", () => {
    const x = findDateline('China, US hold talks\nSource: Xinhua| 2025-06-13 21:08:10|Editor: huaxia\nBody.')!;
    assert.deepStrictEqual([x.date, x.time], ['2025-06-13', '21:08']);
    assert.strictEqual(findDateline('Headline\nXinhua | Updated: 2025-06-13 21:08\nBody.')!.date, '2025-06-13');
    // A cited document's date is not the article's.
    assert.strictEqual(findDateline('Headline\nSource: Ministry of Commerce, 2025-06-10\nBody.'), null);
    assert.strictEqual(findDateline('Headline\nDeadline: June 13, 2025\nBody.'), null);
  });
  test('scraped date lines: slashes, an edition, "Written by"', () => {
    const d = findDateline('Headline\nJUNE 13, 2025 / 9:21 AM / UPDATED 2 HOURS AGO\nBody.')!;
    assert.deepStrictEqual([d.date, d.time], ['2025-06-13', '09:21']);
    assert.strictEqual(findDateline('Headline\nFriday 13 June 2025 09:21, UK\nBody.')!.date, '2025-06-13');
    assert.strictEqual(findDateline('Headline\nWritten by Jane Doe on June 13, 2025\nBody.')!.date, '2025-06-13');
    assert.strictEqual(findDateline('Headline\nTalks resumed on June 13, 2025 in London\nBody.'), null);
  });
  test('a title ending with its date in brackets, as transcripts have', () => {
    const d = findDateline('Regular Press Conference of the Ministry of Commerce (June 12, 2025)\n\nSpokesperson: Good afternoon.')!;
    assert.deepStrictEqual([d.date, d.line], ['2025-06-12', 0]);
    assert.strictEqual(findDateline('Tariffs to rise (from July 1, 2025)\n\nBody.'), null);
    assert.strictEqual(findDateline('Intro\nMore\nStill more\nA late title (June 12, 2025)\nBody.'), null);
  });
  test('other languages', () => {
    assert.strictEqual(findDateline('T\n发布时间：2025年6月13日 21:08\n')!.date, '2025-06-13');
    assert.strictEqual(findDateline('T\nPublicado: 13 de junio de 2025\n')!.date, '2025-06-13');
    assert.strictEqual(findDateline('T\nPublié le 13 juin 2025 à 10h30\n')!.date, '2025-06-13');
    assert.strictEqual(findDateline('T\nVeröffentlicht am 13. Juni 2025\n')!.date, '2025-06-13');
  });
  test('a press release’s place line', () => {
    const d = findDateline('Washington Imposes Duties on Steel Wire\n\nWashington, D.C. – August 6, 2025\n\nToday, the President signed an order.')!;
    assert.deepStrictEqual([d.date, d.line], ['2025-08-06', 2]);
    assert.strictEqual(findDateline('EU statement\nBrussels, 21 August 2025\nThe Commission said today it welcomed the text.')!.date, '2025-08-21');
    // Prose that opens with a place is no place line.
    assert.strictEqual(findDateline('Title\nIn Geneva the talks ended on June 3, 2025 after two days.'), null);
  });
  test('a stamp that names who compiled the page: "*Compiled by the Markets Desk, November 3, 2025*"', () => {
    assert.strictEqual(findDateline('# Factbox\n\n*Compiled by the Markets Desk, November 3, 2025*\n\n- **Jan. 1, 2026** — A rate rises.')!.date, '2025-11-03');
    assert.strictEqual(findDateline('Levy tracker\nPrepared by Ana Ruiz, 4 June 2025\nThe levy rose.')!.date, '2025-06-04');
  });
  test('"Last updated 20 November 2025" at the end of a short line', () => {
    const d = findDateline('# Tariff tracker\n\nMaintained by the research team. Last updated 20 November 2025.\n\n| Jan 1, 2026 | Planned |')!;
    assert.deepStrictEqual([d.date, d.line], ['2025-11-20', 2]);
    assert.strictEqual(findDateline('Title\nThe report was published on June 3, 2025 by the ministry.\n'), null);
    // A scraped page spaces its separator out: "Live updates ·        Last updated Mon, August 11, …".
    assert.strictEqual(findDateline('Trade live\n      Live updates ·        Last updated Mon, August 11, 2025 at 8:47 PM EDT   \nBody.')!.date, '2025-08-11');
  });
  test('a newsletter’s issue line, and the datelines of its items', () => {
    const text = 'FARM TRADE WEEKLY\nIssue 12 | Friday, August 15, 2025\n\nOSLO, Aug 14 — Norway began charging a levy.\n\nCANBERRA, Aug 8 — A duty took effect today.\n';
    assert.strictEqual(findDateline(text)!.date, '2025-08-15');
    assert.deepStrictEqual(findItemDatelines(text, '2025-08-15').map((d) => [text.slice(d.start, d.end), d.date]), [['OSLO, Aug 14 —', '2025-08-14'], ['CANBERRA, Aug 8 —', '2025-08-08']]);
    // One wire dateline is the article's own, not a digest's.
    assert.deepStrictEqual(findItemDatelines('OSLO, Aug 14 — Norway began charging a levy.\n', '2025-08-15'), []);
  });
  test('what the document is, set off before its date: "**Client Alert | November 12, 2025**"', () => {
    assert.strictEqual(findDateline('Hallam LLP | Insights\n\n# Export controls paused\n\n**Client Alert | November 12, 2025**\n\nBody.')!.date, '2025-11-12');
    assert.strictEqual(findDateline('Title\nPress release — 3 March 2025\nBody.')!.date, '2025-03-03');
    // A table row or a sentence is no such line.
    assert.strictEqual(findDateline('Title\n| Announcement No. 57 | October 9, 2025 |\nBody.'), null);
    assert.strictEqual(findDateline('Title\nThe rules were tightened sharply | October 9, 2025\nBody.'), null);
  });
  test('an outlet and its section before a Chinese date and weekday', () => {
    const d = findDateline('Trump to extend deadline again\nHarbour Cable News | 國際 | 2025年6月18日 星期三 08:05\n字體大小 A A A | 列印\n\nBody.')!;
    assert.deepStrictEqual([d.date, d.line], ['2025-06-18', 1]);
  });
  test('a notice’s signature date at its foot, under the body that issued it', () => {
    const notice = 'Announcement No. 7 of 2025\n\n1. With effect from November 10, 2025, the tariffs cease.\n\nCustoms Tariff Commission of the State Council\n5 November 2025\n\n[Print] [Close]\n';
    const d = findSignatureDate(notice)!;
    assert.strictEqual(d.date, '2025-11-05');
    assert.strictEqual(notice.slice(d.start, d.end), '5 November 2025');
    assert.strictEqual(findSignatureDate('Regulation text.\n\nDone at Brussels, 14 March 2025.\n')!.date, '2025-03-14');
    // A date closing a sentence, or under a line of prose, signs nothing.
    assert.strictEqual(findSignatureDate('The duty rose sharply.\nThe next review is due by the end of the year, officials said\n5 November 2025\n'), null);
    assert.strictEqual(findSignatureDate('The duty takes effect on 5 November 2025.\n'), null);
  });
  test('a timestamp on a line of its own', () => {
    const d = findDateline('Headline here\n2025-06-03 20:54\nBody.')!;
    assert.deepStrictEqual([d.date, d.time, d.line], ['2025-06-03', '20:54', 1]);
  });
  test('no dateline in prose or below line 15', () => {
    assert.strictEqual(findDateline('Talks were held on June 3, 2025 in London between the two sides, officials said.'), null);
    assert.strictEqual(findDateline('x\n'.repeat(20) + 'Published: 3 June 2025\n'), null);
    assert.strictEqual(findDateline(''), null);
  });
});

suite('dates: inferred document date', () => {
  test('latest explicit past date', () => {
    const ms = extractDates('Talks began on May 10, 2025. A statement followed on June 2, 2025. Tariffs will rise on July 9, 2025.', { referenceDate: null });
    const d = inferDocumentDate(ms)!;
    assert.strictEqual(d.date, '2025-06-02');
    assert.match(d.note, /June 2, 2025/);
  });
  test('an end set in advance says nothing of when the text was written', () => {
    const text = 'The truce took effect on May 14, 2025. The pause was rolled forward to November 10, 2026, and the fees are suspended until November 9, 2026.';
    assert.strictEqual(inferDocumentDate(extractDates(text, { referenceDate: null }), text)!.date, '2025-05-14');
    const only = 'The suspension is extended to November 10, 2026.';
    assert.strictEqual(inferDocumentDate(extractDates(only, { referenceDate: null }), only), null);
  });
  test('a filing deadline ("applied for authorisation by 31 March 2026") does not date the text either', () => {
    const text = 'Parliament endorsed the text on 10 September 2025. Importers who have applied for authorisation by 31 March 2026 may keep importing; returns are due no later than 30 September 2027.';
    assert.strictEqual(inferDocumentDate(extractDates(text, { referenceDate: null }), text)!.date, '2025-09-10');
  });
  test('a schedule\'s step ("rises to 60 euros from July 1, 2026"), and a day set ahead once, stay ahead wherever they stand', () => {
    const text = 'Duties on grain have applied since July 1, 2024. Fertilisers pay 40 euros per tonne until June 30, 2026; the charge rises to 60 euros from July 1, 2026. If imports exceed 2.7 million tonnes before June 30, 2026, a higher rate applies.';
    assert.strictEqual(inferDocumentDate(extractDates(text, { referenceDate: null }), text)!.date, '2024-07-01');
  });
  test('null without dated mentions', () => {
    assert.strictEqual(inferDocumentDate(extractDates('It happened on May 12 and last week.', { referenceDate: null })), null);
    assert.strictEqual(inferDocumentDate([]), null);
  });
});

suite('dates: calendar and values', () => {
  test('calendar basics', () => {
    assert.strictEqual(addDays('2024-02-28', 1), '2024-02-29');
    assert.strictEqual(addDays('2025-01-01', -1), '2024-12-31');
    assert.strictEqual(weekdayOf(2025, 6, 13), 5);
    assert.deepStrictEqual(isoWeekOf(2025, 6, 13), { year: 2025, week: 24 });
    assert.deepStrictEqual(isoWeekOf(2024, 12, 30), { year: 2025, week: 1 });
    assert.deepStrictEqual(isoWeekOf(2021, 1, 3), { year: 2020, week: 53 });
    assert.strictEqual(daysInMonth(2100, 2), 28);
    assert.strictEqual(isoOfDayNumber(isoWeekStart(2025, 24)), '2025-06-09');
  });
  test('value ranges', () => {
    assert.deepStrictEqual(rangeOfValue('2025-W24'), { from: '2025-06-09', to: '2025-06-15' });
    assert.deepStrictEqual(rangeOfValue('2025-05', 'END'), { from: '2025-05-21', to: '2025-05-31' });
    assert.deepStrictEqual(rangeOfValue('2025-Q2'), { from: '2025-04-01', to: '2025-06-30' });
    assert.deepStrictEqual(rangeOfValue('2024-WI'), { from: '2024-12-01', to: '2025-02-28' });
    assert.deepStrictEqual(rangeOfValue('199'), { from: '1990-01-01', to: '1999-12-31' });
    assert.strictEqual(rangeOfValue('P3D'), undefined);
  });
});

suite('dates: formatting', () => {
  test('formatDate styles', () => {
    assert.strictEqual(formatDate('2025-05-12', 'D MMMM YYYY'), '12 May 2025');
    assert.strictEqual(formatDate('2025-05-12', 'MMMM D, YYYY'), 'May 12, 2025');
    assert.strictEqual(formatDate('2025-05-12T10:00', 'YYYY-MM-DD'), '2025-05-12');
    assert.strictEqual(formatDate('nonsense', 'D MMMM YYYY'), 'nonsense');
  });
  test('describeValue phrases', () => {
    const d = (t: string, span: string) => describeValue(extractDates(t, { referenceDate: '2025-06-13' }).find((m) => m.text === span)!);
    assert.strictEqual(d('On May 12 it ended.', 'May 12'), '12 May 2025');
    assert.strictEqual(d('In early May it ended.', 'early May'), 'early May 2025');
    assert.strictEqual(d('It ended this week.', 'this week'), 'week of 9 June 2025');
    assert.strictEqual(d('Held June 9-10.', 'June 9-10'), '9–10 June 2025');
    assert.strictEqual(d('It lasted three years.', 'three years'), '3 years');
    assert.strictEqual(d('Profit fell in the second quarter.', 'the second quarter'), 'Q2 2025');
  });
});

// Round 342: an undated analysis whose latest full date is a target ("The target of entry into force
// on Jan. 1, 2027 leaves little room") was dated that day; a target is ahead of the page.
suite('dates: a planned entry into force is no page date', () => {
  test('"the target of entry into force on Jan. 1, 2027" does not date the page', () => {
    const text = 'The deal was signed in Bali on Sept. 23, 2025. The target of entry into force on Jan. 1, 2027 leaves little room for slippage.';
    assert.strictEqual(inferDocumentDate(extractDates(text, { referenceDate: null }), text)!.date, '2025-09-23');
  });

  test('an entry into force told as past still dates it', () => {
    const text = 'The deal was signed on Sept. 23, 2025. Its entry into force on Jan. 1, 2026 went smoothly.';
    assert.strictEqual(inferDocumentDate(extractDates(text, { referenceDate: null }), text)!.date, '2026-01-01');
  });
});
