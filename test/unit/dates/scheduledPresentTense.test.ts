// Round 281. An undated feature whose latest full date is what someone does on a schedule, told in
// the present tense ("the Philippines, which assumes the ASEAN chair on January 1, 2026"), was not
// written on that day: its date is inferred from the dates it reports. A past event told with a
// relative clause ("which assumed the chair on January 1, 2025") still dates it.
import * as assert from 'assert';
import { inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';

suite('dates: a schedule in the present tense', () => {
  const inferred = (text: string) => inferDocumentDate(extractDates(text, { referenceDate: null }), text)?.date;

  test('"which assumes the chair on January 1, 2026" is ahead of the page', () => {
    const text = 'Dili applied to join on March 4, 2011. Leaders agreed on May 26, 2025 to admit it at the autumn summit. The Philippines, which assumes the ASEAN chair on January 1, 2026, has promised help.';
    assert.strictEqual(inferred(text), '2025-05-26');
  });

  test('"who takes office on" a later day is ahead too', () => {
    const text = 'The election was held on June 3, 2025. The winner, who takes office from July 1, 2025, said little.';
    assert.strictEqual(inferred(text), '2025-06-03');
  });

  test('"which assumed the chair on January 1, 2025" is a day the page reports', () => {
    const text = 'Leaders agreed on May 26, 2024 to admit it. Malaysia, which assumed the ASEAN chair on January 1, 2025, has promised help.';
    assert.strictEqual(inferred(text), '2025-01-01');
  });
});
