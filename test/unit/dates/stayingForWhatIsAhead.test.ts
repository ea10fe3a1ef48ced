// Round 400: a live blog of Thursday 30 October wrote "Xi remains in South Korea for the APEC
// leaders' meetings in Gyeongju on Friday and Saturday", and the two days were read as the Friday
// and Saturday before. Someone staying somewhere for an occasion on a weekday waits for it.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-10-30' }).map((m) => `${m.text}=${m.value}`);

suite('dates: staying somewhere for what is ahead', () => {
  test('"remains in Korea for the meetings on Friday and Saturday" is the coming days', () => {
    assert.deepStrictEqual(values('Xi remains in South Korea for the regional leaders’ meetings in Gyeongju on Friday and Saturday; Trump has left.'), ['Friday=2025-10-31', 'Saturday=2025-11-01']);
  });

  test('"is in Geneva for talks on Monday" is the coming Monday', () => {
    assert.deepStrictEqual(values('The negotiator is in Geneva for talks on Monday.'), ['Monday=2025-11-03']);
  });

  test('talks there that ended on Friday were the Friday before', () => {
    assert.deepStrictEqual(values('The delegation is in Geneva for talks that ended on Friday.'), ['Friday=2025-10-24']);
  });
});
