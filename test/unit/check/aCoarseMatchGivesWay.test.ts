// Rounds 507, 536 and others. "The Phase One agreement was signed in January 2021" was left alone
// though a source says "the Phase One agreement signed in January 2020": the best match was a bare
// "2020" of another sentence, which a month claim cannot be set against, and it stood in the way of
// the finer match that puts the same year. A bare year gives way to such a match, and a yearless one
// to any that can be compared.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a coarse match that cannot be compared gives way', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'phase-one.txt': [
      'Geneva truce recalls Phase One',
      '',
      'GENEVA, May 12, 2025 (Wire) - Trade experts pointed to the Phase One agreement signed in January 2020, under which China pledged to buy more American goods.',
      '',
      'The previous U.S.-China trade agreement, the Phase One deal signed in 2020, took nearly two years of negotiation.',
    ],
  });

  test('the finer match of the same year answers the claim', () => {
    assert.deepStrictEqual(corpus.warnings('Negotiators had the Phase One deal, signed in January 2021, in mind as a precedent for purchase pledges.'), ['date-conflict January 2021 -> 2020-01']);
  });

  test('a claim the finer match agrees with stands', () => {
    assert.deepStrictEqual(corpus.warnings('Negotiators had the Phase One deal, signed in January 2020, in mind as a precedent for purchase pledges.'), []);
  });
});
