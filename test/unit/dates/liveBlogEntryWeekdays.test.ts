// Round 194: in a live blog whose entries open with their own day ("### Jul 30, 2025 — 19:20 ET"),
// a weekday in an entry ("Bessent's warning of Tuesday") is counted from that entry's day, not from
// the page's last update; and "the warning of Tuesday" names a day already past, whatever the tense
// of the rest of the sentence. Round 209: a saved page's day heading on a line of its own ("Saturday
// 12 April 2025", then "12:20", then the entry) dates the entry's "this morning" and "today".
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const weekdays = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).filter((m) => /day$/.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: weekdays in a live blog’s entries', () => {
  const page = [
    '# LIVE: the oil deadline',
    '',
    '### Aug 15, 2025 — 18:40 ET',
    'The leaders are meeting in Alaska.',
    '',
    '### Jul 30, 2025 — 19:20 ET',
    "In Beijing, the foreign ministry answers the finance minister's warning of Tuesday by saying China will secure its energy supply.",
  ].join('\n');

  test('"warning of Tuesday" under the entry of Wednesday 30 July is Tuesday 29 July', () => {
    assert.deepStrictEqual(weekdays(page, '2025-08-15'), ['Tuesday=2025-07-29']);
  });

  test('a weekday in prose with no entry heading above it is still counted from the page’s day', () => {
    assert.deepStrictEqual(weekdays("The ministry answered the warning of Tuesday at length.", '2025-08-15'), ['Tuesday=2025-08-12']);
  });
});

suite('dates: a saved live blog’s day headings', () => {
  const page = [
    'Steel weekend: live',
    'Live team · Last updated 13 April 2025, 14:05 BST',
    '',
    '      Saturday 12 April 2025     ',
    '',
    '         12:20       ',
    '   Our reporter says a group of managers arrived at the plant this morning and were turned away. The minister will speak today.',
    '',
    '      Sunday 13 April 2025     ',
    '',
    '         09:00       ',
    '   The first coal train is due this morning.',
  ].join('\n');

  test('"this morning" and "today" under "Saturday 12 April 2025" are of 12 April, and under Sunday of 13 April', () => {
    const got = extractDates(page, { referenceDate: '2025-04-13' }).filter((m) => /morning|today/.test(m.text)).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(got, ['this morning=2025-04-12TMO', 'today=2025-04-12', 'this morning=2025-04-13TMO']);
  });
});
