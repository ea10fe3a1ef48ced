// Rounds 211-218. A live log's entry may open with its day and clock in bold ("**Oct. 14, 00:05 ET.**
// The tariffs are now in force"): its "today" and "last week" count from that day, not the page's last
// update. A bare clock time under a heading that gives one day ("## Argument day log (5 Nov 2025)") is
// on that day, and one in a table row headed by its day is on the row's day past a semicolon. "Was due
// to run out on July 9", a plan told in the past, takes the nearest July 9, not the next one; and what a
// retroactive order reaches back to ("applies retroactively from Monday") is past, and a start set in a
// past act's sentence ("signed an order …, effective August 7") takes the nearest year. Round 229: a
// row headed by an ISO day ("| 2025-07-07 | …") is an entry like one headed "| 7 Jul 2025 |".
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string, pick: RegExp) =>
  extractDates(text, { referenceDate: ref }).filter((m) => pick.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: entry clocks, dated sections and plans told in the past', () => {
  const log = [
    '# Live timeline: wood tariffs',
    '',
    '*Last updated: Oct. 28, 2025, 09:40 ET.*',
    '',
    '**Oct. 14, 00:05 ET.** The tariffs are now in force. Customs guidance issued last week says goods in transit are not exempt.',
    '',
    '**Oct. 14, 11:20 ET.** Mills face a combined duty of about 45% from today.',
  ].join('\n');

  test('"today" and "last week" in an entry headed "**Oct. 14, 00:05 ET.**" count from 14 October', () => {
    assert.deepStrictEqual(values(log, '2025-10-28', /today|last week/), ['last week=2025-W41', 'today=2025-10-14']);
  });

  test('a bare clock time under "## Argument day log (5 Nov 2025)" is on 5 November', () => {
    const page = ['_Last updated: 6 November 2025._', '', '## Argument day log (5 Nov 2025)', '', '- **9:40 a.m.** The line for seats stretches around the block.', '- **1:15 p.m.** The Treasury Secretary tells reporters he is confident.'].join('\n');
    assert.deepStrictEqual(values(page, '2025-11-06', /m\.$/), ['9:40 a.m.=2025-11-05T09:40', '1:15 p.m.=2025-11-05T13:15']);
  });

  test('a heading with two days, or none, leaves a clock time on the page’s day', () => {
    const page = ['## Hearings of 4 Nov 2025 and 5 Nov 2025', '', '- **9:40 a.m.** Doors open.'].join('\n');
    assert.deepStrictEqual(values(page, '2025-11-06', /m\.$/), ['9:40 a.m.=2025-11-06T09:40']);
  });

  test('a clock time after a semicolon in a row headed by its day is on that day', () => {
    const row = '| 13 Nov 2025 | Frameworks with Argentina and Ecuador announced; 12:01 a.m. EST is the start point of the exemption |';
    assert.deepStrictEqual(values(row, '2025-11-21', /m\./), ['12:01 a.m. EST=2025-11-13T00:01']);
  });

  test('"was due to run out on July 9", told in November, is the July just gone', () => {
    const text = 'The pause was due to run out on July 9; an order on July 7 pushed the deadline to August 1.';
    assert.deepStrictEqual(values(text, '2025-11-24', /^July 9$/), ['July 9=2025-07-09']);
    // A plan still ahead keeps looking ahead.
    assert.deepStrictEqual(values('The pause is due to run out on July 9.', '2025-11-24', /^July 9$/), ['July 9=2026-07-09']);
  });

  test('"signed an order setting the rate at 39%, effective August 7", told in November, is the August just gone', () => {
    assert.deepStrictEqual(values('Trump signed an order setting the rate at 39%, effective August 7.', '2025-11-20', /August 7/), ['August 7=2025-08-07']);
    // A start still ahead keeps looking ahead.
    assert.deepStrictEqual(values('Trump signed an order on Monday that will apply from August 7.', '2025-11-20', /August 7/), ['August 7=2026-08-07']);
  });

  test('a row headed by an ISO day ("| 2025-07-07 | … a 30% rate from 1 August") dates its yearless days from that day', () => {
    const row = '| 2025-07-07 | Trump sends Ramaphosa a letter setting a 30% rate from 1 August. |';
    assert.deepStrictEqual(values(row, '2025-11-25', /^1 August$/), ['1 August=2025-08-01']);
  });

  test('what an order reaches back to ("applies retroactively from Monday") is the Monday before', () => {
    assert.deepStrictEqual(values('It applies retroactively from Monday.', '2025-11-14', /Monday/), ['Monday=2025-11-10']);
    assert.deepStrictEqual(values('It applies from Monday.', '2025-11-14', /Monday/), ['Monday=2025-11-17']);
  });
});
