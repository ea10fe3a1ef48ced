// TimeML: a season's part keeps its modifier inside the span ("early spring", "the late summer of
// 1997", value 1997-SU, mod END), and a season of a year named from the text's own is one expression
// ("the spring of this year", "the autumn of last year"), not a bare "this year" / "last year".
// TimeBank's "the early summer" had been missed.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const read = (text: string) => extractDates(text, { referenceDate: '1998-03-01' }).map((m) => `${m.text}=${m.value}${m.mod ? `/${m.mod}` : ''}`);

suite('dates: parts of seasons and seasons of named years', () => {
  test('"early spring" and "mid-summer" keep their modifier in the span', () => {
    assert.deepStrictEqual(read('Sales dipped in early spring and recovered in mid-summer.'), ['early spring=1998-SP/START', 'mid-summer=1997-SU/MID']);
  });

  test('"the late summer of 1997" is one expression', () => {
    assert.deepStrictEqual(read('The plant closed in the late summer of 1997.'), ['the late summer of 1997=1997-SU/END']);
  });

  test('"the spring of this year" and "the autumn of last year"', () => {
    assert.deepStrictEqual(read('Talks began in the autumn of last year and resumed in the spring of this year.'), ['the autumn of last year=1997-FA', 'the spring of this year=1998-SP']);
  });

  test('a fall in prices is no season', () => {
    assert.deepStrictEqual(read('Analysts expect an early fall in demand and a late fall from the peak.'), []);
  });

  test('a bare season with its year, "summer" too (its trigger had been left out)', () => {
    assert.deepStrictEqual(read('Prices fell in summer 2025, after a rise in spring 2025 and before winter 2025.'), ['summer 2025=2025-SU', 'spring 2025=2025-SP', 'winter 2025=2025-WI']);
  });
});
