// Round 620. "Commerce confirmed the escrow deposit and lifted the ban on Friday, July 13, 2018" was
// told the sources date it to June 7: "ZTE has agreed to pay a $1 billion penalty, put another $400
// million in escrow … in exchange for the lifting of a U.S. ban …, Commerce Secretary Wilbur Ross said
// on Thursday". The day is the bargain's; the lifting is only what it was struck for.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an act a deal was struck for', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'deal.txt': ['Chipmaker agrees to pay fine', '', 'Published: 2025-06-05 17:45', '', 'The telecom maker has agreed to pay a $1 billion penalty and put $400 million in escrow in exchange for the lifting of a U.S. ban, the Commerce Secretary said on Thursday.'],
  });

  test('the lifting is not dated by the bargain’s day', () => {
    assert.deepStrictEqual(corpus.warnings('Commerce lifted the ban on the telecom maker on Friday, July 11, 2025.'), []);
  });

  test('the bargain is', () => {
    assert.deepStrictEqual(corpus.warnings('The telecom maker agreed to pay a $1 billion penalty in exchange for the lifting of the U.S. ban on June 12, 2025.'), ['date-conflict June 12, 2025 -> 2025-06-05']);
  });
});
