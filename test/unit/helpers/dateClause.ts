// The words clausesFor gives the k-th date of a one-sentence text, for tests of what a date's clause holds.
import { extractDates } from '../../../src/core/dates/extract';
import { clausesFor } from '../../../src/core/text/clauses';

export function dateClause(text: string, referenceDate: string, k = 0): string {
  const spans = extractDates(text, { referenceDate });
  const c = clausesFor(text, { start: 0, end: text.length }, spans)[k];
  return text.slice(c.start, c.end);
}
