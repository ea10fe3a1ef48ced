// Round 1201 (held out, measured first). "Beijing announced in late June this year that it would resume
// imports" was read as "late June" and a separate "this year": like "June last year", a part of a
// month with its year named from the text's ("late June this year", "early March last year") is one
// expression (TIMEX3: one span, the month's value with its modifier).
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const read = (text: string, referenceDate: string) => extractDates(text, { referenceDate }).map((m) => `${m.text}=${m.value}${m.mod ? `/${m.mod}` : ''}`);

suite('dates: a part of a month in a relative year', () => {
  test('"late June this year" and "early March last year" are one expression each', () => {
    assert.deepStrictEqual(read('Beijing announced in late June this year that it would resume imports.', '2025-11-06'), ['late June this year=2025-06/END']);
    assert.deepStrictEqual(read('Talks began in early March last year.', '2025-11-06'), ['early March last year=2024-03/START']);
  });
});
