// An edited source is patched into the index rather than the whole corpus derived again; what
// the writer sees afterwards (warnings, hovers, completions, the views) must be exactly what a
// fresh index of the edited corpus gives.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { brief as benchBrief, writeCorpus } from '../../../bench/generate';
import { Engine } from '../../../src/core/engine/engine';
import type { UpdateKind } from '../../../src/core/index/corpusIndex';
import { copyOwnEval, visible } from '../helpers/visible';

suite('engine: one edited source is patched in, and answers as a fresh index would', () => {
  let dir = '';
  let briefs: string[] = [];
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-incremental-'));
    writeCorpus(path.join(dir, 'generated'), 40);
    for (const f of fs.readdirSync(path.join(dir, 'generated'))) if (f.startsWith('.complete')) fs.rmSync(path.join(dir, 'generated', f));
    fs.mkdirSync(path.join(dir, 'own'));
    briefs = [...copyOwnEval(path.join(dir, 'own')), benchBrief(600, 40)];
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Applies the edits one at a time to an open engine, then compares it with one opened afresh. */
  async function editAndCompare(edits: Array<[string, (text: string) => string | null]>, expected: UpdateKind): Promise<void> {
    const live = await Engine.open({ roots: [dir] });
    live.warm();
    // Checked once before the edits, as the editor does: what it remembers of the old sources must
    // not answer for the new ones.
    visible(live, briefs);
    // The edited sources themselves, read as briefs, probe the dates and names they hold.
    const edited: string[] = [];
    for (const [file, edit] of edits) {
      const full = path.join(dir, file);
      const before = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
      const after = edit(before);
      assert.notStrictEqual(after, before, `the edit of ${file} changes nothing`);
      // null deletes the file; a file that was not there is created.
      if (after === null) fs.rmSync(full);
      else {
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, after);
      }
      edited.push(before, after ?? '');
      assert.ok(await live.refreshFile(full));
      live.warm();
      assert.strictEqual(live.lastUpdate(), expected, file);
    }
    const fresh = await Engine.open({ roots: [dir] });
    assert.deepStrictEqual(visible(live, briefs), visible(fresh, briefs));
    assert.deepStrictEqual(visible(live, edited, 5), visible(fresh, edited, 5));
  }

  test('prose edited around the names, in a generated article and in hand-written ones', async () => {
    const own = fs.readdirSync(path.join(dir, 'own'));
    await editAndCompare(
      [
        ['generated/article-00003.txt', (t) => t.replace(' said ', ' said on the record ')],
        [`own/${own[0]}`, (t) => t.replace(/\.\s/, '. Officials were cautious about it. ')],
        [`own/${own[3]}`, (t) => t.replace(/ the /g, ' this ')],
      ],
      'patched',
    );
  });

  test('a corrected date regroups the event it belongs to', async () => {
    const own = fs.readdirSync(path.join(dir, 'own'));
    const dated = own.find((f) => /\b(?:June|May|April|March) \d{1,2}\b/.test(fs.readFileSync(path.join(dir, 'own', f), 'utf8')))!;
    await editAndCompare(
      [
        [`own/${dated}`, (t) => t.replace(/\b(June|May|April|March) (\d{1,2})\b/, (_m, month: string, day: string) => `${month} ${(Number(day) % 27) + 1}`)],
        ['generated/article-00007.txt', (t) => t.replace(/\b(\d{1,2}), (20\d\d)\b/, (_m, day: string, year: string) => `${(Number(day) % 27) + 1}, ${year}`)],
      ],
      'patched',
    );
  });

  test('a date added or removed changes how many facts the source holds', async () => {
    await editAndCompare(
      [
        ['generated/article-00011.txt', (t) => t.replace(/\n\n/, '\n\nTrade officials met again on March 3, 2025, and talked for hours.\n\n')],
        ['generated/article-00012.txt', (t) => t.replace(/[^\n]*\d{4}[^\n]*\n/, '\n')],
      ],
      'patched',
    );
  });

  test('an edit that names someone new merges the entities again and updates what it touches', async () => {
    await editAndCompare([['generated/article-00005.txt', (t) => t.replace(' said ', ' said, according to Jane Okafor of the Lagos Chamber of Commerce, ')]], 'updated');
  });

  test('a new source, with new names and known ones, is added without deriving everything again', async () => {
    const model = fs.readFileSync(path.join(dir, 'generated', 'article-00002.txt'), 'utf8');
    await editAndCompare([['zz-new/late-report.txt', () => model.replace(/Geneva/g, 'Montevideo').replace(/\bHe Lifeng\b/g, 'Li Chenggang')]], 'updated');
  });

  test('a removed source takes its facts and events with it', async () => {
    const own = fs.readdirSync(path.join(dir, 'own'));
    await editAndCompare([[`own/${own[1]}`, () => null]], 'updated');
  });

  test('an anchor named from a source that is removed takes the name a fresh index gives it', async () => {
    // The first source speaks of a threat: the 37% anchor is "37% tariff threat" until it goes.
    fs.mkdirSync(path.join(dir, 'rates'));
    fs.writeFileSync(path.join(dir, 'rates', 'a-threat.txt'), 'Trade wire\n2025-03-05T08:00:00Z\n\nThe president repeated his threat of a 37% tariff on cut flowers on March 3, 2025.\n');
    fs.writeFileSync(path.join(dir, 'rates', 'b-start.txt'), 'Trade wire\n2025-03-13T08:00:00Z\n\nThe 37% tariff on cut flowers took effect on March 12, 2025.\n');
    await editAndCompare([['rates/a-threat.txt', () => null]], 'updated');
  });

  test('sources that make a place common move an event to a rarer anchor', async () => {
    // Nairobi and Lima both name the talks; the rarer of the two anchors the event. Two more
    // sources naming Nairobi make Lima the rarer: a fresh index calls them the Lima talks.
    fs.mkdirSync(path.join(dir, 'anchor'));
    fs.writeFileSync(path.join(dir, 'anchor', 'a-talks.txt'), 'Trade wire\n2025-03-05T08:00:00Z\n\nOfficials from Nairobi and Lima held talks on March 3, 2025, on tariffs for cut flowers.\n');
    fs.writeFileSync(path.join(dir, 'anchor', 'b-lima.txt'), 'Report\n\nExporters in Lima said prices for asparagus rose.\n');
    await editAndCompare(
      [
        ['anchor/c-nairobi.txt', () => 'Report\n\nFlower farmers in Nairobi complained about freight.\n'],
        ['anchor/d-nairobi.txt', () => 'Report\n\nTraders in Nairobi waited for the outcome.\n'],
      ],
      'updated',
    );
  });

  test('a full name that arrives later takes over the surname the corpus had alone', async () => {
    fs.mkdirSync(path.join(dir, 'names'));
    fs.writeFileSync(path.join(dir, 'names', 'a-minister.txt'), 'Trade wire\n2025-03-05T08:00:00Z\n\nTrade Minister Okafor said on Monday that the talks on cut flowers ended on March 3, 2025.\n');
    await editAndCompare([['names/b-full.txt', () => 'Report\n\nTrade Minister Adaeze Okafor visited Lima to discuss asparagus.\n']], 'updated');
  });

  test('a batch of changes (an edit, a new source, a deletion) taken in before the views are asked for', async () => {
    const live = await Engine.open({ roots: [dir] });
    live.warm();
    const edited = path.join(dir, 'generated', 'article-00014.txt');
    fs.writeFileSync(edited, fs.readFileSync(edited, 'utf8').replace(' said ', ' said once more '));
    const added = path.join(dir, 'zz-batch', 'note.txt');
    fs.mkdirSync(path.dirname(added));
    fs.writeFileSync(added, 'Trade wire\n2025-04-02T08:00:00Z\n\nTrade Minister Adaeze Okafor met officials in Lima on April 1, 2025, to discuss asparagus tariffs.\n');
    const deleted = path.join(dir, 'generated', 'article-00020.txt');
    fs.rmSync(deleted);
    for (const f of [edited, added, deleted]) await live.refreshFile(f);
    live.warm();
    assert.strictEqual(live.lastUpdate(), 'updated');
    const fresh = await Engine.open({ roots: [dir] });
    assert.deepStrictEqual(visible(live, briefs), visible(fresh, briefs));
  });

  test('a source removed and written again moves to the end of the corpus order', async () => {
    const file = path.join(dir, 'generated', 'article-00009.txt');
    const live = await Engine.open({ roots: [dir] });
    live.warm();
    const text = fs.readFileSync(file, 'utf8');
    const other = path.join(dir, 'zz-other.txt');
    const otherText = text.replace(' said ', ' reportedly said '); // the same dates and names: ties to break
    // In one batch: the source goes, another arrives, the first comes back (after the other).
    fs.rmSync(file);
    await live.refreshFile(file);
    fs.writeFileSync(other, otherText);
    await live.refreshFile(other);
    fs.writeFileSync(file, text.replace(' said ', ' said again '));
    await live.refreshFile(file);
    live.warm();
    assert.strictEqual(live.lastUpdate(), 'updated');
    // Then an edit of a source listed after it, patched in by its place in the corpus order.
    const later = path.join(dir, 'generated', 'article-00030.txt');
    const laterText = fs.readFileSync(later, 'utf8');
    fs.writeFileSync(later, laterText.replace(' said ', ' said at length '));
    await live.refreshFile(later);
    live.warm();
    assert.strictEqual(live.lastUpdate(), 'patched');
    // A fresh engine lists it in its place; this one has it last, as a full derivation after the
    // same steps would: compare with an engine that took them and derived everything each time.
    fs.writeFileSync(file, text);
    fs.writeFileSync(later, laterText);
    fs.rmSync(other);
    const reference = await Engine.open({ roots: [dir], incrementalViews: false });
    reference.warm();
    fs.rmSync(file);
    await reference.refreshFile(file);
    fs.writeFileSync(other, otherText);
    await reference.refreshFile(other);
    reference.warm();
    fs.writeFileSync(file, text.replace(' said ', ' said again '));
    await reference.refreshFile(file);
    reference.warm();
    fs.writeFileSync(later, laterText.replace(' said ', ' said at length '));
    await reference.refreshFile(later);
    reference.warm();
    assert.strictEqual(reference.lastUpdate(), 'rederived');
    assert.deepStrictEqual(visible(live, briefs), visible(reference, briefs));
  });
});

suite('engine: a random run of changes gives, after each batch, what deriving everything gives', () => {
  const NAMES = ['Adaeze Okafor', 'Tomas Lindqvist', 'Mei Tanaka'];
  const PLACES = ['Nairobi', 'Lima', 'Hanoi'];

  /** A small deterministic generator, so a failure can be replayed. */
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => (s = (s * 1664525 + 1013904223) >>> 0) / 4294967296;
  }

  for (const seed of [11, 29, 42]) {
    test(`seed ${seed}: edits, corrected dates, new names, new, removed and returning sources`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-random-'));
      try {
        writeCorpus(dir, 30);
        for (const f of fs.readdirSync(dir)) if (f.startsWith('.complete')) fs.rmSync(path.join(dir, f));
        const briefs = [benchBrief(400, 30)];
        const live = await Engine.open({ roots: [dir] });
        const reference = await Engine.open({ roots: [dir], incrementalViews: false });
        live.warm();
        reference.warm();
        const r = rng(seed);
        const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
        const removed = new Map<string, string>();
        const kinds = new Set<string | undefined>();
        for (let step = 0; step < 12; step++) {
          const touched = new Set<string>();
          for (let k = 0, n = 1 + Math.floor(r() * 3); k < n; k++) {
            const present = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
            const file = path.join(dir, pick(present));
            const text = fs.readFileSync(file, 'utf8');
            const op = Math.floor(r() * 6);
            if (op === 0) fs.writeFileSync(file, text.replace(' said ', pick([' said again ', ' said, briefly, ', ' told reporters '])));
            else if (op === 1) fs.writeFileSync(file, text.replace(/\b(\d{1,2}), (20\d\d)\b/, (_m, d: string, y: string) => `${(Number(d) % 27) + 1}, ${y}`));
            else if (op === 2) fs.writeFileSync(file, text.replace(/\n\n/, `\n\nTrade Minister ${pick(NAMES)} met officials in ${pick(PLACES)} on March ${1 + Math.floor(r() * 27)}, 2025.\n\n`));
            else if (op === 3) {
              const added = path.join(dir, `zz-${step}-${k}.txt`);
              fs.writeFileSync(added, text.replace(/Geneva/g, pick(PLACES)));
              touched.add(added);
            } else if (op === 4 && present.length > 20) {
              removed.set(file, text);
              fs.rmSync(file);
            } else if (removed.size) {
              const [back, was] = [...removed][0];
              removed.delete(back);
              fs.writeFileSync(back, was);
              touched.add(back);
            }
            touched.add(file);
          }
          for (const f of touched) {
            await live.refreshFile(f);
            await reference.refreshFile(f);
          }
          live.warm();
          reference.warm();
          kinds.add(live.lastUpdate());
          assert.deepStrictEqual(visible(live, briefs, 53), visible(reference, briefs, 53), `after step ${step}`);
        }
        // The run went through the incremental paths, not only full derivations.
        assert.ok(kinds.has('patched') || kinds.has('updated'), [...kinds].join(', '));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
