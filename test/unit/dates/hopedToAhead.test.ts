// Round 350: "We had been hoping to ship sea cucumbers ahead of the Lunar New Year in February," in a
// wire of November 2025, was read as the February just past: what someone hopes, aims or expects to
// do lies ahead of the hoping, as a plan does.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: what someone hoped to do', () => {
  test('"had been hoping to ship … in February" is the coming February', () => {
    assert.deepStrictEqual(values('"We had been hoping to ship sea cucumbers ahead of the Lunar New Year in February," he said.', '2025-11-19'), ['February=2026-02']);
  });

  test('"exports rose in February" is the February past', () => {
    assert.deepStrictEqual(values('Exports rose in February, officials said.', '2025-11-19'), ['February=2025-02']);
  });
});
