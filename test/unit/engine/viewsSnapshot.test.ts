// A reopened corpus whose sources are unchanged reads its views (entities, events, feature index,
// lookups) back from the last run instead of deriving them again. What the writer sees must be
// exactly what derived views give, before and after later edits; anything that could make the
// saved views wrong (a changed source, a changed knowledge file, a damaged file) derives them again.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { brief as benchBrief, writeCorpus } from '../../../bench/generate';
import { Engine } from '../../../src/core/engine/engine';
import { decodeViews, writeViews } from '../../../src/core/engine/viewsCache';
import { copyOwnEval, visible } from '../helpers/visible';

suite('engine: views read back at a warm start', () => {
  let dir = '';
  let cacheDir = '';
  let briefs: string[] = [];
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-views-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-views-cache-'));
    writeCorpus(path.join(dir, 'generated'), 40);
    for (const f of fs.readdirSync(path.join(dir, 'generated'))) if (f.startsWith('.complete')) fs.rmSync(path.join(dir, 'generated', f));
    fs.mkdirSync(path.join(dir, 'own'));
    briefs = [...copyOwnEval(path.join(dir, 'own')), benchBrief(600, 40)];
  });
  teardown(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  /** As the extension's worker runs: ready, then the cache and the views saved. */
  async function run(knowledgeFile?: string): Promise<Engine> {
    const e = await Engine.open({ roots: [dir], cacheDir, writeCacheLater: true, knowledgeFile });
    e.warm();
    await e.flushCache();
    return e;
  }

  const viewsFile = () => fs.readdirSync(cacheDir).find((f) => f.endsWith('.views'));

  test('unchanged sources: the views are read back, and answer as derived ones do', async () => {
    const first = await run();
    assert.strictEqual(first.lastUpdate(), 'rederived');
    assert.ok(viewsFile(), 'the views were saved beside the cache');
    const second = await run();
    assert.strictEqual(second.lastUpdate(), 'restored');
    assert.deepStrictEqual(visible(second, briefs), visible(first, briefs));
    assert.ok(!fs.readdirSync(cacheDir).some((f) => f.endsWith('.tmp')), 'no half-written file is left');
  });

  test('edits after a read-back are taken in as a fresh index would take them', async () => {
    await run();
    const live = await run();
    assert.strictEqual(live.lastUpdate(), 'restored');
    const edits: Array<[string, (t: string) => string | null, string]> = [
      ['generated/article-00003.txt', (t) => t.replace(' said ', ' said on the record '), 'patched'],
      ['generated/article-00007.txt', (t) => t.replace(/\b(\d{1,2}), (20\d\d)\b/, (_m, day: string, year: string) => `${(Number(day) % 27) + 1}, ${year}`), 'patched'],
      ['generated/article-00005.txt', (t) => t.replace(' said ', ' said, according to Jane Okafor of the Lagos Chamber of Commerce, '), 'updated'],
      ['zz-new/late-report.txt', () => fs.readFileSync(path.join(dir, 'generated', 'article-00002.txt'), 'utf8').replace(/Geneva/g, 'Montevideo'), 'updated'],
      ['generated/article-00011.txt', () => null, 'updated'],
    ];
    for (const [file, edit, kind] of edits) {
      const full = path.join(dir, file);
      const after = edit(fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '');
      if (after === null) fs.rmSync(full);
      else {
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, after);
      }
      assert.ok(await live.refreshFile(full));
      live.warm();
      assert.strictEqual(live.lastUpdate(), kind, file);
    }
    const fresh = await Engine.open({ roots: [dir] });
    assert.deepStrictEqual(visible(live, briefs), visible(fresh, briefs));
  });

  test('views patched after an edit are not saved as if derived in full; the next run derives them', async () => {
    await run();
    const live = await run();
    const file = path.join(dir, 'generated', 'article-00004.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(' said ', ' said again '));
    await live.refreshFile(file);
    live.warm();
    await live.flushCache();
    const next = await run();
    assert.strictEqual(next.lastUpdate(), 'rederived', 'a source changed since the views were saved');
    assert.deepStrictEqual(visible(next, briefs), visible(await Engine.open({ roots: [dir] }), briefs));
    assert.strictEqual((await run()).lastUpdate(), 'restored', 'and saved them for the run after');
  });

  test('a source changed between runs: the views are derived again', async () => {
    await run();
    const file = path.join(dir, 'generated', 'article-00006.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\b(\d{1,2}), (20\d\d)\b/, (_m, day: string, year: string) => `${(Number(day) % 27) + 1}, ${year}`));
    const again = await run();
    assert.strictEqual(again.lastUpdate(), 'rederived');
    assert.deepStrictEqual(visible(again, briefs), visible(await Engine.open({ roots: [dir] }), briefs));
  });

  test('a knowledge file changed between runs: the views are derived again', async () => {
    const knowledge = path.join(dir, 'knowledge.yaml');
    fs.writeFileSync(knowledge, 'entities:\n  - name: Jane Okafor\n    kind: person\n    roles: [trade minister]\n');
    await run(knowledge);
    assert.strictEqual((await run(knowledge)).lastUpdate(), 'restored');
    fs.writeFileSync(knowledge, 'entities:\n  - name: Jane Okafor\n    kind: person\n    roles: [chief negotiator]\n');
    const again = await run(knowledge);
    assert.strictEqual(again.lastUpdate(), 'rederived');
    assert.ok(again.snapshot().entities.some((e) => e.roles.some((r) => r.role === 'chief negotiator')));
  });

  test('a damaged views file is reported, the views derived, and saved again', async () => {
    const first = await run();
    const file = path.join(cacheDir, viewsFile()!);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 100));
    const again = await run();
    assert.strictEqual(again.lastUpdate(), 'rederived');
    assert.ok(again.problems().some((p) => p.severity === 'info' && /saved corpus views could not be read/.test(p.message)));
    assert.deepStrictEqual(visible(again, briefs.slice(0, 2)), visible(first, briefs.slice(0, 2)));
    const third = await run();
    assert.strictEqual(third.lastUpdate(), 'restored');
    assert.ok(!third.problems().some((p) => /views/.test(p.message)));
  });

  test('a yearless wire dated from the rest of the corpus reads back with the year it was given', async () => {
    fs.writeFileSync(path.join(dir, 'wire.txt'), ['France seeks delay to trade pact vote', '', 'BRUSSELS, Dec 15 (Wire) - The office of the French prime minister said on Sunday that Paris would ask for the December deadlines to move.'].join('\n'));
    fs.writeFileSync(path.join(dir, 'release.txt'), ['Council statement', 'Brussels, 1 December 2014', '', 'Ministers discussed the safeguard regulation for farm products.'].join('\n'));
    const first = await run();
    const second = await run();
    assert.strictEqual(second.lastUpdate(), 'restored');
    const sunday = (e: Engine) => e.snapshot().facts.find((f) => f.file.endsWith('wire.txt') && /Sunday/.test(f.date.text))?.date.value;
    assert.ok(sunday(first), 'the wire\'s Sunday has a day');
    assert.strictEqual(sunday(second), sunday(first));
    assert.deepStrictEqual(visible(second, [briefs[0]]), visible(first, [briefs[0]]));
  });

  test('a views file with a changed byte fails its checksum: reported, and the views derived', async () => {
    await run();
    const file = path.join(cacheDir, viewsFile()!);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 40] ^= 0x04;
    fs.writeFileSync(file, bytes);
    const again = await run();
    assert.strictEqual(again.lastUpdate(), 'rederived');
    assert.ok(again.problems().some((p) => /saved corpus views could not be read \(checksum mismatch\)/.test(p.message)));
  });

  test('saved views that name facts the corpus does not have are not used: reported, and the views derived', async () => {
    const first = await run();
    const file = path.join(cacheDir, viewsFile()!);
    const { views } = decodeViews(fs.readFileSync(file));
    assert.ok(views);
    views.lookups.byDay.known.fact[0] = 1_000_000;
    await writeViews(file, views);
    const again = await run();
    assert.strictEqual(again.lastUpdate(), 'rederived');
    assert.ok(again.problems().some((p) => /saved corpus views could not be used \(a saved view names fact 1000000 of \d+\)/.test(p.message)));
    assert.deepStrictEqual(visible(again, [briefs[1]]), visible(first, [briefs[1]]));
  });

  test('views saved by other code are not read back', () => {
    const bytes = v8.serialize({ stamp: 'another build', views: { signature: 'x' } });
    assert.deepStrictEqual(decodeViews(bytes), {});
  });
});
