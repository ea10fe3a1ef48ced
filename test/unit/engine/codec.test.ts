// The cache's binary layout gives back every field of every entry (a field it has no place for
// fails the build: see codec.ts), and a damaged file is a cold start, never a wrong index.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cachePath, pack, readCache, unpack, writeCache, type CachedEntry, type PackedEntry } from '../../../src/core/engine/cache';
import { decodeText } from '../../../src/core/corpus/decode';
import { htmlToText } from '../../../src/core/corpus/html';
import { BlockWriter, readBlocks } from '../../../src/core/engine/codec';
import { extractSource } from '../../../src/core/engine/extractSource';
import { listArticles } from '../../../src/core/corpus/walk';
import { withEntityKeys } from '../../../src/core/index/corpusIndex';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const examples = path.join(root, 'examples', 'sources');
// The example corpus and every corpus the tests keep: dated and undated, HTML, front matter.
const corpora = [examples, path.join(root, 'test', 'fixtures', 'workspace', 'sources'), path.join(root, 'test', 'fixtures', 'workspace-b', 'sources'), path.join(root, 'test', 'fixtures', 'own-eval')];

/** Corpora as the engine caches them. */
async function cachedEntries(roots = corpora): Promise<Map<string, CachedEntry>> {
  const out = new Map<string, CachedEntry>();
  for (const f of await listArticles(roots, [])) {
    const r = extractSource({ root: f.root, path: f.path, bytes: fs.readFileSync(f.path) });
    if (!r.entry) continue;
    const { text: _t, lineStarts: _l, ...rest } = r.entry;
    out.set(f.path, rest);
  }
  return out;
}

function roundTrip(entries: Map<string, PackedEntry>): Map<string, PackedEntry> {
  const w = new BlockWriter();
  for (const [k, e] of entries) w.add(k, e);
  const out = new Map<string, PackedEntry>();
  readBlocks(w.bytes(), 0, out);
  return out;
}

const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

suite('index cache layout', () => {
  let dir: string;
  setup(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-codec-'))));
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every entry of the test corpora comes back field for field, in order', async () => {
    const entries = await cachedEntries();
    assert.ok(entries.size >= 20, `only ${entries.size} sources`);
    const packed = new Map([...entries].map(([k, e]) => [k, pack(e)]));
    const back = roundTrip(packed);
    assert.deepStrictEqual([...back.keys()], [...packed.keys()]);
    // With its article's text, each is the entry the extraction made.
    for (const [k, e] of back) {
      const text = decodeText(fs.readFileSync(k));
      assert.ok(text.ok);
      const body = /\.html?$/i.test(k) ? htmlToText(text.text) : text.text;
      assert.deepStrictEqual(plain(unpack(e, body)), plain(entries.get(k)), k);
    }
  });

  test('rare fields and words outside ASCII survive', () => {
    const entry = {
      info: { path: '/c/ü.txt', file: 'ü.txt', bodyStart: 0, title: 'Zölle — “quoted”', date: null, dateSource: 'unknown', hash: 'h', size: 3, facts: 1 },
      mentions: [{ start: 0, end: 5, kind: 'person', canonical: 'Maroš Šefčovič', role: 'Trade Commissioner', affiliation: 'EU' }],
      facts: [
        {
          line: 2, sentenceStart: 0, sentenceEnd: 40, kind: 'talks', entities: ['person:maroš šefčovič'], places: ['Genève'], terms: ['zoll', '关税'],
          clauseStart: 0, clauseEnd: 40, clauseEntities: [], reliability: 'explicit', yearKnown: false,
          date: { start: 10, end: 20, type: 'DATE', value: 'XXXX-06-09', mod: 'START', precision: 'range', resolution: 'unresolved', month: 6, day: 9, endMonth: 6, endDay: 10, weekday: 1, weekdayStart: 3, weekdayEnd: 9, future: false },
        },
      ],
      problems: [{ file: 'ü.txt', severity: 'info', message: 'no date' }],
    } as unknown as PackedEntry;
    const back = roundTrip(new Map([['/c/ü.txt', entry]]));
    assert.deepStrictEqual(plain(pack(withEntityKeys(back.get('/c/ü.txt') as unknown as CachedEntry))), plain(entry));
    assert.strictEqual(back.get('/c/ü.txt')!.facts[0].date.future, false);
  });

  test('facts that name the same places and terms share one list each, whatever block they are in', () => {
    // A warm start makes each list once: hundreds of thousands of facts, a few thousand lists.
    const fact = (places: string[], terms: string[]) => ({
      line: 1, sentenceStart: 0, sentenceEnd: 10, kind: 'statement', entities: ['org:ustr'], places, terms,
      clauseStart: 0, clauseEnd: 10, clauseEntities: [], reliability: 'explicit', yearKnown: true,
      date: { start: 0, end: 4, type: 'DATE', value: '2025', precision: 'year', resolution: 'absolute' },
    });
    const entry = (n: number) => ({
      info: { path: `/c/${n}.txt`, file: `${n}.txt`, bodyStart: 0, title: 't', date: null, dateSource: 'unknown', hash: `h${n}`, size: 3, facts: 2 },
      mentions: [],
      facts: [fact(['China', 'Geneva'], ['tariff']), fact(['China'], ['tariff', 'talks'])],
      problems: [],
    }) as unknown as PackedEntry;
    // Two blocks, each with its own string table.
    const bytes = Buffer.concat([1, 2].map((n) => { const w = new BlockWriter(); w.add(`/c/${n}.txt`, entry(n)); return w.bytes(); }));
    const back = new Map<string, PackedEntry>();
    readBlocks(bytes, 0, back);
    const [a, b] = [back.get('/c/1.txt')!, back.get('/c/2.txt')!];
    assert.deepStrictEqual(a.facts[0].places, ['China', 'Geneva']);
    assert.deepStrictEqual(a.facts[1].terms, ['tariff', 'talks']);
    assert.strictEqual(a.facts[0].places, b.facts[0].places);
    assert.strictEqual(a.facts[0].terms, b.facts[0].terms);
    assert.strictEqual(a.facts[1].terms, b.facts[1].terms);
    assert.notStrictEqual(a.facts[0].places, a.facts[1].places, 'different lists stay apart');
  });

  test('a cut-off or overwritten cache file is read as no cache', async () => {
    const entries = await cachedEntries([examples]);
    const file = cachePath(dir, [examples]);
    await writeCache(file, entries);
    assert.strictEqual((await readCache(file)).size, entries.size);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    assert.strictEqual((await readCache(file)).size, 0);
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, 64), Buffer.alloc(bytes.length - 64, 0xff)]));
    assert.strictEqual((await readCache(file)).size, 0);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] ^= 1; // one bit in the middle of an offset or a word
    fs.writeFileSync(file, flipped);
    assert.strictEqual((await readCache(file)).size, 0);
  });
});
