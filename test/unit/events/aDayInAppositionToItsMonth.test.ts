// Round 1678 (held out, measured first). "The hearing began in Copenhagen last month, on Monday 22
// September, and closed on Friday 3 October": the day set after "last month" says which day of it
// the hearing began, so it has the month's words ("hearing", "began", Copenhagen), not only its own.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('facts: a day in apposition to its month', () => {
  const corpus = tempCorpus({ 'hearing.txt': ['Arbitration update', 'COPENHAGEN, October 14, 2025 -', 'The hearing began in Copenhagen last month, on Monday 22 September, and closed on Friday 3 October after ten sitting days.'] });
  const clauseOf = (value: string) => {
    const f = corpus.engine().snapshot().facts.find((x) => x.date.value === value)!;
    return f.sentence.slice(f.clauseStart - f.sentenceStart, f.clauseEnd - f.sentenceStart);
  };

  test('the day takes the words of the month it refines', () => {
    assert.ok(clauseOf('2025-09-22').startsWith('The hearing began in Copenhagen'), clauseOf('2025-09-22'));
  });

  test('a day after a date that does not hold it keeps its own words', () => {
    assert.ok(!clauseOf('2025-10-03').includes('began'), clauseOf('2025-10-03'));
  });
});
