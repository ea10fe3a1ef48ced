// Round 611. "The EU's own safeguard was made definitive in October 2002" went unflagged against "He
// said the Commission would also review whether Europe still needed its own steel safeguard, adopted
// in response to the U.S. duties and made definitive in September 2002": the main clause's "would"
// hedged the whole sentence, though the date stands in an aside of what was done.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an aside of what was done, in a hedged sentence', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'lamy.txt': [
      'EU drops steel sanctions',
      '',
      'BRUSSELS, Dec 5, 2003 (Wire) - Lamy said the Commission would also review whether Europe still needed its own steel safeguard, adopted in response to the U.S. duties and made definitive in September 2002.',
      '',
      'He said the Commission would decide on the safeguard in January 2004.',
    ],
  });

  test('the aside’s date is what was done', () => {
    assert.deepStrictEqual(corpus.warnings("The EU's own steel safeguard was made definitive in October 2002."), ['date-conflict October 2002 -> 2002-09']);
  });

  test('a hedged date is still a plan', () => {
    assert.deepStrictEqual(corpus.warnings('The Commission decided on the steel safeguard in March 2004.'), []);
  });
});

// Round 697. "The Auckland signing ceremony took place on 23 July 2023" went unflagged against
// "Badenoch has signed the treaty that will make Britain a member of the pact, at a ceremony in
// Auckland on Sunday": the relative clause's "will" hedged the date, which is outside it.
suite('check: what a relative clause says lies ahead does not hedge the date after it', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'auckland.txt': [
      'Britain signs Pacific pact',
      '',
      'Published: 2023-07-16 10:47 BST',
      '',
      'Business Secretary Kemi Badenoch has signed the treaty that will make Britain a member of the Pacific trade pact, at a ceremony in Auckland on Sunday.',
    ],
    'plan.txt': [
      'Britain to sign Pacific pact',
      '',
      'LONDON, June 30, 2023 (Wire) - Badenoch said that she will visit Tokyo for talks on chips, in the week of July 10.',
    ],
  });

  test('the ceremony was on the Sunday', () => {
    assert.deepStrictEqual(corpus.warnings('The Auckland signing ceremony for the Pacific trade pact treaty took place on 23 July 2023.'), ['date-conflict 23 July 2023 -> 2023-07-16']);
  });

  test('what was said to lie ahead is still a plan', () => {
    assert.deepStrictEqual(corpus.warnings('Badenoch visited Tokyo for talks on chips in the week of July 3, 2023.'), []);
  });
});
