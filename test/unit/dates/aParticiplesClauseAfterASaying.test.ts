// Round 1308 (held out, measured first). "Ishiba … announced on Sept. 7 that he would step down,
// taking responsibility for his party's loss of its upper house majority in July", on a wire of
// October 28, 2025, put July in 2026: the saying's "would" was the nearest tense word before the
// date. A participle's clause after a comma has no tense of its own, and what a saying reports ahead
// is not the tense of the clause after it; what the sentence tells of the past still dates it.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const valueOf = (text: string, ref: string, word: string) => extractDates(text, { referenceDate: ref }).find((m) => m.text === word)?.value;

suite('dates: a participle’s clause after a saying', () => {
  test('"announced … that he would step down, taking responsibility for … in July" is the July before', () => {
    assert.strictEqual(valueOf('Ishiba announced on Sept. 7 that he would step down, taking responsibility for his party’s loss of its majority in July.', '2025-10-28', 'July'), '2025-07');
  });

  test('a participle that looks ahead still does', () => {
    assert.strictEqual(valueOf('He said he would visit Beijing, hoping to settle the dispute in July.', '2025-10-28', 'July'), '2026-07');
  });

  test('the past of the clause before the comma still dates it (TimeBank)', () => {
    assert.strictEqual(valueOf('The stock has fluctuated sharply, rising to a high in June from $29.75 in March.', '1989-10-30', 'March'), '1989-03');
  });
});
