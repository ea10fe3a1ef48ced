import * as assert from 'assert';
import { decodeText } from '../../../src/core/corpus/decode';
import { htmlToText } from '../../../src/core/corpus/html';
import { splitSentences } from '../../../src/core/text/sentences';

suite('reading source files as text', () => {
  test('UTF-8 with a BOM loses the BOM and nothing else', () => {
    const r = decodeText(Buffer.from('\uFEFFTalks in Geneva', 'utf8'));
    assert.ok(r.ok);
    assert.strictEqual(r.ok && r.text, 'Talks in Geneva');
  });

  test('UTF-16 LE and BE with a BOM are decoded', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Madrid talks', 'utf16le')]);
    const r = decodeText(le);
    assert.strictEqual(r.ok && r.text, 'Madrid talks');
    const be = Buffer.from(le);
    be.swap16();
    assert.strictEqual(decodeText(be).ok && (decodeText(be) as { text: string }).text, 'Madrid talks');
  });

  test('CRLF line ends are kept so offsets match the editor', () => {
    const r = decodeText(Buffer.from('a\r\nb', 'utf8'));
    assert.strictEqual(r.ok && r.text, 'a\r\nb');
  });

  test('a binary file is refused with a reason', () => {
    const r = decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    assert.ok(!r.ok);
    assert.match(!r.ok ? r.reason : '', /binary/);
  });

  test('invalid UTF-8 is refused and the bad byte is named', () => {
    const r = decodeText(Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x43]));
    assert.ok(!r.ok);
    assert.match(!r.ok ? r.reason : '', /not valid UTF-8 \(at byte 2\)/);
  });

  test('HTML keeps every offset: tags and scripts become spaces, entities keep their length', () => {
    const html = '<p>Talks &amp; truce</p>\n<script>var x = "<b>";</script><b>Geneva</b>';
    const text = htmlToText(html);
    assert.strictEqual(text.length, html.length);
    assert.strictEqual(text.split('\n').length, html.split('\n').length);
    assert.match(text, /Talks & {5}truce/);
    assert.ok(text.includes('Geneva'));
    assert.ok(!text.includes('var x'));
  });

  test('an HTML table cell opens with a bar, so each row reads as a line of its own', () => {
    const html = '<table>\n<tr><td>US tariff</td><td>34%</td><td>Apr 2</td></tr>\n<tr><th scope="row">China tariff</th><td>84%</td></tr>\n</table>';
    const text = htmlToText(html);
    assert.strictEqual(text.length, html.length);
    assert.deepStrictEqual(text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()), ['', '| US tariff | 34% | Apr 2', '| China tariff | 84%', '']);
  });

  test('an HTML list item opens with a dash, so no sentence runs on from one item into the next', () => {
    const html = '<ul>\n<li><a href="/a">Ministers agree 60-day reprieve (July 31)</a></li>\n<li><a href="/b">Bond yields ease after reprieve</a></li>\n</ul>';
    const text = htmlToText(html);
    assert.strictEqual(text.length, html.length);
    assert.deepStrictEqual(
      splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ')),
      ['- Ministers agree 60-day reprieve (July 31)', '- Bond yields ease after reprieve'],
    );
  });

  test('HTML named characters a news page uses are read, unknown names left as written', () => {
    const html = '<p>By Ana Ruiz &middot; 1 July 2025 &mdash; Caf&eacute; &foo;</p>';
    const text = htmlToText(html);
    assert.strictEqual(text.length, html.length);
    assert.strictEqual(text.replace(/\s+/g, ' ').trim(), 'By Ana Ruiz · 1 July 2025 — Café &foo;');
  });
});
