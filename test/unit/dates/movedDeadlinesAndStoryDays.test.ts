// Rounds 467 and 468. "The Commission said on Tuesday it had extended the deadline for offers to
// March 31" (a wire of 10 February 2026) had been read as March 31, 2025: where a date was moved to
// lies after the moving, whatever the tense; told in the past it may since have passed, so it is the
// nearest year it fits. "opened a consultation on July 2, 2024; it ran to Aug. 1" had been Aug. 1 of
// the page's year (2025): a yearless day told in the sentence of a full date of another year, weeks
// after it, is in that year. "Less than four weeks later" had been counted from the page's date: a
// story's shift with a qualifier ("less than", "about", "nearly") counts from the story's day too.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: moved deadlines and the story\'s days', () => {
  test('"had extended the deadline for offers to March 31" on 10 February 2026 is March 31, 2026', () => {
    assert.deepStrictEqual(values('The Commission said on Tuesday it had extended the deadline for exporters to submit offers to March 31.', '2026-02-10'), ['Tuesday=2026-02-10', 'March 31=2026-03-31']);
  });

  test('"was postponed to March 31" on 15 April is the March 31 just past', () => {
    assert.deepStrictEqual(values('The meeting was postponed to March 31.', '2026-04-15'), ['March 31=2026-03-31']);
  });

  test('"on July 2, 2024; it ran to Aug. 1" on a page of August 2025 is Aug. 1, 2024', () => {
    assert.deepStrictEqual(values('Finance Canada opened a consultation on July 2, 2024; it ran to Aug. 1.', '2025-08-20'), ['July 2, 2024=2024-07-02', 'Aug. 1=2024-08-01']);
  });

  test('a day ahead in that sentence stays ahead', () => {
    assert.deepStrictEqual(values('The tariff, imposed on March 3, 2024, will be raised on June 1.', '2025-08-20'), ['March 3, 2024=2024-03-03', 'June 1=2026-06-01']);
  });

  test('"Less than four weeks later" counts from the story\'s Aug. 1, 2024, not the page\'s day', () => {
    assert.deepStrictEqual(values('The consultation closed on Aug. 1, 2024. Less than four weeks later, the surtaxes were announced.', '2025-08-20'), ['Aug. 1, 2024=2024-08-01', 'Less than four weeks later=2024-W35']);
  });
});
