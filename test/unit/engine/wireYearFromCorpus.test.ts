// A wire dated by month and day alone ("BRUSSELS, Dec 15 (Wire) -") whose text says nothing of its
// year is read in the year that puts it nearest the corpus's dated sources: its "on Sunday" then
// has a day. The guess follows the corpus when sources come and go, and a warm start keeps it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = [
  'France seeks delay to trade pact vote',
  '',
  'BRUSSELS, Dec 15 (Wire) - The office of the French prime minister said on Sunday that Paris would ask its partners to push back the December deadlines for the pact.',
  'Farm ministers had met in Luxembourg on Oct. 13 and called the deadlines too tight.',
].join('\n');

const release = (date: string) => ['Council statement', `Brussels, ${date}`, '', 'Ministers discussed the safeguard regulation for farm products.'].join('\n');

suite('engine: the year of a yearless wire, from the corpus', () => {
  let dir: string;
  let cacheDir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-wire-year-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-wire-year-cache-'));
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE);
  });
  teardown(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });
  const wireDoc = (e: Engine) => e.snapshot().documents.find((d) => d.file.endsWith('wire.txt'))!;
  const sunday = (e: Engine) => e.snapshot().facts.find((f) => f.file.endsWith('wire.txt') && /Sunday/.test(f.date.text));

  test('with no dated source the wire stays undated, and says why', async () => {
    const e = await Engine.open({ roots: [dir] });
    assert.strictEqual(wireDoc(e).date, null);
    assert.match(wireDoc(e).dateNote, /without its year/);
    assert.strictEqual(sunday(e), undefined);
  });

  test('beside sources of December 2025 it is 15 December 2025, a guess, and its Sunday is the 14th', async () => {
    fs.writeFileSync(path.join(dir, 'release.txt'), release('5 December 2025'));
    const e = await Engine.open({ roots: [dir] });
    assert.deepStrictEqual([wireDoc(e).date, wireDoc(e).dateSource], ['2025-12-15', 'inferred']);
    assert.match(wireDoc(e).dateNote, /the year in which the corpus's dated sources are nearest it/);
    assert.strictEqual(sunday(e)?.date.value, '2025-12-14');
    // The day counted from a guessed date supports a brief; it never contradicts one alone.
    assert.deepStrictEqual(e.check('# Brief\n\nParis asked on Sunday, 14 December 2025, for the December deadlines to be pushed back.\n'), []);
  });

  test('when the dated sources change year, the wire follows; a warm start keeps what the cold one found', async () => {
    fs.writeFileSync(path.join(dir, 'release.txt'), release('5 December 2025'));
    const e = await Engine.open({ roots: [dir], cacheDir });
    assert.strictEqual(wireDoc(e).date, '2025-12-15');
    // (A year in which Dec 15 is the day after the Sunday its lead names: in 2023 the weekday would move it to 2024.)
    fs.writeFileSync(path.join(dir, 'release.txt'), release('1 December 2014'));
    await e.refreshFile(path.join(dir, 'release.txt'));
    assert.strictEqual(wireDoc(e).date, '2014-12-15');
    assert.strictEqual(sunday(e)?.date.value, '2014-12-14');
    await e.flushCache();
    const warm = await Engine.open({ roots: [dir], cacheDir });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(warm.snapshot())), JSON.parse(JSON.stringify(e.snapshot())));
    fs.rmSync(path.join(dir, 'release.txt'));
    assert.ok(warm.removeFile(path.join(dir, 'release.txt')));
    assert.strictEqual(wireDoc(warm).date, null);
  });
});

suite('check: a day counted from a guessed date gives way to a firm source that agrees with it', () => {
  const corpus = tempCorpus({
    'wire.txt': [
      'Framework agreed before summit',
      '',
      'KUALA LUMPUR, Oct 27 (Wire) - Negotiators worked out the framework for the leaders during two days of talks in Kuala Lumpur that wrapped up on Sunday, officials said.',
    ],
    'timeline.md': ['# Road to the summit', 'Updated 3 November 2025', '', '| Date | Step |', '|---|---|', '| Oct 25-26, 2025 | Trade talks in Kuala Lumpur |', '| Oct 30, 2025 | Leaders meet in Busan |'],
    ...RATE_NEWS,
  });

  test('the talks’ end is still checked, against the timeline', () => {
    assert.strictEqual(corpus.engine().snapshot().facts.find((f) => f.file.endsWith('wire.txt') && f.date.text === 'Sunday')?.date.value, '2025-10-26');
    assert.deepStrictEqual(corpus.warnings('The talks in Kuala Lumpur wrapped up on 2025-10-28.').length, 1);
  });
});

suite('engine: a yearless wire whose own dates are months away', () => {
  const wire = ['Britain seeks carve-out', '', 'BRUSSELS, Oct 16 (Wire) - Britain asked the bloc for an allowance under the new steel rules, which would apply from July 1, 2026.'].join('\n');
  let dir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-wire-guess-'));
    fs.writeFileSync(path.join(dir, 'wire.txt'), wire);
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const wireDate = async () => (await Engine.open({ roots: [dir] })).snapshot().documents.find((d) => d.file.endsWith('wire.txt'))!.date;

  // (A wire that only looks ahead to July 1, 2026 was filed before it: the October before, not the
  // one nearest; round 1342.)
  test('alone, it keeps the year its text suggests', async () => {
    assert.strictEqual(await wireDate(), '2025-10-16');
  });

  test('sources dated within weeks of its day in another year settle it', async () => {
    fs.writeFileSync(path.join(dir, 'release.txt'), ['Commission proposal', 'Brussels, 7 October 2024', '', 'The Commission proposed new steel rules.'].join('\n'));
    assert.strictEqual(await wireDate(), '2024-10-16');
  });

  test('sources months away from it leave the text’s guess', async () => {
    fs.writeFileSync(path.join(dir, 'release.txt'), ['Commission proposal', 'Brussels, 3 March 2024', '', 'The Commission consulted on steel.'].join('\n'));
    assert.strictEqual(await wireDate(), '2025-10-16');
  });
});
