// A warm start makes each article's text from its decoded bytes and the ranges the cache says were
// blanked (link lines, a "Related stories" list), not by scanning it again: the text, and so every
// quote, date and warning, must be the one a cold start makes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { articleText, blanksOf, withBlanks } from '../../../src/core/corpus/article';
import { Engine } from '../../../src/core/engine/engine';

const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

const story = [
  '# Port fees paused',
  '',
  'SINGAPORE, Nov 10 (Tradewire) - Washington and Beijing stopped charging each other\'s ships the special port fees on Nov. 10, 2025, for one year.',
  'Also read: Shipping lines cut surcharges (Oct 14, 2025)',
  'Carriers said on Monday that the pause, agreed in Busan on Oct. 30, 2025, would lower rates on transpacific routes.\r',
  'Analysts expect volumes to recover by the spring, though several lines kept their surcharges in place for routes to Europe, where other fees apply.',
  'The fees had been collected since Oct. 14, 2025, when both sides began charging vessels linked to the other.',
  '',
  'Related stories',
  '- China suspends its rare-earth rules (Nov 7, 2025)',
  '- Soybean buyers return to US cargoes (Nov 3, 2025)',
].join('\n');

suite('index cache: article text made from the cached blanks', () => {
  test('the decoded text with the recorded blanks is the article text, line breaks and all', () => {
    for (const [file, decoded] of [
      ['story.md', story],
      ['plain.txt', 'Nothing is blanked here: the talks ended on 12 May 2025.\n'],
      ['live.md', 'Body.\r\nMore live coverage: Busan summit preview: leaders to meet (23 Oct)\r\nEnd.'],
    ]) {
      const article = articleText(file, decoded);
      const blanks = blanksOf(decoded, article);
      assert.ok(blanks, file);
      assert.strictEqual(withBlanks(decoded, blanks), article, file);
    }
    assert.deepStrictEqual(blanksOf('same text', 'same text'), []);
    // Not blanks alone (an HTML page's entity made one character): the text is derived again.
    assert.strictEqual(blanksOf("it&#8217;s", "it’      s"), null);
  });

  test('a warm start gives the cold start\'s corpus and warnings for pages with blanked lines and an HTML page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-blanks-corpus-'));
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-blanks-cache-'));
    try {
      fs.writeFileSync(path.join(dir, 'story.md'), story);
      fs.writeFileSync(
        path.join(dir, 'page.html'),
        '<html><head><meta property="article:published_time" content="2025-11-11"></head><body><p>Ports &amp; carriers: the fees stopped on Nov. 10, 2025.</p>\n<ul><li><a href="/a">Rare earths rule paused</a> 2025-11-07</li>\n<li><a href="/b">Soy cargoes return</a> 2025-11-03</li></ul></body></html>',
      );
      const brief = '# Brief\n\nThe pause was agreed in Busan on 31 October 2025.\n\nWashington and Beijing stopped charging the port fees on 12 November 2025.\n';
      const cold = await Engine.open({ roots: [dir], cacheDir });
      const warm = await Engine.open({ roots: [dir], cacheDir });
      assert.ok(!warm.problems().some((p) => /cache/.test(p.message)), 'the warm start read the cache');
      assert.deepStrictEqual(plain(warm.snapshot()), plain(cold.snapshot()));
      assert.deepStrictEqual(plain(warm.check(brief)), plain(cold.check(brief)));
      assert.deepStrictEqual(
        warm.check(brief).map((d) => [d.line, d.expected]),
        [
          [2, '2025-10-30'],
          [4, '2025-11-10'],
        ],
      );
      // Nothing of the blanked lists made a fact.
      assert.ok(!warm.snapshot().facts.some((f) => /2025-11-0[37]/.test(f.date.value)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
