// Round 334: "business parcels halted since Saturday, Aug. 23 (announced the day before)" gives the
// announcement's day as well as the halt's: "announced its halt on Friday, 22 August" is right.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a sentence that gives the act’s day beside the effect’s', () => {
  const corpus = tempCorpus({
    'digest.md': [
      '# Parcel desk',
      '',
      '## Monday, September 1, 2025',
      '',
      '- **Deutsche Post**: business parcels to the U.S. halted since Saturday, Aug. 23 (announced the day before).',
    ],
    ...RATE_NEWS,
  });

  test('the announcement’s day is not held to the halt’s', () => {
    assert.deepStrictEqual(corpus.warnings('Deutsche Post announced its halt on business parcels on Friday, 22 August 2025.'), []);
  });

  test('the halt itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Deutsche Post halted business parcels to the U.S. on 26 August 2025.'), ['date-conflict 26 August 2025 -> 2025-08-23']);
  });
});

// Round 353: "The committee spent Monday and Tuesday this week hearing representatives of the
// cantons" gives both days of the hearings: "heard the cantons on 4 November" is the Tuesday.
suite('check: two days of one sentence written as a pair', () => {
  const corpus = tempCorpus({
    'notes.md': ['# Geneva trade notes', '', '## Friday, 7 November 2025', '', "The National Council's foreign affairs committee spent Monday and Tuesday this week hearing representatives of the cantons, employers and trade unions."],
    ...RATE_NEWS,
  });

  test('"on 4 November" is the second of the pair', () => {
    assert.deepStrictEqual(corpus.warnings("The National Council's foreign affairs committee heard the cantons and social partners on 4 November 2025."), []);
  });

  test('a day outside the pair is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("The National Council's foreign affairs committee heard the cantons and social partners on 6 November 2025."), ['date-conflict 6 November 2025 -> 2025-11-03']);
  });
});
