// Round 930: "The 19% rate was announced by Hun Manet on August 1 and took effect on August 7" gave
// August 7 only " and took effect on August 7.": a second predicate joined by "and", with no subject
// of its own, shares the first one's subject (not its verb, which is the earlier date's).
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { clausesFor } from '../../../src/core/text/clauses';

suite('clauses: a second predicate joined by "and"', () => {
  const text = 'The 19% rate was announced by the prime minister on August 1 and took effect on August 7.';
  const spans = extractDates(text, { referenceDate: '2025-09-01' });
  const clauses = clausesFor(text, { start: 0, end: text.length }, spans);

  test('shares the first predicate’s subject, not its verb', () => {
    const second = clauses[1];
    assert.strictEqual(text.slice(second.start, second.end), text);
    assert.strictEqual(text.slice(second.aside!.start, second.aside!.end), ' was announced by the prime minister on August 1');
  });

  test('a predicate with a subject of its own keeps to its words', () => {
    const own = 'Trump signed the order on July 31 and the rates took effect on August 7.';
    const dates = extractDates(own, { referenceDate: '2025-09-01' });
    const second = clausesFor(own, { start: 0, end: own.length }, dates)[1];
    assert.strictEqual(own.slice(second.start, second.end), ' and the rates took effect on August 7.');
  });
});
