// Round 1532 (held out, measured first). An undated analysis wrote that talks "ended with an
// agreement on the last Friday of April": only "April" was read, and its month held the brief's 24
// April. TimeML gives "the last Friday of April" its day; and a day counted by its weekday moves
// with the year, so the checker counts it again in the year it reads a yearless page in.
import * as assert from 'assert';
import { extractDates, nthWeekdayIn } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-06-01' }).map((m) => `${m.text}=${m.value}`);

suite('dates: a weekday counted in its month', () => {
  test('"the last Friday of April" is that day', () => {
    assert.deepStrictEqual(values('The talks ended with an agreement on the last Friday of April.'), ['the last Friday of April=2025-04-25']);
  });

  test('"the first Monday of March 2025" and "the second Tuesday in May" are days', () => {
    assert.deepStrictEqual(values('The first Monday of March 2025 was busy.'), ['The first Monday of March 2025=2025-03-03']);
    assert.deepStrictEqual(values('It opened on the second Tuesday in May.'), ['the second Tuesday in May=2025-05-13']);
  });

  test('a fifth weekday a month does not have is no day', () => {
    assert.ok(!values('The fifth Friday of February 2025 never came.').some((v) => v.startsWith('The fifth')));
  });

  test('read in another year, the day moves with it', () => {
    assert.deepStrictEqual(nthWeekdayIn('the last Friday of April', 2026), { month: 4, day: 24 });
    assert.deepStrictEqual(nthWeekdayIn('the last Friday of April', 2025), { month: 4, day: 25 });
  });
});
