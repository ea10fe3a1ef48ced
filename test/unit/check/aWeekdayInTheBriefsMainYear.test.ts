// Round 628 (held out). A brief of 2025 ("closed the negotiations … on Friday, January 17, 2025", "25%
// tariffs … starting 1 March 2025") wrote "Trump was sworn in for his second term on Monday, January 20"
// a line below "the summit of July 17–18, 2023", and was told 20 January 2023 is a Friday. The year was
// lent by the line above; the sources speak of 2018, where it is no Monday either; but in 2025,
// the year the brief's own full dates give most, it is. Then the weekday is no slip.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

const older = Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`talks-${k + 1}.txt`, [`Talks ${k + 1}`, `MEXICO CITY, April ${k + 1}, 2018 -`, `Negotiators met on April ${k + 1} to discuss procurement.`]]));

suite('check: a weekday that fits the brief’s main year', () => {
  const corpus = tempCorpus(older);
  const brief = (line: string) =>
    [
      'The negotiations closed in Mexico City on Friday, January 17, 2025.',
      'Leaders at the summit of July 17–18, 2023 had committed to finishing the work.',
      line,
      'Tariffs of 25% on Mexican goods were floated, starting 1 March 2025.',
    ].join('\n');

  test('"on Monday, January 20" is no slip: it is a Monday in 2025', () => {
    assert.deepStrictEqual(corpus.warnings(brief('Trump was sworn in for his second term on Monday, January 20.')), []);
  });

  test('"on Tuesday, January 20" still is', () => {
    assert.deepStrictEqual(corpus.warnings(brief('Trump was sworn in for his second term on Tuesday, January 20.')).map((w) => w.split(' ')[0]), ['weekday-mismatch']);
  });
});
