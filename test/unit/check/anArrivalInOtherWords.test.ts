// Round 647 (held out, measured first). "The US team, with NEC director Gene Sperling, touched down
// in Beijing on Tuesday, November 9, 1999" went unflagged against "Barshefsky and White House
// economic adviser Gene Sperling flew into Beijing last Wednesday": "touched down" was no journey's
// word, and "economic adviser" ended the source's subject before Sperling's name.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: touching down is arriving; an adviser’s title leads to the name', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'deal.txt': [
      'US and China seal WTO deal',
      '',
      'BEIJING, Nov 15, 1999 (Wire) - The United States and China signed a deal on Monday clearing the way for China to join the WTO. Charlene Barshefsky and White House economic adviser Gene Sperling flew into Beijing last Wednesday for what were meant to be two days of talks.',
    ],
  });

  test('the day the team touched down is checked against the day it flew in', () => {
    assert.deepStrictEqual(corpus.warnings('NEC director Gene Sperling touched down in Beijing on Tuesday, November 9, 1999.'), ['date-conflict Tuesday, November 9, 1999 -> 1999-11-10']);
  });

  test('the day it flew in agrees', () => {
    assert.deepStrictEqual(corpus.warnings('Gene Sperling touched down in Beijing on November 10, 1999.'), []);
  });
});
