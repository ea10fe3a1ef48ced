// Round 826 (kept). "imports … shall be temporarily suspended with effect from 00:00 hours on Monday,
// 23 June 2025" read "00:00" on the notice's own day (21 June) and the date apart: the clock's
// "hours" joins them, as "12:01 a.m. on Monday, 23 June 2025" is joined, into one TIME.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const read = (text: string) => extractDates(text, { referenceDate: '2025-06-21' }).map((m) => `${m.text} ${m.type} ${m.value}`);

suite('dates: a clock in hours on a day', () => {
  test('"00:00 hours on Monday, 23 June 2025" is one time on that day', () => {
    assert.deepStrictEqual(read('Imports shall be suspended with effect from 00:00 hours on Monday, 23 June 2025, until further notice.'), ['00:00 hours on Monday, 23 June 2025 TIME 2025-06-23T00:00']);
  });

  test('a count of hours is still a duration', () => {
    assert.deepStrictEqual(read('The talks lasted 10 hours on Monday, 23 June 2025.'), ['10 hours DURATION PT10H', 'Monday, 23 June 2025 DATE 2025-06-23']);
  });
});
