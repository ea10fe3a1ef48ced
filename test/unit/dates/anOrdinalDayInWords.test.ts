// Round 1200 (held out, measured first; one false warning). "which begins with a rate of zero percent
// on the first of January 2026 and rises in the following years" was read as January 2026 and
// warned against a right brief line, "The rate rises to 10% on January 1, 2027": a day of the month
// spelt as an ordinal ("the first of January", "the twenty-first of May") is that day, and a rate in
// words ("zero percent") tells the source's step from the brief's 10%.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { ratesInFiguresOrWords } from '../../../src/core/text/rates';
import { roundCorpus } from '../helpers/roundCorpus';

const values = (text: string, referenceDate: string) => extractDates(text, { referenceDate }).map((m) => `${m.text}=${m.value}`);

suite('dates: an ordinal day in words', () => {
  const nicaragua = roundCorpus('../probe-rounds/r1200');

  test('"the first of January 2026" and "the twenty-first of May" are days', () => {
    assert.deepStrictEqual(values('It begins on the first of January 2026.', '2025-10-02'), ['first of January 2026=2026-01-01']);
    assert.deepStrictEqual(values('Talks resume on the twenty-first of May.', '2025-10-02'), ['twenty-first of May=2025-05-21']);
    assert.deepStrictEqual(values('No day was named for the twenty-ninth of February 2025.', '2025-10-02'), ['February 2025=2025-02']);
  });

  test('a rate in words is a rate', () => {
    assert.deepStrictEqual(ratesInFiguresOrWords('a rate of zero percent, then 10%, then twenty-five per cent'), ['10', '0', '25']);
  });

  test('a step at another rate does not date the brief\u2019s', () => {
    assert.deepStrictEqual(nicaragua.warnings('- The rate rises to 10% on January 1, 2027.'), []);
  });
});
