// Round 628. "Hogan had inherited the trade portfolio when the new Commission took office on 1
// November 2019" was flagged against "took office on December 1 last year" while the page was
// undated, and left alone once its date was inferred: the day, counted from a guessed page date,
// had become a guess as a whole. Its month and day are written out; only its year is a guess.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a day of "last year" on a page whose date is inferred', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'videocall.txt': [
      'EU and Mexico settle last chapter of their trade pact',
      '',
      'On Tuesday, April 28, EU Trade Commissioner Phil Hogan and Mexican Foreign Secretary Marcelo Ebrard settled the last open chapter of the modernised agreement, two years after talks were declared finished in principle on 21 April 2018.',
      '',
      'Hogan took charge of trade when the von der Leyen Commission took office on December 1 last year.',
    ],
  });

  test('the day and month are held to the brief', () => {
    assert.deepStrictEqual(corpus.warnings('Hogan had inherited the trade portfolio when the von der Leyen Commission took office on 1 November 2019.'), ['date-conflict 1 November 2019 -> 2019-12-01']);
  });
});
