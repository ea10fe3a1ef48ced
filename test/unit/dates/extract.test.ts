import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import type { DateMention } from '../../../src/core/types';

const REF = '2025-06-13'; // a Friday, ISO week 24

function all(text: string, ref: string | null = REF, defaultYear?: number): DateMention[] {
  return extractDates(text, { referenceDate: ref, defaultYear });
}

/** The one mention whose text is `span` (fails when absent). */
function one(text: string, span: string, ref: string | null = REF, defaultYear?: number): DateMention {
  const found = all(text, ref, defaultYear);
  const m = found.find((x) => x.text === span);
  assert.ok(m, `no mention "${span}" in ${JSON.stringify(found.map((x) => x.text))}`);
  return m!;
}

function values(text: string, ref: string | null = REF): string[] {
  return all(text, ref).map((m) => `${m.text}=${m.value}`);
}

suite('dates: a month told in the past', () => {
  test('"acquired in December", told in October, is last December', () => {
    assert.strictEqual(one('The yard in Philadelphia that Hanwha acquired in December was named in the order.', 'December', '2025-10-14').value, '2024-12');
    // Looking ahead, the coming December.
    assert.strictEqual(one('The rules will apply in December.', 'December', '2025-10-14').value, '2025-12');
  });
});

suite('dates: "that March"', () => {
  test('"that" month is in the year the sentence last named', () => {
    assert.strictEqual(one('The probe was opened in April 2024 after a petition from five unions that March.', 'March', '2025-10-14').value, '2024-03');
    assert.strictEqual(one('The probe was opened in April 2024 after a petition from five unions that March.', 'March', null).value, '2024-03');
  });
});

suite('dates: a table row is history', () => {
  test('a yearless cell in a table row is the past year’s, not next year’s', () => {
    const row = '| China duties on US coal | 10-15% | Feb 4 | Feb 10 |';
    assert.strictEqual(one(row, 'Feb 4', '2025-11-13').value, '2025-02-04');
    // Outside a table, a bare "Feb 4" in a story of mid-November is still read as the nearer one.
    assert.strictEqual(one('Talks resume Feb 4.', 'Feb 4', '2025-11-13').value, '2026-02-04');
  });
});

suite('dates: absolute', () => {
  test('month day forms', () => {
    assert.strictEqual(one('The pact of May 12 held.', 'May 12').value, '2025-05-12');
    assert.strictEqual(one('Rules change Nov. 1 for carriers.', 'Nov. 1').value, '2025-11-01');
    assert.strictEqual(one('It lapses on July 8th unless renewed.', 'July 8th').value, '2025-07-08');
  });
  test('full dates are explicit', () => {
    for (const [s, v] of [
      ['12 May 2025', '2025-05-12'],
      ['May 12, 2025', '2025-05-12'],
      ['June 13th, 2025', '2025-06-13'],
      ['2025-06-13', '2025-06-13'],
      ['3 January 2019', '2019-01-03'],
    ]) {
      const m = one(`The filing of ${s} was late.`, s);
      assert.strictEqual(m.value, v);
      assert.strictEqual(m.resolution, 'explicit');
      assert.strictEqual(m.precision, 'day');
      assert.strictEqual(m.from, v);
      assert.strictEqual(m.to, v);
    }
  });
  test('weekday before a date is part of the span and recorded', () => {
    const text = 'Ministers gathered on Wednesday, June 4 to sign it.';
    const m = one(text, 'Wednesday, June 4');
    assert.strictEqual(m.value, '2025-06-04');
    assert.strictEqual(m.weekday, 3);
    assert.strictEqual(text.slice(m.weekdayStart!, m.weekdayEnd!), 'Wednesday');
  });
  test('ISO timestamp is a TIME', () => {
    const m = one('Filed 2025-06-13 21:08 by staff.', '2025-06-13 21:08');
    assert.strictEqual(m.type, 'TIME');
    assert.strictEqual(m.value, '2025-06-13T21:08');
    assert.strictEqual(m.from, '2025-06-13');
  });
  test('date followed by a clock time merges', () => {
    const m = one('Updated June 3, 2025 8:54 PM by the desk.', 'June 3, 2025 8:54 PM');
    assert.strictEqual(m.value, '2025-06-03T20:54');
  });
  test('a sentence that opens on its year dates its yearless days', () => {
    assert.strictEqual(one('In 2020, the two sides met on February 24 and 25 in Geneva.', 'February 24 and 25').value, '2020-02-24');
    assert.strictEqual(one('Back in early 2018, officials met on June 3 to talk.', 'June 3').value, '2018-06-03');
    // Not what was said on a day, nor where another year comes between, nor in the next sentence.
    assert.strictEqual(one('In 2019, exports fell, the ministry said on March 1.', 'March 1').value, '2025-03-01');
    assert.strictEqual(one('In 2020 and 2021, talks were held on May 4.', 'May 4').value, '2025-05-04');
    assert.strictEqual(one('In 2020, talks stalled. Officials met on May 4.', 'May 4').value, '2025-05-04');
  });
  test('numeric US date', () => assert.strictEqual(one('Signed on 3/14/2012 in Ohio.', '3/14/2012').value, '2012-03-14'));
});

suite('dates: partial and fuzzy', () => {
  test('month and year', () => assert.strictEqual(one('Sales in May 2025 rose.', 'May 2025').value, '2025-05'));
  test('early / mid / late carry the modifier inside the span', () => {
    const e = one('Talks took place in early May in Geneva.', 'early May');
    assert.deepStrictEqual([e.value, e.mod, e.from, e.to], ['2025-05', 'START', '2025-05-01', '2025-05-10']);
    const m = one('A review is planned for mid-June.', 'mid-June');
    assert.deepStrictEqual([m.value, m.mod, m.from, m.to], ['2025-06', 'MID', '2025-06-11', '2025-06-20']);
    // (Its year named from the text's is inside the span, as in "June last year".)
    const l = one('Prices peaked in late September last year.', 'late September last year');
    assert.deepStrictEqual([l.value, l.mod], ['2024-09', 'END']);
  });
  test('preposition stays outside: "in April" → "April"', () => {
    const m = one('Curbs were imposed in April on seven metals.', 'April');
    assert.strictEqual(m.value, '2025-04');
    assert.strictEqual(m.precision, 'month');
  });
  test('years, decades, quarters, halves, seasons', () => {
    assert.strictEqual(one('The firm was founded in 2019.', '2019').value, '2019');
    assert.strictEqual(one('Trade boomed in the 1990s.', 'the 1990s').value, '199');
    assert.strictEqual(one('Profit fell in the second quarter.', 'the second quarter').value, '2025-Q2');
    assert.strictEqual(one('Revenue in the first half of 2024 was flat.', 'the first half of 2024').value, '2024-H1');
    assert.strictEqual(one('Talks may resume this summer.', 'this summer').value, '2025-SU');
    assert.strictEqual(one('Results for Q3 2024 were weak.', 'Q3 2024').value, '2024-Q3');
  });
  test('this / last / next units', () => {
    assert.deepStrictEqual(values('this year, last year, next year'), ['this year=2025', 'last year=2024', 'next year=2026']);
    assert.deepStrictEqual(values('this week, last week, next week'), ['this week=2025-W24', 'last week=2025-W23', 'next week=2025-W25']);
    assert.deepStrictEqual(values('this month, last month, next month'), ['this month=2025-06', 'last month=2025-05', 'next month=2025-07']);
    assert.strictEqual(one('They meet later this month.', 'later this month').value, '2025-06');
    const w = one('Both sides met earlier this week.', 'earlier this week');
    assert.deepStrictEqual([w.value, w.from, w.to], ['2025-W24', '2025-06-09', '2025-06-15']);
    assert.strictEqual(one('Earlier this year tariffs rose.', 'Earlier this year').value, '2025');
    assert.deepStrictEqual(values('in the current quarter and the current account'), ['the current quarter=2025-Q2']);
    assert.deepStrictEqual(values('Current month orders'), ['Current month=2025-06']);
  });
  test("a year's quarter is one expression", () => {
    assert.deepStrictEqual(values("Profit matched last year's third quarter and 2023's fourth quarter."), ["last year's third quarter=2024-Q3", "2023's fourth quarter=2023-Q4"]);
    assert.deepStrictEqual(values('The 2023 second half was weak, unlike the previous quarter.'), ['The 2023 second half=2023-H2', 'the previous quarter=2025-Q1']);
    assert.deepStrictEqual(values('Over the past two quarters it will take months.'), ['the past two quarters=P6M', 'months=PXM']);
  });
  test('"the year-earlier period" is a quarter a year back; "The year-ago results" leaves the article to the results', () => {
    assert.deepStrictEqual(values('Net rose in the third quarter from the year-earlier period. The year-ago results were restated.'), ['the third quarter=2024-Q3', 'the year-earlier period=2023-Q3', 'year-ago=2023-Q3']);
  });
  test('fiscal years keep "fiscal" in the span and take an FY value', () => {
    assert.deepStrictEqual(values('Profit in fiscal 2024 and fiscal year 2023 fell.'), ['fiscal 2024=FY2024', 'fiscal year 2023=FY2023']);
    assert.deepStrictEqual(values('The FY2026 budget and FY 27 plan; the FY is long.'), ['FY2026=FY2026', 'FY 27=FY2027']);
  });
  test('reference values', () => {
    assert.strictEqual(one('Demand is weak now.', 'now').value, 'PRESENT_REF');
    assert.strictEqual(one('Stocks are currently low.', 'currently').value, 'PRESENT_REF');
    assert.strictEqual(one('It worked in the past.', 'the past').value, 'PAST_REF');
    assert.strictEqual(one('It may work in the future.', 'the future').value, 'FUTURE_REF');
    assert.strictEqual(one('Flows slowed in recent weeks.', 'recent weeks').value, 'PXW');
  });
});

suite('dates: ranges', () => {
  test('yearless day range', () => {
    const m = one('Delegates met June 9–10 in London.', 'June 9–10');
    assert.deepStrictEqual([m.value, m.precision, m.from, m.to, m.month, m.day, m.endMonth, m.endDay], ['2025-06-09', 'range', '2025-06-09', '2025-06-10', 6, 9, 6, 10]);
  });
  test('ranges with a year', () => {
    assert.deepStrictEqual([one('Held June 9-10, 2025 in London.', 'June 9-10, 2025').to, one('A forum ran May 10-12, 2025.', 'May 10-12, 2025').to], ['2025-06-10', '2025-05-12']);
  });
  test('between D and D Month', () => {
    const m = one('A visit is planned between 9 and 10 June.', '9 and 10 June');
    assert.deepStrictEqual([m.value, m.from, m.to], ['2025-06-09', '2025-06-09', '2025-06-10']);
  });
  test('cross-month range', () => {
    const m = one('The fair runs May 30–June 2 in Paris.', 'May 30–June 2');
    assert.deepStrictEqual([m.from, m.to], ['2025-05-30', '2025-06-02']);
  });
});

suite('dates: relative to the reference date', () => {
  test('today, yesterday, tomorrow', () => {
    assert.deepStrictEqual(values('today; yesterday; tomorrow'), ['today=2025-06-13', 'yesterday=2025-06-12', 'tomorrow=2025-06-14']);
  });
  test('a bare weekday: past in past context, next in future context', () => {
    assert.strictEqual(one('The ministry said on Thursday it approved permits.', 'Thursday').value, '2025-06-12');
    assert.strictEqual(one('Partners must reply by Wednesday.', 'Wednesday', '2025-06-03').value, '2025-06-04');
    const f = one('The envoy will arrive on Tuesday.', 'Tuesday');
    assert.strictEqual(f.value, '2025-06-17');
    assert.strictEqual(f.future, true);
    assert.strictEqual(one('He spoke last Friday.', 'last Friday').value, '2025-06-06');
    assert.strictEqual(one('Votes come next Monday.', 'next Monday').value, '2025-06-16');
  });
  test('ago, parts of day, overnight', () => {
    assert.strictEqual(one('It was cut two days ago.', 'two days ago').value, '2025-06-11');
    assert.strictEqual(one('It was cut a year ago.', 'a year ago').value, '2024');
    assert.strictEqual(one('Talks opened Monday morning.', 'Monday morning').value, '2025-06-09TMO');
    assert.strictEqual(one('Markets fell overnight.', 'overnight').value, '2025-06-12TNI');
    assert.strictEqual(one('Officials spoke last night.', 'last night').value, '2025-06-12TNI');
  });
  test('weekends', () => {
    assert.strictEqual(one('Nothing happened over the weekend.', 'the weekend', '2025-06-16').value, '2025-W24-WE');
  });
});

suite('dates: year inference', () => {
  test('past context looks back across a year boundary', () => {
    assert.strictEqual(one('The group said on Dec. 20 that orders fell.', 'Dec. 20', '2025-01-10').value, '2024-12-20');
  });
  test('future context looks ahead', () => {
    assert.strictEqual(one('New fees apply starting Jan. 5.', 'Jan. 5', '2025-12-01').value, '2026-01-05');
    const m = one('There is a deadline of July 8th for offers.', 'July 8th', '2025-06-03');
    assert.strictEqual(m.future, true);
    assert.strictEqual(m.resolution, 'year-inferred');
  });
  test('the past-tense deal stays in the reference year', () => {
    assert.strictEqual(one('Exports lagged after the May 12 deal.', 'May 12', '2025-06-05').value, '2025-05-12');
    assert.strictEqual(one('Trump on May 30 accused Beijing.', 'May 30', '2025-06-05').value, '2025-05-30');
  });
  test('a weekday settles the year when both years are near, and no date is moved a year for it', () => {
    // 2 January is a Friday in 2026, a Thursday in 2025: half a year either way from July.
    assert.strictEqual(one('Talks resume Friday, Jan. 2.', 'Friday, Jan. 2', '2025-07-01').value, '2026-01-02');
    assert.strictEqual(one('Talks resumed Thursday, Jan. 2.', 'Thursday, Jan. 2', '2025-07-01').value, '2025-01-02');
    // 4 June was a Wednesday in 2025, a Tuesday in 2024: a wrong weekday, not a date 19 months back.
    assert.strictEqual(one('It began Wednesday, June 4.', 'Wednesday, June 4', '2025-12-30').value, '2025-06-04');
    assert.strictEqual(one('It began Tuesday, June 4.', 'Tuesday, June 4', '2025-12-30').value, '2025-06-04');
  });
  test('years spelt out, as transcripts write them, and numbers that only count', () => {
    const values = (t: string) => extractDates(t, { referenceDate: '1998-03-04' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(values('Sales peaked in nineteen oh five and again in twenty twenty-five.'), ['nineteen oh five=1905', 'twenty twenty-five=2025']);
    assert.deepStrictEqual(values('By the year two thousand and one it was gone.'), ['the year two thousand and one=2001']);
    assert.deepStrictEqual(values('Nineteen ninety people were hurt and two thousand fled.'), []);
  });
  test('a text that writes "30/05/2025" reads "02/06/2025" day first too', () => {
    const values = (t: string) => extractDates(t, { referenceDate: null }).map((m) => m.value);
    assert.deepStrictEqual(values('Accused on 30/05/2025, it replied on 02/06/2025.'), ['2025-05-30', '2025-06-02']);
    assert.deepStrictEqual(values('It replied on 02/06/2025.'), ['2025-02-06']);
    assert.deepStrictEqual(values('Accused on 05/30/2025, it replied on 02/06/2025.'), ['2025-05-30', '2025-02-06']);
  });
  test('"on Monday (June 2)", as wire copy writes it, is one date', () => {
    const m = one('The ministry replied on Monday (June 2), it said.', 'Monday (June 2)', '2025-06-13');
    assert.deepStrictEqual([m.value, m.weekday], ['2025-06-02', 1]);
    assert.strictEqual(one('It replied on Tuesday (June 2), it said.', 'Tuesday (June 2)', '2025-06-13').value, '2025-06-02');
    assert.strictEqual(one('The ministry replied on Friday (local time).', 'Friday', '2025-06-13').value, '2025-06-13');
  });
  test('defaultYear without a reference date', () => {
    const m = one('The pact of May 12 held.', 'May 12', null, 2024);
    assert.deepStrictEqual([m.value, m.resolution], ['2024-05-12', 'year-inferred']);
  });
});

suite('dates: durations and sets', () => {
  test('counted durations', () => {
    assert.deepStrictEqual(values('three years; 24 hours; six months; a decade', REF), ['three years=P3Y', '24 hours=PT24H', 'six months=P6M', 'a decade=P1DE']);
  });
  test('"a day after" tags "a day" only', () => {
    const m = one('This came a day after the call.', 'a day');
    assert.deepStrictEqual([m.type, m.value], ['DURATION', 'P1D']);
  });
  test('adjectival durations', () => {
    assert.strictEqual(one('They hailed the 90-day truce.', '90-day').value, 'P90D');
    assert.strictEqual(one('A two-day meeting ended.', 'two-day').value, 'P2D');
  });
  test('modifiers and windows', () => {
    const m = one('It took more than two years.', 'more than two years');
    assert.deepStrictEqual([m.value, m.mod], ['P2Y', 'MORE_THAN']);
    assert.strictEqual(one('Prices rose over the past three years.', 'the past three years').value, 'P3Y');
    const c = one('We meet in the next couple of weeks.', 'the next couple of weeks');
    assert.deepStrictEqual([c.type, c.value, c.future], ['DURATION', 'P2W', true]);
  });
  test('frequency adverbs are sets; as adjectives they are not', () => {
    assert.deepStrictEqual(values('The firm reports quarterly, and prices are set daily.'), ['quarterly=P3M', 'daily=P1D']);
    assert.deepStrictEqual(values('Monthly sales and weekly figures rose.'), []);
    assert.deepStrictEqual(values('It reports quarterly, most recently last Friday.'), ['quarterly=P3M', 'last Friday=2025-06-06']);
  });
  test('a month before "levels" or "highs" is a month', () => {
    assert.deepStrictEqual(values('Supply has not recovered to April levels.'), ['April=2025-04']);
  });
  test('uncounted stretches after for/within/in/over', () => {
    assert.deepStrictEqual(values('A rule in place for decades ended within weeks.'), ['decades=PXDE', 'weeks=PXW']);
    assert.deepStrictEqual(values('The first fall in years; talks ran for days.'), ['years=PXY', 'days=PXD']);
    assert.deepStrictEqual(values('Days later the minutes of the meeting came out.'), []);
  });
  test('sets', () => {
    assert.strictEqual(one('Data comes out every week.', 'every week').type, 'SET');
    assert.strictEqual(one('They earn $5 billion a year.', 'a year').type, 'SET');
  });
});

suite('dates: false positives', () => {
  for (const s of [
    'They may agree to more talks.',
    'Workers march on the capital.',
    'Theresa May met the envoy.',
    'Sun Microsystems and the Sunday Times reported it.',
    'It is the No. 1 exporter.',
    'Duties rose 25 percent and 100% on some goods.',
    'The yield was 7.21 and the Nikkei 225 fell.',
    'A probe under Section 301 began.',
    'They shipped 2025 tons of ore.',
    'The code is 1999-ABC and the price $2025.',
    'Black Friday sales were strong.',
    'The fall in prices continued after the fall of the index.',
  ]) {
    test(s, () => assert.deepStrictEqual(all(s).map((m) => m.text), []));
  }
});

suite('dates: spans and offsets', () => {
  test('text equals the source slice, including after emoji and CJK', () => {
    const text = '🚢📦 貿易談判 «talks» resumed on June 9–10, 2025 — 😀 and again 12 May 2026 and yesterday.';
    const found = all(text);
    assert.deepStrictEqual(found.map((m) => m.text), ['June 9–10, 2025', '12 May 2026', 'yesterday']);
    for (const m of found) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });
  test('mentions are sorted and do not overlap', () => {
    const found = all('On May 30, 2025 and on June 2 and last week and in 2024, the 90-day truce held for three years.');
    for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end);
  });
  test('CRLF text keeps offsets', () => {
    const text = 'Line one.\r\nIt happened on June 2.\r\n';
    const m = one(text, 'June 2');
    assert.strictEqual(text.slice(m.start, m.end), 'June 2');
  });
});

suite('dates: a year named before, a zone before the day', () => {
  test('"March 23 of that year" is in the year the text last named', () => {
    const text = 'The duties were first imposed in 2018. They took effect on March 23 of that year, and in June of the same year Ottawa retaliated.';
    assert.deepStrictEqual(values(text), ['2018=2018', 'March 23 of that year=2018-03-23', 'June of the same year=2018-06']);
    assert.strictEqual(one(text, 'March 23 of that year', null).value, '2018-03-23');
  });
  test('"at 12:01 a.m. eastern daylight time on August 27" is on August 27, not on the text’s day', () => {
    const text = 'The duty applies at 12:01 a.m. eastern daylight time on August 27, 2025, and to goods entered after 9 a.m. EDT on Sept. 17, 2025.';
    assert.deepStrictEqual(values(text, '2025-08-06'), ['12:01 a.m.=2025-08-27T00:01', 'August 27, 2025=2025-08-27', '9 a.m. EDT on Sept. 17, 2025=2025-09-17T09:00']);
  });

  test('an upper-case month abbreviation with a period or a number after it is a month', () => {
    assert.deepStrictEqual(values('Posted On: 22 SEP 2025 10:15AM by PIB Delhi', '2025-10-01'), ['22 SEP 2025 10:15AM=2025-09-22T10:15']);
    assert.deepStrictEqual(values('WASHINGTON, SEPT. 22, 2025 - The order', '2025-10-01'), ['SEPT. 22, 2025=2025-09-22']);
    assert.deepStrictEqual(values('THE DEC MEETING WAS CALLED OFF', '2025-10-01'), []);
  });

  test('a weekday after "last week" in its sentence is last week’s', () => {
    const text = 'Warm messages passed between the two leaders last week, after the president said on Tuesday that he wanted a call.';
    assert.deepStrictEqual(values(text, '2025-09-16'), ['last week=2025-W37', 'Tuesday=2025-09-09']);
    assert.deepStrictEqual(values('Sales fell last week. On Tuesday the index rose.', '2025-09-16'), ['last week=2025-W37', 'Tuesday=2025-09-16']);
  });

  test('"at 12:01am US Eastern time on November 10" is on November 10 too', () => {
    const text = 'The order takes effect at 12:01am US Eastern time on November 10.';
    assert.deepStrictEqual(values(text, '2025-11-05'), ['12:01am=2025-11-10T00:01', 'November 10=2025-11-10']);
  });
});

suite('dates: timelines and ranges across months', () => {
  test('a clock time in a dated line of a timeline is on that line’s day', () => {
    const text = '- March 4 — The tariffs take effect at 12:01 a.m.\nMarch 6: An exemption follows. Trade resumed at 9 a.m.';
    assert.deepStrictEqual(values(text, '2025-04-03'), ['March 4=2025-03-04', '12:01 a.m.=2025-03-04T00:01', 'March 6=2025-03-06', '9 a.m.=2025-04-03T09:00']);
  });
  test('"from 26 February to 2 March 2024" and "27 February – 3 March" are one range each', () => {
    const m = one('The hearings were held from 26 February to 2 March 2024.', '26 February to 2 March 2024');
    assert.deepStrictEqual([m.precision, m.from, m.to], ['range', '2024-02-26', '2024-03-02']);
    assert.deepStrictEqual([one('The round ran 27 February – 3 March 2025.', '27 February – 3 March 2025').to], ['2025-03-03']);
    // Without "from" or a dash, two days stay two days.
    assert.deepStrictEqual(values('They met on 3 March and 5 April.'), ['3 March=2025-03-03', '5 April=2025-04-05']);
  });
});

suite('dates: numbers that are not years', () => {
  test('a legal act’s number ("Regulation (EU) 2024/1866") is no year; a season ("2024/25") still is', () => {
    assert.deepStrictEqual(values('By Implementing Regulation (EU) 2024/1866 of 3 July 2024, duties were imposed under Directive 2019/1937.'), ['3 July 2024=2024-07-03']);
    assert.deepStrictEqual(values('The 2024/25 season was poor.').map((v) => v.split('=')[0]), ['2024']);
  });
});

suite('dates: "the same day"', () => {
  test('"the same evening", "the same day", "later that day" are the day the story last named', () => {
    const text = 'The tariff was posted on Sept. 25, 2025. The same evening a duty on trucks followed. On June 30 the deal took effect. The same day, engines became duty-free. On May 8 they met; later that day they signed.';
    assert.deepStrictEqual(values(text, '2025-10-01'), ['Sept. 25, 2025=2025-09-25', 'The same evening=2025-09-25', 'June 30=2025-06-30', 'The same day=2025-06-30', 'May 8=2025-05-08', 'later that day=2025-05-08']);
    assert.deepStrictEqual(values('They met on June 9 and on May 12. The same day they signed.', '2025-06-13'), ['June 9=2025-06-09', 'May 12=2025-05-12', 'The same day=XXXX-XX-XX']);
  });
  test('a weekday the text could not place is still a day "the same day" may mean', () => {
    const text = 'Tariffs rose to 20 percent on Tuesday, from the 10 percent rate that took effect on February 4. The same day duties on Mexico began.';
    assert.deepStrictEqual(values(text, null), ['Tuesday=XXXX-WXX-2', 'February 4=XXXX-02-04', 'The same day=XXXX-XX-XX']);
  });
});

suite('dates: no reference date', () => {
  test('yearless dates keep month and day with X year', () => {
    const m = one('The pact of May 12 held.', 'May 12', null);
    assert.deepStrictEqual([m.value, m.resolution, m.month, m.day, m.from], ['XXXX-05-12', 'unresolved', 5, 12, undefined]);
  });
  test('relative expressions stay unresolved', () => {
    assert.deepStrictEqual(values('yesterday, on Thursday, last week, this year', null), ['yesterday=XXXX-XX-XX', 'Thursday=XXXX-WXX-4', 'last week=XXXX-WXX', 'this year=XXXX']);
    for (const m of all('yesterday, on Thursday, last week, this year', null)) assert.strictEqual(m.resolution, 'unresolved');
  });
  test('explicit dates still resolve', () => assert.strictEqual(one('On 12 May 2025 they met.', '12 May 2025', null).resolution, 'explicit'));
  test('a text that never gives its year still counts days and months from the days it names', () => {
    const text = 'Talks ended on May 30. Three days later, the ministry replied. The next day it said more. They met in March. The following month, talks resumed.';
    assert.deepStrictEqual(values(text, null), ['May 30=XXXX-05-30', 'Three days later=XXXX-06-02', 'The next day=XXXX-06-03', 'March=XXXX-03', 'The following month=XXXX-04']);
    const m = one(text, 'Three days later', null);
    assert.deepStrictEqual([m.resolution, m.month, m.day], ['unresolved', 6, 2]);
    // Across the end of February the day depends on the year; across the year's end it does not.
    assert.deepStrictEqual(values('They met on Feb. 27; two days later they signed. On Dec. 30 they signed; three days later it took effect.', null), ['Feb. 27=XXXX-02-27', 'two days later=XXXX-XX-XX', 'Dec. 30=XXXX-12-30', 'three days later=XXXX-01-02']);
  });
  test('bad inputs never throw', () => {
    assert.deepStrictEqual(extractDates('', { referenceDate: null }), []);
    assert.deepStrictEqual(extractDates(undefined as unknown as string, { referenceDate: null }), []);
    assert.ok(Array.isArray(extractDates('May 12', { referenceDate: 'garbage' })));
    assert.ok(Array.isArray(extractDates('May 12', null as unknown as { referenceDate: null })));
  });
});

suite('dates: adversarial inputs finish fast', () => {
  const MB = 1 << 20;
  const cases: [string, string][] = [
    ['digits', '1'.repeat(MB)],
    ['digit-dash chains', '1-'.repeat(MB / 2)],
    ['month words', 'May '.repeat(MB / 4)],
    ['month-day soup', 'June 9-10, '.repeat(MB / 11)],
    ['spaces after a month', 'May' + ' '.repeat(MB)],
    ['"the" chains', 'the past the next the end of '.repeat(MB / 29)],
    ['numbers and units', 'more than 12 years 3:30 p.m. '.repeat(MB / 29)],
    ['no breaks', 'a'.repeat(MB)],
  ];
  for (const [name, text] of cases) {
    test(name, function () {
      // A bound, not a benchmark: linear work on 1 MB takes well under a second here, while
      // catastrophic backtracking would take minutes. The slack keeps a busy CI machine green.
      this.timeout(30_000);
      const t0 = Date.now();
      extractDates(text, { referenceDate: REF });
      const ms = Date.now() - t0;
      assert.ok(ms < 10_000, `${name}: ${ms} ms`);
    });
  }
});
