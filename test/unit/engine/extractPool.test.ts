// A cold index of many sources is extracted on worker threads as well as the engine's own; the
// index must come out the same as when one thread reads everything, and cancelling must still work.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { brief as benchBrief, writeCorpus } from '../../../bench/generate';
import { Engine } from '../../../src/core/engine/engine';
import { ExtractPool } from '../../../src/core/engine/extractPool';

const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

suite('engine: extraction on worker threads', () => {
  let dir = '';
  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-pool-'));
    writeCorpus(dir, 150);
    for (const f of fs.readdirSync(dir)) if (f.startsWith('.complete')) fs.rmSync(path.join(dir, f));
    // Sources that are not articles go through the workers too and come back as problems.
    fs.writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the pool starts where there is a core to spare', async () => {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const pool = ExtractPool.open();
    assert.strictEqual(pool !== undefined, cores > 1);
    await pool?.close();
  });

  test('an index built on workers equals one built on a single thread', async () => {
    const brief = benchBrief(800, 150);
    // As JSON, as the cache compares: a worker's entries come back through JSON, which leaves out
    // fields that are undefined (an article without an outlet) where the engine's thread keeps them.
    const seen = (e: Engine) => {
      const s = e.snapshot();
      return plain({ documents: s.documents, entities: s.entities, events: s.events, facts: s.facts, problems: s.problems, warnings: e.check(brief) });
    };
    const pooled = await Engine.open({ roots: [dir] });
    const single = await Engine.open({ roots: [dir], extractWorkers: 0 });
    assert.deepStrictEqual(seen(pooled), seen(single));
    assert.ok(pooled.snapshot().problems.some((p) => p.file.endsWith('broken.txt')), 'the binary file is reported');
  });

  test('cancelling a cold index stops it and says the corpus is incomplete', async () => {
    let progress = 0;
    const e = await Engine.open({ roots: [dir], onProgress: (done) => (progress = done), isCancelled: () => progress >= 20 });
    assert.ok(e.snapshot().documents.length < 150);
    assert.ok(e.problems().some((p) => /cancelled/.test(p.message)));
  });
});
