// Rounds 877 and 878 (held out, measured first; both false warnings of their first reading).
// "Trump announced 25% emergency tariffs on all Colombian goods, set to rise to 50% on February 2"
// (right) was held to the day of the announcement: a date the brief gives a step set ahead is
// answered by a source that tells that step near its date. "A leaders' call on 4 September
// reaffirmed the year-end target" was held to "Negotiators … ended their 14th round of free trade
// talks in Brussels on Friday": a call is answered by a source that tells a call.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a call, and a rise set ahead', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'bogota.txt': [
      'BOGOTA/WASHINGTON, Jan 26, 2025 (Wire) - President Donald Trump on Sunday ordered sweeping emergency tariffs on all Colombian goods after Bogota turned back two deportation flights.',
    ],
    'brussels.txt': [
      'BRUSSELS, Oct 10, 2025 (Wire) - Negotiators from the European Union and India ended their 14th round of free trade talks in Brussels on Friday without a breakthrough on the year-end target.',
    ],
  });

  test('the rise set ahead is not dated by the announcement', () => {
    assert.deepStrictEqual(corpus.warnings('- In response, President Trump announced 25% emergency tariffs on all Colombian goods, set to rise to 50% on February 2.'), []);
  });

  test('the announcement still is', () => {
    assert.deepStrictEqual(corpus.warnings('- President Trump ordered emergency tariffs on all Colombian goods on January 24, 2025.'), ['date-conflict January 24, 2025 -> 2025-01-26']);
  });

  test('a call is not dated by a round of talks', () => {
    assert.deepStrictEqual(corpus.warnings('- An EU-India leaders’ call on 4 September 2025 reaffirmed the year-end target for the free trade talks.'), []);
  });

  test('the round still is', () => {
    assert.deepStrictEqual(corpus.warnings('- Negotiators from the European Union and India ended their 14th round of free trade talks in Brussels on 3 October 2025.'), ['date-conflict 3 October 2025 -> 2025-10-10']);
  });
});
