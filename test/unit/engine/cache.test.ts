// The index cache: a warm start from it gives exactly what a cold start gives, and a changed
// article is re-read rather than served stale.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';
import { extractEntities } from '../../../src/core/entities/extract';

const examples = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'sources');
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

suite('index cache', () => {
  let cacheDir: string;
  setup(() => (cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-cache-test-'))));
  teardown(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  test('a warm start gives the same corpus as a cold one', async () => {
    const cold = (await Engine.open({ roots: [examples], cacheDir })).snapshot();
    assert.ok(fs.readdirSync(cacheDir).length === 1, 'the cache was written');
    const warm = (await Engine.open({ roots: [examples], cacheDir })).snapshot();
    assert.deepStrictEqual(plain(warm), plain(cold));
  });

  test('as the worker does it: ready first, the cache written after, and the same warm start from it', async () => {
    const cold = await Engine.open({ roots: [examples], cacheDir, writeCacheLater: true });
    cold.warm();
    assert.strictEqual(fs.readdirSync(cacheDir).length, 0, 'nothing written before the flush');
    // Two flushes at once (the background one and the one on closing) write one after the other.
    await Promise.all([cold.flushCache(), cold.flushCache()]);
    assert.deepStrictEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).length, 1);
    assert.ok(!fs.readdirSync(cacheDir).some((f) => f.endsWith('.tmp')), 'no half-written file is left');
    const warm = (await Engine.open({ roots: [examples], cacheDir })).snapshot();
    assert.deepStrictEqual(plain(warm), plain(cold.snapshot()));
  });

  test('a cache that cannot be written is reported, and the index is whole', async () => {
    const blocked = path.join(cacheDir, 'not-a-folder');
    fs.writeFileSync(blocked, 'a file where the cache folder should be');
    const e = await Engine.open({ roots: [examples], cacheDir: blocked });
    assert.ok(e.problems().some((p) => /index cache not written/.test(p.message)));
    assert.ok(e.snapshot().documents.length > 0);
  });

  test('a damaged cache is reported, the index is whole, and the cache is written again', async () => {
    const cold = (await Engine.open({ roots: [examples], cacheDir })).snapshot();
    const file = path.join(cacheDir, fs.readdirSync(cacheDir)[0]);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 9] ^= 0x10;
    fs.writeFileSync(file, bytes);
    const again = await Engine.open({ roots: [examples], cacheDir });
    assert.ok(again.problems().some((p) => p.severity === 'info' && /index cache could not be read \(damaged block\)/.test(p.message)));
    assert.deepStrictEqual(plain({ ...again.snapshot(), problems: [] }), plain({ ...cold, problems: [] }));
    const third = await Engine.open({ roots: [examples], cacheDir });
    assert.ok(!third.problems().some((p) => /index cache/.test(p.message)), 'the rewritten cache reads back');
  });

  test('a changed article is read again, not served from the cache', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-cache-corpus-'));
    try {
      const file = path.join(dir, 'a.txt');
      fs.writeFileSync(file, 'GENEVA, May 12, 2025 — Negotiators ended talks in Geneva on Sunday, May 11.\n');
      await Engine.open({ roots: [dir], cacheDir });
      fs.writeFileSync(file, 'GENEVA, May 12, 2025 — Negotiators ended talks in Geneva on Saturday, May 10.\n');
      const again = (await Engine.open({ roots: [dir], cacheDir })).snapshot();
      assert.ok(again.facts.some((f) => f.date.value === '2025-05-10'));
      assert.ok(!again.facts.some((f) => f.date.value === '2025-05-11'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a save without an edit changes nothing; an edit is taken in', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-refresh-'));
    try {
      const file = path.join(dir, 'a.txt');
      fs.writeFileSync(file, 'GENEVA, May 12, 2025 — Negotiators ended talks in Geneva on Sunday, May 11.\n');
      const e = await Engine.open({ roots: [dir] });
      assert.strictEqual(await e.refreshFile(file), false);
      fs.appendFileSync(file, 'Markets rose on Monday.\n');
      assert.strictEqual(await e.refreshFile(file), true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a possessive name keeps the offsets of the name itself', () => {
    const text = 'Then President Donald Trump’s team left.';
    const m = extractEntities(text).find((e) => e.canonical === 'Donald Trump');
    assert.ok(m);
    assert.strictEqual(text.slice(m.start, m.end), 'Donald Trump');
  });
});
