// Round 262. A digest of August 4, 2025 ends on a calendar: "- Late November: first winter tomatoes
// expected at the border." What is "expected at" (or "scheduled for", "slated for") is ahead, the
// November to come, not the one before; "as expected" and "was expected in" are not.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string, pick: RegExp) =>
  extractDates(text, { referenceDate: ref }).filter((m) => pick.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: a calendar item that is expected', () => {
  test('"- Late November: first winter tomatoes expected at the border" is the November ahead', () => {
    const text = ['CALENDAR', '- Late November: first winter tomatoes expected at the border.'].join('\n');
    assert.deepStrictEqual(values(text, '2025-08-04', /November/), ['Late November=2025-11']);
  });

  test('"rates rose in late November, as expected at the time" stays in the past', () => {
    assert.deepStrictEqual(values('Rates rose in late November, as expected at the time.', '2025-08-04', /November/), ['late November=2024-11']);
  });
});
