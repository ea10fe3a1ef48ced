// Round 277. A bare clock time in a table row headed by its day is on the row's day even when
// another expression stands between ("| 2025-11-10 | … fees suspended for one year | paused from
// 13:01 Beijing time |"); it went to the page's own day (the next day) before. A clock in a row that
// opens on no day still goes to the page's day.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string, pick: RegExp) =>
  extractDates(text, { referenceDate: ref }).filter((m) => pick.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: a clock in a dated row, past other expressions', () => {
  const table = [
    '# Port fees timeline',
    '',
    '| Date | What happened | Note |',
    '|---|---|---|',
    '| 2025-11-10 | Washington suspends its port fees; Beijing drops its own fees for one year | Chinese fees paused from 13:01 Beijing time |',
    '| Later | Both sides review the pause | review due at 10:00 local time |',
  ].join('\n');

  test('"13:01 Beijing time" after "for one year" in the row of 2025-11-10 is on 10 November', () => {
    assert.deepStrictEqual(values(table, '2025-11-11', /13:01/), ['13:01=2025-11-10T13:01']);
  });

  test('a clock in a row that opens on no day is on the page\'s day', () => {
    assert.deepStrictEqual(values(table, '2025-11-11', /10:00/), ['10:00=2025-11-11T10:00']);
  });
});
