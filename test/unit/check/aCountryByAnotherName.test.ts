// Round 506. "Modi landed in the UK on July 22" was left alone against "Modi arrived in Britain on
// Wednesday" (July 23): the two venues were compared as written, and "the UK" is not "Britain".
// Two names of one country are one venue; two cities of it are still two.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a country by another name is the same venue', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'visit.txt': [
      'Modi arrives for two-day visit',
      '',
      'LONDON, July 24, 2025 (Wire) - Indian Prime Minister Narendra Modi arrived in Britain on Wednesday for a two-day visit, his first since the new government took office.',
    ],
    'tour.txt': [
      'Minister tours Gulf',
      '',
      'DUBAI, March 6, 2025 (Wire) - Trade minister Piyush Goyal arrived in Dubai on Tuesday for talks on a services deal.',
    ],
  });

  test('the arrival dated a day early under the country\'s other name is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Modi landed in the UK on July 22, 2025 to begin a two-day official visit.'), ['date-conflict July 22, 2025 -> 2025-07-23']);
  });

  test('an arrival somewhere else is another arrival', () => {
    assert.deepStrictEqual(corpus.warnings('Goyal arrived in Abu Dhabi on March 3, 2025 for talks on a services deal.'), []);
  });
});
