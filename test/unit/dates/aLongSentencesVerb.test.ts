// Round 631 (held out). "Biden is due to travel on Sunday to Manaus, in the Brazilian Amazon, and then
// to Rio de Janeiro for a summit of the Group of 20 major economies on Monday and Tuesday", filed on a
// Saturday, put the summit on the Monday past: the tense reader looks 110 characters back, and "is due
// to" stood further. When nothing within that window tells a tense, the sentence is read further back.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: a long sentence’s verb', () => {
  test('"is due to travel … and then to Rio … for a summit … on Monday" looks ahead', () => {
    const text = 'Biden is due to travel on Sunday to Manaus, in the Brazilian Amazon, and then to Rio de Janeiro for a summit of the Group of 20 major economies on Monday.';
    assert.deepStrictEqual(values(text, '2024-11-16'), ['Sunday=2024-11-17', 'Monday=2024-11-18']);
  });

  test('a nearer verb still decides: "… and the ministers met on Monday"', () => {
    const text = 'Biden is due to travel on Sunday to Manaus, in the Brazilian Amazon, after a week in which his trade envoys and the ministers of the Group of 20 met on Monday.';
    assert.deepStrictEqual(values(text, '2024-11-16'), ['Sunday=2024-11-17', 'a week=P1W', 'Monday=2024-11-11']);
  });
});
