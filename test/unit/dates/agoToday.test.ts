// Round 269. A podcast of 20 May 2025: "A week ago today Air Force One landed in Riyadh" is 13 May,
// one expression of day precision, not a week ago and, apart, today.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string | null) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: "a week ago today"', () => {
  test('weeks, months and years back from the text’s day, to the day', () => {
    assert.deepStrictEqual(values('A week ago today Air Force One landed in Riyadh.', '2025-05-20'), ['A week ago today=2025-05-13']);
    assert.deepStrictEqual(values('Two weeks ago today the talks began.', '2025-05-20'), ['Two weeks ago today=2025-05-06']);
    assert.deepStrictEqual(values('A year ago today the deal was signed.', '2025-05-20'), ['A year ago today=2024-05-20']);
    assert.deepStrictEqual(values('A month ago today the duty doubled.', '2025-03-31'), ['A month ago today=2025-02-28']);
  });

  test('without a day to count from, the day is unknown', () => {
    assert.deepStrictEqual(values('A week ago today the envoys met.', null), ['A week ago today=XXXX-XX-XX']);
  });

  test('"a week ago" alone is still the week', () => {
    assert.deepStrictEqual(values('A week ago the envoys met.', '2025-05-20'), ['A week ago=2025-W20']);
  });
});
