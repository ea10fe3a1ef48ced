// Round 293. "Mehmet Oz, the CMS administrator, appeared with Trump at the fertility-drug
// announcement on October 16, 2025": the brief puts him at an occasion it names with words of its
// own. A source sentence that tells none of them ("Oz told a conference audience on Tuesday") is of
// another occasion; the day of the agreement itself is still checked.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an occasion someone attended', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'weekly.txt': [
      'Drug pricing weekly',
      'Issue 112 | Friday, October 17, 2025',
      '',
      'On Thursday the White House added EMD Serono to its list of pricing agreements; the Merck KGaA unit will sell fertility drugs through TrumpRx at large discounts.',
      '',
      'Quote of the week: "Every company should follow Pfizer," CMS Administrator Mehmet Oz told a conference audience on Tuesday.',
    ],
  });

  test('"appeared with Trump at the fertility-drug announcement on October 16" is not dated by a speech to a conference', () => {
    assert.deepStrictEqual(corpus.warnings('Mehmet Oz, the CMS administrator, appeared with Trump at the fertility-drug announcement on October 16, 2025.'), []);
  });

  test('a wrong day for the agreement itself still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The White House added EMD Serono to its list of pricing agreements on October 15, 2025.'), ['date-conflict October 15, 2025 -> 2025-10-16']);
  });
});
