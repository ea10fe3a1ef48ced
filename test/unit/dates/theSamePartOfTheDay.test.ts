// Round 439: a live blog's "Trump landed at Haneda on Monday afternoon, coming from the summit he
// attended on Sunday. He was received by Emperor Naruhito … the same afternoon" left "the same
// afternoon" unplaced, for its sentence before named two days. The one named with that part of the
// day is the one meant.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-10-28' }).map((m) => `${m.text}=${m.value}`);

suite('dates: the same part of the day', () => {
  test('"the same afternoon" after "Monday afternoon … on Sunday" is Monday', () => {
    assert.deepStrictEqual(values('Trump landed at Haneda on Monday afternoon, coming from the summit, which he attended on Sunday. He was received at the palace the same afternoon.'), ['Monday afternoon=2025-10-27TAF', 'Sunday=2025-10-26', 'the same afternoon=2025-10-27']);
  });

  test('"the same day" after two days stays unplaced', () => {
    assert.deepStrictEqual(values('Trump landed at Haneda on Monday afternoon, coming from the summit, which he attended on Sunday. He was received at the palace the same day.'), ['Monday afternoon=2025-10-27TAF', 'Sunday=2025-10-26', 'the same day=XXXX-XX-XX']);
  });
});
