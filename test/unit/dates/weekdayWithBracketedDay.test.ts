// Rounds 342, 378 and 421: Indonesian releases write a day as "on Sunday (13/7)", day and month in
// brackets after the weekday; the weekday alone was read, as the Sunday before the release. The
// bracket gives the day, day first or month first, whichever puts the weekday on it.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-09-24' }).map((m) => `${m.text}=${m.value}`);

suite('dates: a weekday with its day in brackets', () => {
  test('"on Sunday (13/7)" is 13 July', () => {
    assert.deepStrictEqual(values('The agreement was reached in Brussels on Sunday (13/7) and signed in Bali on Tuesday (23/9).'), ['Sunday (13/7)=2025-07-13', 'Tuesday (23/9)=2025-09-23']);
  });

  test('month first when only that puts the weekday on it', () => {
    assert.deepStrictEqual(values('Officials met on Tuesday (9/23).'), ['Tuesday (9/23)=2025-09-23']);
  });

  test('a bracket that puts the weekday on no day is left out', () => {
    assert.deepStrictEqual(values('Officials met on Monday (13/7).'), ['Monday=2025-09-22']);
  });
});
