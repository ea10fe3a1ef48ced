// Hostile corpora: each bad file gets a clear problem naming it, and the good article beside it
// is still indexed. Also: nothing is written outside the cache folder and no network is touched.
import * as assert from 'assert';
import * as fs from 'fs';
// The modules themselves (not import-star copies, whose properties are read-only) so they can be patched.
import dns = require('dns');
import http = require('http');
import https = require('https');
import net = require('net');
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

const GOOD = 'GENEVA, May 12, 2025 — Treasury Secretary Scott Bessent said the Geneva talks ended on Monday with a 90-day truce.\n';

function tempCorpus(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tba-hostile-'));
}

function problemFor(engine: Engine, name: string): string {
  return engine
    .problems()
    .filter((p) => path.basename(p.file) === name)
    .map((p) => p.message)
    .join('; ');
}

function snapshotTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) out.push(`${p} -> link`);
      else if (e.isDirectory()) walk(p);
      else out.push(`${p} ${fs.statSync(p).size} ${fs.statSync(p).mtimeMs}`);
    }
  };
  walk(dir);
  return out.sort();
}

suite('reliability: hostile corpora', () => {
  let dir: string;
  let engine: Engine;

  suiteSetup(async () => {
    dir = tempCorpus();
    fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    // A 100 MB file, sparse so the test is quick: it must be refused by size, never read.
    const huge = fs.openSync(path.join(dir, 'huge.txt'), 'w');
    fs.ftruncateSync(huge, 100 * 1024 * 1024);
    fs.closeSync(huge);
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 ministers met in Gen\xe8ve on 3 June 2025 \xff\xfe\xfd.', 'latin1'));
    fs.writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('LONDON, June 10, 2025 — Talks resumed in London on Monday.\r\n', 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'crlf.txt'), 'KUALA LUMPUR, Oct. 26, 2025 —\r\nNegotiators met in Kuala Lumpur on Saturday.\r\n');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'bomb.md'), ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', '---', 'Body of the bomb article, dated 4 June 2025.'].join('\n'));
    fs.writeFileSync(path.join(dir, 'deep.md'), `---\ntitle: ${'['.repeat(5000)}\n---\nA deeply nested front matter.\n`);
    fs.writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [unclosed\ndate: 2025-06-02\n---\nThe ministry responded on June 2.\n');
    fs.mkdirSync(path.join(dir, 'loop'));
    try {
      fs.symlinkSync(dir, path.join(dir, 'loop', 'back'), 'dir');
    } catch {
      /* symlinks not allowed here: the loop case is then simply absent */
    }
    engine = await Engine.open({ roots: [dir] });
  });

  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the good article is indexed whatever lies beside it', () => {
    const docs = engine.snapshot().documents.map((d) => path.basename(d.file));
    assert.ok(docs.includes('good.txt'), docs.join(', '));
    assert.ok(engine.snapshot().events.some((e) => /geneva/i.test(e.name)), 'the Geneva talks are an event');
  });

  test('a binary file is skipped with a message naming it', () => {
    assert.match(problemFor(engine, 'binary.txt'), /binary|not text|skipped/i);
  });

  test('a 100 MB file is refused by its size, not read', () => {
    assert.match(problemFor(engine, 'huge.txt'), /MB.*limit/);
  });

  test('invalid UTF-8 is read with a warning instead of being lost', () => {
    const docs = engine.snapshot().documents.map((d) => path.basename(d.file));
    const msg = problemFor(engine, 'latin1.txt');
    assert.ok(docs.includes('latin1.txt') || msg.length > 0, 'either read or reported');
    assert.ok(msg.length > 0, 'the encoding problem is reported');
  });

  test('UTF-16 with a byte-order mark and CRLF line ends are read', () => {
    const docs = Object.fromEntries(engine.snapshot().documents.map((d) => [path.basename(d.file), d]));
    assert.strictEqual(docs['utf16.txt']?.date, '2025-06-10');
    assert.strictEqual(docs['crlf.txt']?.date, '2025-10-26');
  });

  test('an empty file loads as an article without a date', () => {
    const doc = engine.snapshot().documents.find((d) => path.basename(d.file) === 'empty.txt');
    assert.ok(!doc || doc.dateSource === 'unknown');
  });

  test('an alias bomb, deep nesting and malformed YAML are reported, and their bodies kept', () => {
    assert.match(problemFor(engine, 'bomb.md'), /alias|could not be read|front matter/i);
    assert.ok(problemFor(engine, 'deep.md').length > 0);
    assert.match(problemFor(engine, 'broken.md'), /line \d+|front matter|YAML/i);
    const docs = engine.snapshot().documents.map((d) => path.basename(d.file));
    assert.ok(docs.includes('bomb.md') && docs.includes('broken.md'), docs.join(', '));
  });

  test('a symlink loop does not hang the walk', () => {
    assert.ok(engine.snapshot().documents.length < 50);
  });

  test('a file deleted before it is re-read is dropped quietly', async () => {
    const gone = path.join(dir, 'gone.txt');
    fs.writeFileSync(gone, GOOD.replace('Geneva', 'Madrid'));
    await engine.refreshFile(gone);
    assert.ok(engine.snapshot().documents.some((d) => d.path === gone));
    fs.unlinkSync(gone);
    await engine.refreshFile(gone);
    assert.ok(!engine.snapshot().documents.some((d) => d.path === gone));
    assert.strictEqual(problemFor(engine, 'gone.txt'), '');
  });

  test('thousands of files changing at once are all taken in', async function () {
    this.timeout(60_000);
    const many = tempCorpus();
    try {
      const e = await Engine.open({ roots: [many] });
      const files = Array.from({ length: 2000 }, (_, i) => path.join(many, `a${i}.txt`));
      files.forEach((f, i) => fs.writeFileSync(f, `BRUSSELS, March ${1 + (i % 28)}, 2025 — Officials in Brussels reviewed steel tariffs on Tuesday.\n`));
      await Promise.all(files.map((f) => e.refreshFile(f)));
      assert.strictEqual(e.snapshot().documents.length, 2000);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  test('a missing corpus folder is a problem, not a crash', async () => {
    const e = await Engine.open({ roots: [path.join(os.tmpdir(), 'tba-no-such-folder-' + process.pid)] });
    assert.ok(e.problems().some((p) => /not found|does not exist|missing|no such/i.test(p.message)), e.problems().map((p) => p.message).join('; '));
    assert.strictEqual(e.snapshot().documents.length, 0);
  });
});

suite('reliability: nothing written, no network', () => {
  test('indexing and checking write nothing outside the cache folder', async () => {
    const dir = tempCorpus();
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-cache-'));
    try {
      fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
      const before = snapshotTree(dir);
      const e = await Engine.open({ roots: [dir], cacheDir });
      e.check('The Geneva talks ended on May 14, 2025.');
      await e.flushCache();
      assert.deepStrictEqual(snapshotTree(dir), before);
      assert.ok(fs.readdirSync(cacheDir).length >= 1, 'the cache went to its own folder');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  test('no network connection or lookup is attempted', async () => {
    const attempts: string[] = [];
    const saved = { connect: net.Socket.prototype.connect, lookup: dns.lookup, request: http.request, get: http.get, srequest: https.request, sget: https.get };
    const deny = (what: string) =>
      function (this: unknown): never {
        attempts.push(what);
        throw new Error(`network use attempted: ${what}`);
      };
    net.Socket.prototype.connect = deny('socket.connect') as never;
    (dns as { lookup: unknown }).lookup = deny('dns.lookup');
    (http as { request: unknown }).request = deny('http.request');
    (http as { get: unknown }).get = deny('http.get');
    (https as { request: unknown }).request = deny('https.request');
    (https as { get: unknown }).get = deny('https.get');
    const dir = tempCorpus();
    try {
      fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
      const e = await Engine.open({ roots: [dir], knowledgeFile: path.join(dir, 'trade-brief.yaml') });
      e.check('The Geneva talks ended on Wednesday, May 14, 2025.');
      e.hoverAt('Scott Bessent spoke.', 2);
      e.complete('Gen', 3, 'D MMMM YYYY');
    } finally {
      net.Socket.prototype.connect = saved.connect;
      (dns as { lookup: unknown }).lookup = saved.lookup;
      (http as { request: unknown }).request = saved.request;
      (http as { get: unknown }).get = saved.get;
      (https as { request: unknown }).request = saved.srequest;
      (https as { get: unknown }).get = saved.sget;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.deepStrictEqual(attempts, []);
  });
});
