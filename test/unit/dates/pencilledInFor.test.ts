// Round 1629 (held out, measured first; a false warning). "The tenth round is pencilled in for
// September", said at a hearing of 24 June 2025, was read as the September before: "pencilled in
// for" is a plan, as "pencilled for" and "scheduled for" are.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-06-24' }).map((m) => `${m.text}=${m.value}`);

suite('dates: pencilled in for', () => {
  test('"is pencilled in for September" looks ahead', () => {
    assert.deepStrictEqual(values('The tenth round is pencilled in for September, in Riyadh.'), ['September=2025-09']);
  });

  test('a September told in the past is still the one before', () => {
    assert.deepStrictEqual(values('The ninth round was held in September in Riyadh.'), ['September=2024-09']);
  });
});
