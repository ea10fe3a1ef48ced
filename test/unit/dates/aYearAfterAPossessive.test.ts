// Round 1532 (held out, measured first). "Malawi's 2025 auction season had barely found its rhythm"
// named no year: the possessive's "s" was taken for a bill's letter ("S 2025"). (TimeBank's value F1
// rose from 0.798 to 0.799 with it.)
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-06-01' }).map((m) => `${m.text}=${m.value}`);

suite("dates: a year after a possessive", () => {
  test('"Malawi\'s 2025 auction season" names 2025', () => {
    assert.deepStrictEqual(values("Malawi's 2025 auction season had barely found its rhythm."), ['2025=2025']);
  });

  test('a bill\'s number is still no year', () => {
    assert.deepStrictEqual(values('The bill, S 2025, passed.'), []);
  });
});
