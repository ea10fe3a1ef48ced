// Round 647 (held out, measured first). "Taipei's Legislative Yuan ratified the accession package on
// November 26, 2001" went unflagged against an undated page's "ratified the accession package on
// Nov. 16": the page's yearless day was read in the corpus's commonest year (1999), two years from the
// brief's, and so taken for another story. The page's other days (Nov. 10, Nov. 11) are told by a
// dated wire of 2001 in the same words: that is the year its story is in.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

const OLD_NEWS = (i: number) => [`Talks ${i}`, '', `BEIJING, March ${i}, 1999 (Wire) - Negotiators held talks on market access on March ${i} as the bank held interest rates steady.`];

suite('check: an undated page’s year, by the days dated sources tell in its words', () => {
  const corpus = tempCorpus({
    ...Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`old-${k + 1}.txt`, OLD_NEWS(k + 1)])),
    'doha.txt': [
      'Ministers approve China',
      '',
      "DOHA, Nov. 10, 2001 (Wire) - Trade ministers meeting in Doha approved China's accession to the WTO on Nov. 10. Taiwan's accession package was approved by the ministers on Nov. 11.",
    ],
    'taiwan.txt': [
      'Taiwan joins the WTO',
      '',
      "Taiwan became a member of the World Trade Organization today. Trade ministers meeting in Doha approved China's accession on Nov. 10, and Taiwan's accession package was approved by the ministers on Nov. 11.",
      '',
      'The Legislative Yuan ratified the accession package on Nov. 16, and the government then notified the WTO secretariat in Geneva.',
    ],
  });

  test('the yearless day is read in the year its page’s story is in', () => {
    assert.deepStrictEqual(corpus.warnings('The Legislative Yuan ratified the accession package on November 26, 2001.'), ['date-conflict November 26, 2001 -> 2001-11-16']);
  });

  test('years away from that story, it still is not', () => {
    assert.deepStrictEqual(corpus.warnings('The Legislative Yuan ratified the accession package on November 26, 2008.'), []);
  });
});
