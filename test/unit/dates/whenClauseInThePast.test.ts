// Round 323: "…the first tranche, which the two leaders had agreed to aim to finish by the fall of
// 2025 when they met at the White House on Feb. 13" (a wire of October 2025) put the meeting in
// February 2026, for the clause it hangs on looks ahead. A "when" clause in the past dates its day.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-10-16' }).map((m) => `${m.text}=${m.value}`);

suite('dates: a "when" clause in the past', () => {
  test('"had agreed to finish by the fall when they met on Feb. 13" is the February before', () => {
    assert.deepStrictEqual(values('The leaders had agreed to aim to finish the deal by the fall of 2025 when they met at the White House on Feb. 13.'), ['the fall of 2025=2025-FA', 'Feb. 13=2025-02-13']);
  });

  test('"will sign it when they meet on Feb. 13" is the coming one', () => {
    assert.deepStrictEqual(values('They will sign the deal when they meet at the White House on Feb. 13.'), ['Feb. 13=2026-02-13']);
  });
});
