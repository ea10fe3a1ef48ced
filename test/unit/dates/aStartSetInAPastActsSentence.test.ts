// Round 1011 (held out, measured first; a false warning). A wire of Monday 12 May 2025 wrote "A
// separate executive order signed by Trump late on Monday lowered the duty on low-value parcels …
// to 54% from 120%, effective Wednesday", and "Wednesday" was read as the one before (7 May). A
// start set in a past act's sentence may fall before the story or after it: the nearer weekday is
// the one meant, as for a plan told in the past.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, referenceDate: string) => extractDates(text, { referenceDate }).map((m) => `${m.text}=${m.value}`);

suite("dates: a start set in a past act's sentence", () => {
  test('"lowered the duty …, effective Wednesday" on a Monday is two days on', () => {
    assert.deepStrictEqual(values('The duty was lowered to 54% from 120%, effective Wednesday.', '2025-05-12'), ['Wednesday=2025-05-14']);
  });

  test('and on a Friday, the Wednesday just gone', () => {
    assert.deepStrictEqual(values('The duty was lowered to 54% from 120%, effective Wednesday.', '2025-05-16'), ['Wednesday=2025-05-14']);
  });

  test('a start told ahead is still the coming one', () => {
    assert.deepStrictEqual(values('The duty will fall to 54%, effective Wednesday.', '2025-05-16'), ['Wednesday=2025-05-21']);
  });
});
