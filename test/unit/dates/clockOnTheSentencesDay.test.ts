// Round 374: "On Nov. 10, China's Ministry of Transport halted its special port fees from 13:01
// Beijing time, and … suspended its Hanwha measures for one year", on a page updated Nov. 11, put the
// 13:01 on the page's day. A clock later in a sentence that opens on a day is on that day, unless
// another day follows it there.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: a clock in a sentence that opens on a day', () => {
  test('is on that day', () => {
    assert.deepStrictEqual(values('On Nov. 10, the ministry halted its port fees from 13:01 Beijing time, and suspended its other measures for one year.', '2025-11-11'), ['Nov. 10=2025-11-10', '13:01=2025-11-10T13:01', 'one year=P1Y']);
  });

  test('is on the day that follows it when one does', () => {
    assert.deepStrictEqual(values('On Nov. 10, the ministry said the fees would halt from 13:01 on Nov. 12.', '2025-11-11'), ['Nov. 10=2025-11-10', '13:01 on Nov. 12=2025-11-12T13:01']);
  });
});
