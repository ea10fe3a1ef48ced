// Round 295. A table row's terse label ("| Transit goods must be entered by | 5 Oct 2025 |") cannot
// say which of two deadlines of one source sentence it gives ("loaded … before August 7, 2025, and
// entered before October 5, 2025") when its words stand by that day too: the row is not held to the
// other deadline. A row whose day neither deadline gives still warns.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a table row beside two deadlines of one sentence', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'factsheet.txt': [
      'Fact sheet: new reciprocal rates',
      'Release date: July 31, 2025',
      '',
      '- Goods that were loaded onto a vessel at the port of loading and in transit before August 7, 2025, and that are entered before October 5, 2025, keep the earlier rate.',
    ],
  });

  test('"| Transit goods must be entered by | 5 Oct 2025 |" is not held to the loading deadline', () => {
    assert.deepStrictEqual(corpus.warnings('| Deadline | Date | Status |\n|---|---|---|\n| Transit goods must be entered by | 5 Oct 2025 | expired |'), []);
  });

  test('a row that gives the loading deadline a wrong day still warns', () => {
    assert.deepStrictEqual(corpus.warnings('| Deadline | Date |\n|---|---|\n| Transit goods must be loaded on a vessel by | 6 Aug 2025 |'), ['date-conflict 6 Aug 2025 -> 2025-08-07']);
  });
});
