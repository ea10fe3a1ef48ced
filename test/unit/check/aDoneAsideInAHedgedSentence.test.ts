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
