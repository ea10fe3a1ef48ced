// Day ranges written out ("from September 14 to 15"): read as one range, and a brief's range agrees
// with a source's only when it lies within it.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: day ranges in words', () => {
  const corpus = tempCorpus({
    'madrid.txt': ['Madrid round', 'Published: 2025-09-19 16:40', 'The two delegations held talks in Madrid from September 14 to 15 and agreed on a framework for the app.'],
    'geneva.txt': ['Geneva truce', 'GENEVA, May 12, 2025 -', 'The trade envoys met in Geneva on May 10 and 11, then announced a truce on tariffs.'],
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
    // A year after the second number makes it a day, with no "from" before.
    assert.deepStrictEqual(spans('The round ran July 14 to 21, 2025 in Washington.'), ['July 14 to 21, 2025=2025-07-14/2025-07-21']);
    assert.deepStrictEqual(spans('Delegates met July 14 to 21 in Washington.'), ['July 14=2025-07-14/2025-07-14']);
  });
  test('"on June 9 and 10" is the two days, not June 9 alone', () => {
    const spans = (s: string) => extractDates(s, { referenceDate: '2025-09-19' }).map((m) => `${m.text}=${m.from}/${m.to}`);
    assert.deepStrictEqual(spans('On June 9 and 10, the delegations met in London.'), ['June 9 and 10=2025-06-09/2025-06-10']);
    assert.deepStrictEqual(spans('Talks on June 9 and 10 in London went well.'), ['June 9 and 10=2025-06-09/2025-06-10']);
    assert.deepStrictEqual(spans('The talks on May 10 and 11 produced a truce.'), ['May 10 and 11=2025-05-10/2025-05-11']);
    assert.deepStrictEqual(spans('On June 9 and 10 others fled.'), ['June 9=2025-06-09/2025-06-09']);
    // A number the day is followed by counts something; days apart are two dates.
    assert.deepStrictEqual(spans('On June 9 and 10 people were hurt.'), ['June 9=2025-06-09/2025-06-09']);
    assert.deepStrictEqual(spans('Officials met on June 9 and 12, they said.'), ['June 9=2025-06-09/2025-06-09']);
  });
  test('a day within "May 10 and 11" is no conflict', () => {
    assert.deepStrictEqual(corpus.warnings('The trade envoys met in Geneva on May 11, 2025 and announced a truce on tariffs.'), []);
    assert.deepStrictEqual(corpus.warnings('The trade envoys met in Geneva on May 13, 2025 and announced a truce on tariffs.'), ['date-conflict May 13, 2025 -> 2025-05-10']);
  });
  test("a range that only overlaps the source's is a conflict; one within it is not", () => {
    assert.deepStrictEqual(corpus.warnings('The Madrid talks ran from September 15 to 16, 2025.'), ['date-conflict September 15 to 16, 2025 -> 2025-09-14']);
    assert.deepStrictEqual(corpus.warnings('The Madrid talks ran from September 14 to 15, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The Madrid talks opened on September 14, 2025.'), []);
    // The end is compared too, in either order of day and month.
    assert.deepStrictEqual(corpus.warnings('The Madrid talks ran September 14 to 18, 2025.'), ['date-conflict September 14 to 18, 2025 -> 2025-09-14']);
    assert.deepStrictEqual(corpus.warnings('The Madrid talks ran from 14 to 18 September 2025.'), ['date-conflict 14 to 18 September 2025 -> 2025-09-14']);
  });
});
