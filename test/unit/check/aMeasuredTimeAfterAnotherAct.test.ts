// Round 1740 (held out, measured first; a false warning). "USTR announced its … determination on 10
// December 2025" was warned against "Greer announced the determination exactly one year after his
// predecessor … opened the Section 301 investigation on 10 December 2024": a clause set a measured
// time after another act whose date it gives is that act's, and the main clause happened on another
// day. Round 989, met on the way: "when he suspended most of the rates unveiled on April 2 and kept a
// baseline duty in place" keeps "kept" with the suspension, not with the April 2 unveiling.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { clausesFor } from '../../../src/core/text/clauses';
import { roundCorpus } from '../helpers/roundCorpus';

/** The words of a source sentence's k-th date (a brief's line is read whole). */
function sourceClause(text: string, referenceDate: string, k: number): string {
  const c = clausesFor(text, { start: 0, end: text.length }, extractDates(text, { referenceDate }), true)[k];
  return text.slice(c.start, c.end);
}

suite('check: a measured time after another act', () => {
  const r1740 = roundCorpus('../probe-rounds/r1740');
  const r989 = roundCorpus('../probe-rounds/r989');

  test('the date after "exactly one year after" is the earlier act\'s', () => {
    // (The second date: "exactly one year" is one too.)
    assert.strictEqual(sourceClause('Greer announced the determination exactly one year after his predecessor opened the investigation on 10 December 2024.', '2025-12-10', 1).trim(), 'after his predecessor opened the investigation on 10 December 2024.');
  });

  test('not when a comma closes the measured phrase before the date', () => {
    assert.strictEqual(sourceClause('Two weeks after the signing, on 3 June 2025, the law took effect.', '2025-06-10', 1), ', on 3 June 2025, the law took effect.');
  });

  test('the determination is not warned against the investigation\'s opening', () => {
    assert.deepStrictEqual(r1740.warnings('- USTR announced its affirmative Section 301 determination on 10 December 2025.'), []);
  });

  test('"… unveiled on April 2 and kept a baseline duty" gives the unveiling no keeping', () => {
    assert.deepStrictEqual(r989.warnings('- The 90-day pause announced on April 9 kept a 10% baseline duty on Vietnamese goods.'), []);
  });
});
