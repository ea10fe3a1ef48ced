// Round 456: in "Katherine Tai, confirmed … on March 17, 2021, laid out the administration's approach
// in a speech at the Center for Strategic and International Studies in Washington on Monday, October
// 4, 2021", the words of the speech were cut at the "and" inside the centre's name and given to March
// 17; "International Studies" was read as a person. "And" between two capitalised words joins names,
// not clauses, and a run ending in "Studies" (or "Affairs", "Relations") is no person.
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: "and" inside a name', () => {
  const corpus = tempCorpus({
    'analysis.txt': [
      'Where the trade deal stands',
      'Published 10 January 2022',
      '',
      'Katherine Tai, confirmed by the Senate as U.S. Trade Representative on March 17, 2021, laid out the administration\'s approach in a speech at the Center for Strategic and International Studies in Washington on Monday, October 4, 2021.',
    ],
    ...RATE_NEWS,
  });

  test('"Tai laid out the approach in a speech at the Center for Strategic and International Studies on October 9, 2021" is flagged against October 4', () => {
    assert.deepStrictEqual(corpus.warnings('Tai laid out the administration\'s approach in a speech at the Center for Strategic and International Studies on October 9, 2021.'), ['date-conflict October 9, 2021 -> 2021-10-04']);
  });

  test('her confirmation is still March 17', () => {
    assert.deepStrictEqual(corpus.warnings('Tai was confirmed by the Senate as U.S. Trade Representative on March 18, 2021.'), ['date-conflict March 18, 2021 -> 2021-03-17']);
  });

  test('"International Studies" and "Foreign Affairs" are no people', () => {
    assert.deepStrictEqual(extractEntities('a speech at the Center for Strategic and International Studies; the Ministry of Foreign Affairs').filter((m) => m.kind === 'person'), []);
  });
});
