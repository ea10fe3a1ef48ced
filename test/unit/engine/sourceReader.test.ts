// Sources read ahead on a worker at a warm start: handed back in order, whole, and the index a
// warm start builds from them is the one a cold start builds, changed, added, removed, too large
// and missing files included.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeCorpus } from '../../../bench/generate';
import { Engine } from '../../../src/core/engine/engine';
import { MIN_FILES_FOR_READ_AHEAD, SourceReader } from '../../../src/core/engine/sourceReader';

const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

suite('sources read ahead', () => {
  let dir: string;
  let cacheDir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-reader-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-reader-cache-'));
  });
  teardown(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  test('every file comes back in order with its bytes and hash; a missing or too large one says so', async () => {
    const files: string[] = [];
    for (let i = 0; i < MIN_FILES_FOR_READ_AHEAD + 50; i++) {
      const f = path.join(dir, `a-${i}.txt`);
      fs.writeFileSync(f, `Article ${i}: talks resumed on June ${1 + (i % 28)}.\n`.repeat(1 + (i % 7)));
      files.push(f);
    }
    files.splice(10, 0, path.join(dir, 'gone.txt'));
    fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(5000));
    files.splice(20, 0, path.join(dir, 'big.txt'));
    const reader = SourceReader.start(files, 4096);
    try {
      for (const f of files) {
        const r = await reader.next();
        assert.strictEqual(r.path, f);
        if (f.endsWith('gone.txt')) assert.strictEqual(r.error?.code, 'ENOENT');
        else if (f.endsWith('big.txt')) assert.strictEqual(r.tooLarge, 5000);
        else {
          const bytes = fs.readFileSync(f);
          assert.deepStrictEqual(Buffer.from(r.bytes!), bytes);
          assert.strictEqual(r.hash, createHash('sha1').update(bytes).digest('hex'));
        }
      }
    } finally {
      await reader.close();
    }
  });

  test('a reading worker that dies part way leaves nothing unread', async function () {
    const files: string[] = [];
    for (let i = 0; i < MIN_FILES_FOR_READ_AHEAD + 200; i++) {
      const f = path.join(dir, `b-${i}.txt`);
      fs.writeFileSync(f, `Note ${i}: the round closed on May ${1 + (i % 28)}.\n`);
      files.push(f);
    }
    const reader = SourceReader.start(files, 1 << 20);
    const worker = (reader as unknown as { worker?: { terminate(): Promise<number> } }).worker;
    if (!worker) {
      await reader.close();
      this.skip(); // one core: no worker to lose
    }
    // Gone before it could send all of them: what it sent is used, the rest is read here.
    await worker!.terminate();
    try {
      for (const f of files) {
        const r = await reader.next();
        assert.strictEqual(r.path, f);
        assert.deepStrictEqual(Buffer.from(r.bytes!), fs.readFileSync(f));
      }
    } finally {
      await reader.close();
    }
  });

  test('a warm start of a changed corpus gives what a cold start of it gives', async () => {
    writeCorpus(dir, MIN_FILES_FOR_READ_AHEAD + 100);
    await Engine.open({ roots: [dir], cacheDir });
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    fs.appendFileSync(path.join(dir, names[3]), '\nOfficials met again in Geneva on Friday, May 16, 2025.\n');
    fs.rmSync(path.join(dir, names[7]));
    fs.writeFileSync(path.join(dir, 'zz-new.txt'), 'LONDON, June 10, 2025 — Talks resumed in London on Monday.\n');
    fs.writeFileSync(path.join(dir, 'zz-huge.txt'), 'y'.repeat(300_000));
    const warm = await Engine.open({ roots: [dir], cacheDir, maxFileBytes: 200_000 });
    const cold = await Engine.open({ roots: [dir], maxFileBytes: 200_000 });
    assert.deepStrictEqual(plain(warm.snapshot()), plain(cold.snapshot()));
    assert.ok(warm.problems().some((p) => p.file.endsWith('zz-huge.txt') && /over the/.test(p.message)));
  });
});
