// Day ranges written out ("from September 14 to 15"): read as one range, and a brief's range agrees
// with a source's only when it lies within it.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: day ranges in words', () => {
  const corpus = tempCorpus({
    'madrid.txt': ['Madrid round', 'Published: 2025-09-19 16:40', 'The two delegations held talks in Madrid from September 14 to 15 and agreed on a framework for the app.'],
    // Unrelated news, so that the talks' words are rare in the corpus, as in a real one.
    'harbour.txt': [
      'Harbour news',
      'HALIFAX, June 4, 2025 -',
      'A ferry line added a second crossing on June 2.',
      'Fishermen landed the first lobster catch of the season on May 28.',
      'The harbour master reported record cruise arrivals on May 30.',
      'Dock workers ended a strike at the container terminal on May 21.',
      'Grain barges resumed sailing on May 22 after repairs to a lock.',
    ],
  });

  test('"from … to …" and "between … and …" are one range, in one year', () => {
    const spans = (s: string) => extractDates(s, { referenceDate: '2025-09-19' }).map((m) => `${m.text}=${m.from}/${m.to}`);
    assert.deepStrictEqual(spans('The talks ran from June 9 to June 10.'), ['June 9 to June 10=2025-06-09/2025-06-10']);
    assert.deepStrictEqual(spans('They met between September 14 and 15, 2025.'), ['September 14 and 15, 2025=2025-09-14/2025-09-15']);
    // Not a range; and "rose from June 9" started then, so it is this year's June 9.
    assert.deepStrictEqual(spans('Output rose from June 9 to 10 percent.'), ['June 9=2025-06-09/2025-06-09']);
  });
  test("a range that only overlaps the source's is a conflict; one within it is not", () => {
    assert.deepStrictEqual(corpus.warnings('The Madrid talks ran from September 15 to 16, 2025.'), ['date-conflict September 15 to 16, 2025 -> 2025-09-14']);
    assert.deepStrictEqual(corpus.warnings('The Madrid talks ran from September 14 to 15, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The Madrid talks opened on September 14, 2025.'), []);
  });
});
