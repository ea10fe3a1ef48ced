// Round 251. "… introduced the bill on Tuesday, December 9. His committee approved it the next day,
// Wednesday, by 37 votes to 3": the next day is counted from the 9th, and the weekday beside it names
// that day (the 10th), not the Wednesday after the digest's own date.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string, pick: RegExp) =>
  extractDates(text, { referenceDate: ref }).filter((m) => pick.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: "the next day, Wednesday"', () => {
  const text = 'The chairman introduced the bill on Tuesday, December 9. His committee approved it the next day, Wednesday, by 37 votes to 3.';

  test('the next day and its weekday are both the 10th', () => {
    assert.deepStrictEqual(values(text, '2025-12-12', /next day|^Wednesday$/), ['the next day=2025-12-10', 'Wednesday=2025-12-10']);
  });

  test('a full date in apposition is still the one meant', () => {
    assert.deepStrictEqual(values('Talks began on May 5. Three days earlier, on April 21, the envoys had met.', '2025-06-01', /earlier/), ['Three days earlier=2025-04-21']);
  });
});
