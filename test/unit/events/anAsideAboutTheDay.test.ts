// Round 1000 (held out, measured first; missed). "On 16 September, the day Trump flew in, Microsoft
// announced a $30 billion commitment to Britain" was read as a journey's date, so "Microsoft
// announced its $30 billion UK investment on 17 September" was not checked against it: an aside
// that says what else the day was is no word of what happened on it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('events: an aside about the day', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'visit.txt': ['LONDON, Sept 20, 2025 (Wire) - On 16 September, the day Trump flew in, Microsoft announced a $30 billion commitment to Britain over four years.'],
  });

  test('the act after the aside is what the day dates', () => {
    const fact = corpus.engine().snapshot().facts.find((f) => f.date.text === '16 September');
    assert.strictEqual(fact?.kind, 'announcement');
  });

  test('and a brief that misdates it is warned', () => {
    assert.deepStrictEqual(corpus.warnings('- Microsoft announced its $30 billion UK investment on 17 September 2025.'), ['date-conflict 17 September 2025 -> 2025-09-16']);
  });
});
