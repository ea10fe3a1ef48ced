// Round 378: "Negotiators sat down again in Washington on 13 November, the middle day of a three-day
// round" was held to "negotiators wrapped up three days of talks in Washington on Friday" (14
// November): the days a span ran, ended on a day, hold the brief's day. A brief that dates the end
// itself is still answered by that day.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: days of talks wrapped up on a day', () => {
  const corpus = tempCorpus({
    'talks.txt': ['Round ends in Washington', 'WASHINGTON, November 15, 2025 -', 'Indonesian and U.S. negotiators wrapped up three days of talks in Washington on Friday, their second round on the legal text.'],
    ...RATE_NEWS,
  });

  test('a day within them is one of them', () => {
    assert.deepStrictEqual(corpus.warnings('- Indonesian and U.S. negotiators sat down again for talks in Washington on 13 November 2025, the middle day of the round.'), []);
  });

  test('the end told on another day is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- Indonesian and U.S. negotiators wrapped up their talks in Washington on 13 November 2025.'), ['date-conflict 13 November 2025 -> 2025-11-14']);
  });
});
