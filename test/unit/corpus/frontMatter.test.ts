import * as assert from 'assert';
import { parse } from 'yaml';
import { readFrontMatter, simpleMapping } from '../../../src/core/corpus/frontMatter';

suite('front matter', () => {
  test('title, date, outlet and url are read; the body starts after the closing line', () => {
    const text = '---\ntitle: Truce holds\ndate: 2025-06-02\noutlet: Example Wire\nurl: https://example.org/a\n---\nBody here.';
    const r = readFrontMatter(text);
    assert.deepStrictEqual([r.data.title, r.data.date, r.data.outlet, r.data.url], ['Truce holds', '2025-06-02', 'Example Wire', 'https://example.org/a']);
    assert.strictEqual(text.slice(r.bodyStart), 'Body here.');
    assert.deepStrictEqual(r.problems, []);
  });

  test('published and pubDate stand in for date', () => {
    assert.strictEqual(readFrontMatter('---\npublished: 2025-05-12\n---\nx').data.date, '2025-05-12');
    assert.strictEqual(readFrontMatter('---\npubDate: "May 12, 2025"\n---\nx').data.date, 'May 12, 2025');
  });

  test('malformed YAML is reported with its line and the article is still read', () => {
    const r = readFrontMatter('---\ntitle: [unclosed\ndate: 2025-01-01\n---\nBody.');
    assert.ok(r.problems.length >= 1);
    assert.strictEqual(r.problems[0].severity, 'error');
    assert.ok((r.problems[0].line ?? -1) >= 1);
    assert.ok(r.bodyStart > 0);
  });

  test('an alias bomb is refused instead of expanding', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', '---', 'Body.'].join('\n');
    const r = readFrontMatter(bomb);
    assert.ok(r.problems.some((p) => /could not be read|alias/i.test(p.message)));
  });

  test('no closing line: read as text with a warning', () => {
    const r = readFrontMatter('---\ntitle: x\nBody without end');
    assert.strictEqual(r.bodyStart, 0);
    assert.strictEqual(r.problems[0].severity, 'warning');
  });
});

suite('front matter: the plain-lines shortcut', () => {
  // The shortcut must read a mapping exactly as YAML does, or leave it to YAML.
  const samples = [
    'title: Round 0 of talks\ndate: 2023-10-11\n',
    'title: China\'s export rules, explained\noutlet: Example Wire\n',
    'Title: Truce holds\nDATE: 2025-06-02\n',
    'title: A\ntitle: B\n',
    'headline: Talks end   \n',
    'title: Šefčovič in Beijing\n',
    'title: Null and void\n',
    'title: null\n',
    'title: Yes\n',
    'title: 0 of talks\n',
    'title: -5\n',
    'date: 2025-06-02T10:00:00Z\n',
    'url: https://example.org/a\n',
    'title: "quoted"\n',
    "title: 'single'\n",
    'title: a # comment\n',
    'title: a#b\n',
    'title: [a, b]\n',
    'title: {a: b}\n',
    'title: &x anchor\n',
    'title: |\n  block\n',
    'title:\n  nested: x\n',
    'title: one\n  continued\n',
    'title:\n',
    '__proto__: x\n',
    '# comment\ntitle: x\n',
    'title: tab\there\n',
    'title: 100%\n',
    'title: @home\n',
    'title: ?\n',
    'title: x\r\n',
    '',
  ];
  for (const sample of samples) {
    test(`${JSON.stringify(sample)}: as YAML reads it, or left to YAML`, () => {
      const fast = simpleMapping(sample);
      if (fast === undefined) return;
      assert.deepStrictEqual(fast, { ...(parse(sample, { uniqueKeys: false }) as object) });
    });
  }

  test('plain lines take the shortcut', () => {
    assert.deepStrictEqual(simpleMapping('title: Round 0 of talks\ndate: 2023-10-11\n'), { title: 'Round 0 of talks', date: '2023-10-11' });
    assert.strictEqual(simpleMapping('title: [a, b]\n'), undefined);
  });
});
