// Round 941 (held out, measured first; a miss). "At the London summit on 20 May 2025, leaders agreed
// to work towards linking the UK and EU emissions trading systems" was never held to "the first
// post-Brexit UK-EU summit, held in London on May 19, 2025, where leaders agreed to work towards a
// link": the summit's name was read as "At the London", the sentence's opening word taken into it, and
// no source named such a summit.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a summit named at the start of the sentence', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'london.txt': [
      'LONDON, Nov 14, 2025 (Wire) - Britain and the EU opened talks on linking their carbon markets.',
      '',
      'The talks stem from the first post-Brexit UK-EU summit, held in London on May 19, 2025, where leaders agreed to work towards a link.',
    ],
  });

  test('the summit’s day, a day off', () => {
    assert.deepStrictEqual(corpus.warnings('- At the London summit on 20 May 2025, leaders agreed to work towards linking the UK and EU emissions trading systems.'), ['date-conflict 20 May 2025 -> 2025-05-19']);
  });

  test('the right day is no conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- At the London summit on 19 May 2025, leaders agreed to work towards linking the UK and EU emissions trading systems.'), []);
  });
});
