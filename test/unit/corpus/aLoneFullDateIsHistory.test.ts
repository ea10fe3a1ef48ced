// Rounds 471-514: a page with no dateline whose one full date stood in its body ("the deadline set
// when Beijing opened its probe on January 5, 2024" in a story of its extension a year later) was
// dated by that date, and every "on Tuesday" and "last month" of it counted from there. Of 16 such
// probe pages, 15 were dated wrongly. One full date below the page's top is history: the page stays
// undated (its full dates are still facts). Near the top, where a page tells or stamps its day, it dates it.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const parsed = (text: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;

const STORY = [
  'China extends brandy probe by three months',
  '',
  'China said on Monday it would take three more months over its anti-dumping investigation into brandy from the European Union, pushing a ruling past the spring as talks on electric vehicles drag on.',
  '',
  'The commerce ministry said the case was complex and that it needed more time to weigh the submissions of producers and importers. Cognac houses, which sell most of their exports in Asia, said the delay prolonged the uncertainty they had lived with for a year.',
  '',
  'The investigation was opened on January 5, 2024, days after the EU began its own inquiry into subsidies for Chinese electric cars.',
];

suite('corpus: a lone full date is history', () => {
  test('a page whose one full date is told below its top stays undated', () => {
    const doc = parsed(STORY.join('\n'));
    assert.deepStrictEqual([doc.date, doc.dateSource], [null, 'unknown']);
    assert.match(doc.dateNote, /"January 5, 2024", its one full date, is history/);
  });

  test('a full date in the lead still dates the page', () => {
    const lead = STORY[2].replace('on Monday', 'on January 6, 2025');
    const doc = parsed([STORY[0], '', lead, '', STORY[4]].join('\n'));
    assert.deepStrictEqual([doc.date, doc.dateSource], ['2025-01-06', 'inferred']);
  });
});
