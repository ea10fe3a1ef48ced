// Round 840 (held out, measured first). "Without a deal, a 25% tariff … was due to take effect on
// Friday", on a wire of Thursday, July 31, 2025, was read as the Friday before (July 25) and held
// against a brief's right "scheduled to take effect on August 1". A plan told in the past may have
// fallen either side of the story, so its day of the week is the nearer one. (Round 756 had the same:
// "was still expected to proceed on Tuesday" on a page of Monday, February 3, 2025 is February 4.)
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const valueOf = (text: string, ref: string, word: string) => extractDates(text, { referenceDate: ref }).find((m) => m.text === word)?.value;

suite('dates: the weekday of a plan told in the past', () => {
  test('the next day, when that is nearer', () => {
    assert.strictEqual(valueOf('Without a deal, a 25% tariff on imports was due to take effect on Friday.', '2025-07-31', 'Friday'), '2025-08-01');
    assert.strictEqual(valueOf('The separate 10% tariff was still expected to proceed on Tuesday.', '2025-02-03', 'Tuesday'), '2025-02-04');
  });

  // Round 1217: "sparing it from a 25 percent duty that had been due to start on Friday", on a wire of
  // Wednesday, July 30, 2025, was read as the Friday before (the past perfect read as the past).
  test('"had been due to" is a plan told in the past too', () => {
    assert.strictEqual(valueOf('The deal spared Korea from a 25 percent duty that had been due to start on Friday.', '2025-07-30', 'Friday'), '2025-08-01');
    assert.strictEqual(valueOf('The tariffs had been due to take effect in March but were delayed.', '2025-07-30', 'March'), '2025-03');
  });

  // TimeBank: "It had been due to expire Friday evening", on a Monday's page: "expire" read as a
  // deadline still ahead (November 3), where the plan told in the past was the Friday just gone.
  test('a deadline verb after "had been due to" is a plan told in the past too', () => {
    assert.strictEqual(valueOf('The offer was extended to Nov. 16. It had been due to expire Friday evening.', '1989-10-30', 'Friday evening'), '1989-10-27TEV');
    assert.strictEqual(valueOf('The offer expires Friday evening.', '1989-10-30', 'Friday evening'), '1989-11-03TEV');
  });

  test('the day before, when that is nearer', () => {
    assert.strictEqual(valueOf('The talks were due to resume on Monday.', '2025-07-31', 'Monday'), '2025-07-28');
  });

  test('a day told in the past is still the one before', () => {
    assert.strictEqual(valueOf('The tariff took effect on Friday.', '2025-07-31', 'Friday'), '2025-07-25');
  });
});
