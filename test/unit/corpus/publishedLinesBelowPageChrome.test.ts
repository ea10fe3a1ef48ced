// Round 263. A saved fact sheet whose head, menus and breadcrumbs sit above its "Published: July 30,
// 2025" line: blanked, they leave lines of spaces that used to use up the lines a dateline is looked
// for in, and the page took the latest date of its text (a refined-copper duty of 2028) instead.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const chrome = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<title>Fact Sheet: Copper – The White House</title>', '<meta name="description" content="Fact sheet on copper.">', '</head>', '<body>', '<header>', '  <nav><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/facts/">Fact Sheets</a></nav>', '</header>', '<main>', '<article>', '<p class="category">Fact Sheets</p>', '<h1>Fact Sheet: The President Acts on Copper</h1>'];

function parse(lines: string[], name = 'factsheet.html') {
  const parsed = parseArticle('/corpus', `/corpus/${name}`, Buffer.from(lines.join('\n'), 'utf8'));
  assert.ok(parsed.doc);
  return parsed.doc;
}

suite('page dates: a "Published:" line below a page’s blanked chrome', () => {
  test('the stamp sixteen lines down a saved page dates it', () => {
    const doc = parse([...chrome, '<p class="meta">Published: July 30, 2025</p>', '<p>Today, the President signed a proclamation placing a 50% tariff on semi-finished copper, with a duty on refined copper of 15% from January 1, 2027 and 30% from January 1, 2028.</p>', '</article>', '</main>', '</body>', '</html>']);
    assert.deepStrictEqual([doc.date, doc.dateSource], ['2025-07-30', 'dateline']);
  });

  test('a plain text’s own paragraphs still count: a line deep in its story is no dateline', () => {
    const story = ['Copper duty explained', ''];
    for (let i = 1; i <= 8; i++) story.push(`Paragraph ${i} of the story about the copper duty and the markets.`, '');
    story.push('Published: July 30, 2025', '', 'The refined-copper duty would be 30% from January 1, 2028.');
    const doc = parse(story, 'explainer.txt');
    assert.notStrictEqual(doc.dateSource, 'dateline');
  });
});
