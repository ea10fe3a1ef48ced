// Round 1121 (held out, measured first). "submitted under Article XXVIII of the GATT 1994" was read as
// a date of 1994: the year is part of the agreement's name, as in "Incoterms 2020". A year after other
// capitals stays a year ("FY 2024", "MAY 2024").
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, referenceDate: string) => extractDates(text, { referenceDate }).map((m) => `${m.text}=${m.value}`);

suite('dates: a treaty named with its year', () => {
  test('"the GATT 1994" and "Incoterms 2020" are names', () => {
    assert.deepStrictEqual(values('The notification, dated 9 October and submitted under Article XXVIII of the GATT 1994, was circulated on 13 October.', '2025-10-20'), ['9 October=2025-10-09', '13 October=2025-10-13']);
    assert.deepStrictEqual(values('Prices are quoted under Incoterms 2020.', '2025-10-20'), []);
  });

  test('a bare year elsewhere is still a year', () => {
    assert.deepStrictEqual(values('The GATT was signed in 1947.', '2025-10-20'), ['1947=1947']);
  });
});
