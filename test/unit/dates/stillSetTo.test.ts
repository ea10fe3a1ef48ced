// Round 493. "The credit can be applied against the 25% tariff on imported parts, which is still set
// to take effect on Saturday", on a page of Tuesday, April 29, 2025, was read as the Saturday just
// past: an adverb between "is" and "set to" ("is still set to", "are also due to") hid the plan,
// and the sentence's "applied" made it past. The plan looks ahead: Saturday, May 3.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: a plan with an adverb in it', () => {
  test('"which is still set to take effect on Saturday" is the coming Saturday', () => {
    assert.deepStrictEqual(values('The credit can be applied against the tariff on parts, which is still set to take effect on Saturday.', '2025-04-29'), ['Saturday=2025-05-03']);
  });

  test('"are also due to start on Monday" looks ahead too', () => {
    assert.deepStrictEqual(values('Duties on trucks are also due to start on Monday.', '2025-04-29'), ['Monday=2025-05-05']);
  });

  test('"the credit was applied on Saturday" is the Saturday past', () => {
    assert.deepStrictEqual(values('The credit was applied on Saturday.', '2025-04-29'), ['Saturday=2025-04-26']);
  });
});
