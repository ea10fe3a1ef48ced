// Round 428 (and six earlier newsletters): under "### The week ahead" of a page of Monday 20 October
// 2025, "- **Thursday:** Statistics Canada's monthly survey" was read as the Thursday before. A
// weekday that heads an entry under a heading of what is to come is the one ahead, as a dated entry
// there is; so is the second day of "Tuesday-Wednesday:".
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (lines: string[]) => extractDates(lines.join('\n'), { referenceDate: '2025-10-20' }).filter((m) => /day$/.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: the week ahead', () => {
  test('weekday entries under "The week ahead" are the days to come', () => {
    assert.deepStrictEqual(values(['### 5. The week ahead', '', '- **Tuesday-Wednesday:** the minister in Washington.', '- **Thursday:** Statistics Canada’s monthly survey.']), ['Tuesday=2025-10-21', 'Wednesday=2025-10-22', 'Thursday=2025-10-23']);
  });

  test('under a heading of what happened they stay the days before', () => {
    assert.deepStrictEqual(values(['### Last week in review', '', '- **Thursday:** talks were held in Ottawa.']), ['Thursday=2025-10-16']);
  });
});
