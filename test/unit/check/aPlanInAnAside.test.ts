// Round 615. "The Doha Round, which Bali was meant to revive, had been launched in Qatar in November
// 2002" was left alone against a source's "launched in Doha in November 2001": "was meant to" read
// as the brief dating a plan that later changed. It belongs to the aside about Bali, set off by
// commas; the clause that carries the date tells what happened.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a plan in an aside', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'bali.txt': ['Ministers gather in Bali', '', 'NUSA DUA, Dec 3, 2025 (Wire) - Trade ministers opened talks on Tuesday to rescue the Doha Round, which was launched in Qatar in November 2001.'],
  });

  test('"which Bali was meant to revive" does not hide the launch date', () => {
    assert.deepStrictEqual(corpus.warnings('The Doha Round, which Bali was meant to revive, had been launched in Qatar in November 2002.'), ['date-conflict November 2002 -> 2001-11']);
  });

  test('a plan in the dated clause itself still does', () => {
    assert.deepStrictEqual(corpus.warnings('The Doha Round was meant to be launched in Qatar in November 2002.'), []);
  });
});
