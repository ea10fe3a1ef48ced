// Round 399: an undated explainer's timeline had "| July 4, 2025 | Law signed | The budget act
// repeals the exemption from July 1, 2027 |" and a row for that day; the page was dated after it (a
// yearless "Aug. 29" in its prose was then read as 2027). What an act repeals, lifts or applies "from"
// a day is set ahead, not a day the page reports.
import * as assert from 'assert';
import { inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';

const inferred = (text: string) => inferDocumentDate(extractDates(text, { referenceDate: null }), text)?.date;

suite('dates: an act that applies from a later day', () => {
  const rows = ['| Date | Step | What happened |', '|---|---|---|', '| July 30, 2025 | Order signed | Duty-free treatment suspended for every country |', '| Aug. 29, 2025 | In force | The suspension applies to all parcels |'];

  test('"repeals the exemption from July 1, 2027" does not date the page', () => {
    const text = [...rows, '| July 4, 2025 | Law signed | The budget act repeals the exemption from July 1, 2027 |', '| July 1, 2027 | Statute repealed | Permanent repeal |'].join('\n');
    assert.strictEqual(inferred(text), '2025-08-29');
  });

  test('a repeal told in the past still does', () => {
    const text = [...rows, '| Sept. 12, 2025 | Law signed | The exemption was repealed |'].join('\n');
    assert.strictEqual(inferred(text), '2025-09-12');
  });
});
