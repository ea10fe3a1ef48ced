// Round 618. "In early September 2023 ASML said it held licences …" met an undated page's "limited by
// US rules issued last October" and was told the sources date it to October 2023. On a page with no
// date, "last October" has no year, and the brief's year is the wrong guess for it: it is the year
// before the page's, whichever that is. A bare "in October" on the same page may still be read in the
// brief's year, as before.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a relative month on an undated page', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'reaction.txt': [
      'Beijing objects to Dutch chip curbs',
      '',
      'Chinese chipmakers were already cut off from the most advanced tools by the export rules Washington issued last October.',
      '',
      'The Dutch cabinet approved its own export rules on chipmaking tools in June.',
    ],
  });

  test('"issued last October" does not date a claim of the brief’s year', () => {
    assert.deepStrictEqual(corpus.warnings('In early September 2025 Washington issued the chip export rules.'), []);
  });

  test('"approved … in June" still dates one', () => {
    assert.deepStrictEqual(corpus.warnings('The Dutch cabinet approved its export rules on chipmaking tools in May 2025.'), ['date-conflict May 2025 -> 2025-06']);
  });
});
