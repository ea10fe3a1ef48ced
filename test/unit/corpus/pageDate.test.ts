// A saved web page dates itself in its metadata; that date is the article's, and the page's
// scripts and menus never become text.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';
import { pageDateOf } from '../../../src/core/corpus/pageDate';

const page = (head: string, body: string) => `<!doctype html><html><head><title>Ports reopen</title>${head}</head><body><nav>Home | World</nav><article>${body}</article></body></html>`;

suite('web pages: the date a page declares', () => {
  test('article:published_time, JSON-LD datePublished and <time pubdate> are read, best first', () => {
    assert.strictEqual(pageDateOf(page('<meta property="article:published_time" content="2025-06-13T21:08:00+08:00">', ''))?.date, '2025-06-13');
    assert.strictEqual(pageDateOf(page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-12T08:00:00Z"}</script>', ''))?.date, '2025-06-12');
    assert.strictEqual(pageDateOf(page('', '<time datetime="2025-06-11" pubdate>June 11</time>'))?.date, '2025-06-11');
    assert.strictEqual(pageDateOf(page('<meta name="date" content="2025-01-01"><meta property="article:published_time" content="2025-06-13">', ''))?.date, '2025-06-13');
    assert.strictEqual(pageDateOf(page('<meta name="viewport" content="width=device-width">', '<p>No date here.</p>')), null);
  });

  test('an HTML article takes the page date and says where it came from', () => {
    const html = page('<meta property="article:published_time" content="2025-06-13T21:08:00+08:00"><script>var d = "2019-01-01";</script>', '<p>Dock workers returned to work on Thursday.</p>');
    const parsed = parseArticle('/corpus', '/corpus/ports.html', Buffer.from(html, 'utf8'));
    assert.ok(parsed.doc);
    assert.deepStrictEqual([parsed.doc.date, parsed.doc.dateSource], ['2025-06-13', 'page-metadata']);
    assert.match(parsed.doc.dateNote, /article:published_time/);
    assert.ok(!parsed.doc.text.includes('2019-01-01'), 'script text stayed in the article');
  });
});
