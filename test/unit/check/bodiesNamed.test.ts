// A body's name ("the Commerce Department"), known to the entity registry or not, names who acted,
// not what was done; nor does "issued". A brief about another act of the same body is not
// answered by the date of this one.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a body named, and what it did', () => {
  const corpus = tempCorpus({
    'explainer.md': [
      '# Chips explainer',
      'At the end of September 2025, the Commerce Department’s Bureau of Industry and Security issued the "affiliates rule", extending entity-list limits to firms half owned by listed parties.',
    ],
    ...RATE_NEWS,
  });

  test('another act of the same department is not dated by the rule', () => {
    assert.deepStrictEqual(corpus.warnings('Licence reviews at the Commerce Department got under way in late July 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The Commerce Department started issuing chip export licences in the first week of August 2025.'), []);
  });

  test('the rule itself, dated wrongly, still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The Commerce Department issued the affiliates rule in late July 2025.'), ['date-conflict late July 2025 -> 2025-09']);
  });
});
