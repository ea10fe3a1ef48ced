// Round 1330 (held out, measured first; a false warning). "EU Trade Commissioner Maros Sefcovic is due
// in Washington on Tuesday for talks …, the European Commission said on Friday", on a wire of Friday,
// October 10, 2025, was read as the Tuesday before: "is due in" a place looks ahead as "is due to"
// does, and the saying after it is not the tense of the day he is due.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const valueOf = (text: string, word: string) => extractDates(text, { referenceDate: '2025-10-10' }).find((m) => m.text === word)?.value;

suite('dates: due in a place', () => {
  test('"is due in Washington on Tuesday" is the coming Tuesday', () => {
    assert.strictEqual(valueOf('The commissioner is due in Washington on Tuesday for talks, the Commission said on Friday.', 'Tuesday'), '2025-10-14');
    assert.strictEqual(valueOf('Ministers are expected in Brussels on Tuesday.', 'Tuesday'), '2025-10-14');
  });

  test('"was due in Washington on Tuesday" is told in the past', () => {
    assert.strictEqual(valueOf('The commissioner was due in Washington on Tuesday.', 'Tuesday'), '2025-10-07');
  });
});
