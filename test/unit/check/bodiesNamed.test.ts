// A body's name ("the Commerce Department"), known to the entity registry or not, names who acted,
// not what was done; nor does "issued". A brief about another act of the same body is not
// answered by the date of this one. Nor does a kind's word alone ("the deadline falls on") name
// which deadline.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a body named, and what it did', () => {
  const corpus = tempCorpus({
    'explainer.md': [
      '# Chips explainer',
      'At the end of September 2025, the Commerce Department’s Bureau of Industry and Security issued the "affiliates rule", extending entity-list limits to firms half owned by listed parties.',
    ],
    'wire.txt': ['MADRID, Sept. 14, 2025 (Meridian Wire) -', 'A deadline for the app owner Quickframe to sell its US business falls on Wednesday, Sept. 17.'],
    'software.txt': ['Design software curbs lifted', 'Brandwell restored access to its design software for customers on July 2, 2025, after the curbs were dropped.'],
    'week.md': [
      '# Week in trade',
      '- Norway cut its salmon levy on March 3, 2025.',
      '- Chile signed a copper accord on March 5, 2025.',
      '- Peru opened a port inquiry on March 9, 2025.',
      '- Kenya raised tea duties on April 1, 2025.',
      '- Ghana suspended cocoa exports on April 4, 2025.',
      '- Oman launched a shipping review on April 8, 2025.',
      '- Iceland lifted a fish quota on April 12, 2025.',
      '- Laos approved a rail tariff on April 15, 2025.',
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

  test('"the extended deadline" is not any deadline that falls on a day', () => {
    assert.deepStrictEqual(corpus.warnings('The extended deadline of November 10, 2025 falls on a Monday.'), []);
    assert.deepStrictEqual(corpus.warnings('Quickframe’s deadline to sell its US business falls on September 19, 2025.'), ['date-conflict September 19, 2025 -> 2025-09-17']);
  });

  test('a table row about a name the source never gives is not dated by that source', () => {
    const row = (name: string, day: string) => `| Company | What happened | When |\n|---|---|---|\n| ${name} | restored access to its design software | ${day} |`;
    assert.deepStrictEqual(corpus.warnings(row('Korvex', 'July 3, 2025')), []);
    assert.deepStrictEqual(corpus.warnings(row('Brandwell', 'July 3, 2025')), ['date-conflict July 3, 2025 -> 2025-07-02']);
  });
});
