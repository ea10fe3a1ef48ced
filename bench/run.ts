// npm run bench: index throughput, warm start, incremental update, check, hover and completion
// latency and peak memory on generated corpora, with chrono-node alone as a baseline. Prints a
// table and, last, one JSON line. BENCH_SIZES=100,1000 for a quick run. Never asserts timings.
import { execFileSync } from 'child_process';
import * as chrono from 'chrono-node';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../src/core/engine/engine';
import { brief, PROFILE, writeCorpus } from './generate';

const here = path.resolve(__dirname, '..', '..', 'bench', '.generated');

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function dirBytes(dir: string): number {
  return fs.readdirSync(dir).reduce((a, f) => a + fs.statSync(path.join(dir, f)).size, 0);
}

async function measure(size: number) {
  const dir = path.join(here, `${PROFILE}-${size}`);
  writeCorpus(dir, size);
  const mb = dirBytes(dir) / 1048576;
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-bench-'));
  let peak = 0;
  // The peak of each phase too, to tell which one sets the whole run's.
  let phase = 'cold';
  const phasePeaks: Record<string, number> = {};
  const record = () => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    phasePeaks[phase] = Math.max(phasePeaks[phase] ?? 0, Math.round(rss / 1048576));
  };
  const sample = setInterval(record, 20);
  // The timer never fires inside a synchronous phase (the queries): each phase is also read as it ends.
  const enter = (next: string) => {
    record();
    phase = next;
  };
  let t = performance.now();
  // As the extension's worker does: ready when the views are, the cache written after (timed apart).
  let cold: Engine | undefined = await Engine.open({ roots: [dir], cacheDir, writeCacheLater: true });
  cold.warm();
  const coldMs = performance.now() - t;
  t = performance.now();
  await cold.flushCache();
  const cacheWriteMs = performance.now() - t;
  enter('warm');
  cold = undefined; // let the cold engine go before the warm one loads
  (globalThis as { gc?: () => void }).gc?.();
  t = performance.now();
  const warm = await Engine.open({ roots: [dir], cacheDir });
  warm.warm(); // as the worker does after opening: views derived, lookups built
  const warmMs = performance.now() - t;
  const warmKind = warm.lastUpdate(); // 'restored' when the saved views were read back
  enter('updates');
  // One source edited at a time, as an analyst corrects a date or a sentence: the median of a
  // few edits, each undone afterwards.
  const victims = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 6).map((f) => path.join(dir, f));
  const edits: Array<(t: string) => string> = [(t) => t.replace('welcomed', 'cautiously welcomed'), (t) => t.replace(/\b(\d{1,2}), (20\d\d)\b/, (_m, d: string, y: string) => `${(Number(d) % 27) + 1}, ${y}`)];
  const incremental: number[] = [];
  const kinds = new Set<string | undefined>();
  for (const [i, victim] of victims.entries()) {
    const original = fs.readFileSync(victim, 'utf8');
    fs.writeFileSync(victim, edits[i % edits.length](original));
    t = performance.now();
    await warm.refreshFile(victim);
    warm.warm();
    incremental.push(performance.now() - t);
    kinds.add(warm.lastUpdate());
    fs.writeFileSync(victim, original);
    await warm.refreshFile(victim);
    warm.warm();
  }
  const incrementalMs = pct(incremental, 50);
  const incrementalKind = () => [...kinds].join('; ');
  // A new article brings new names and changes how many sources name each one: the entities are
  // merged again and the views updated where that reaches. Timed up to 10,000 articles.
  let newArticleMs: number | null = null;
  if (size <= 10_000) {
    const added = path.join(dir, 'zz-added-article.txt');
    fs.writeFileSync(added, fs.readFileSync(victims[0], 'utf8').replace(/Geneva/g, 'Montevideo').replace(/Bessent/g, 'Okafor'));
    t = performance.now();
    await warm.refreshFile(added);
    warm.warm();
    newArticleMs = performance.now() - t;
    kinds.add(`new article: ${warm.lastUpdate()}`);
    fs.rmSync(added);
    await warm.refreshFile(added);
  }
  enter('queries');
  const b5000 = brief(5000, size);
  warm.check(b5000); // first check builds the query indexes
  // A full check: five briefs never checked before, each once; the median, as one alone is at the
  // mercy of a collection pause or a busy core.
  const checkTimes: number[] = [];
  let diagnostics = warm.check(b5000);
  for (let i = 0; i < 5; i++) {
    const unseen = brief(5000, size, 100 + i);
    t = performance.now();
    warm.check(unseen);
    checkTimes.push(performance.now() - t);
  }
  const checkMs = pct(checkTimes, 50);
  // The check as the editor runs it while the analyst types: the same brief with one line changed.
  const recheckTimes: number[] = [];
  const lines = b5000.split('\n');
  for (let i = 0; i < 5; i++) {
    const at = 2 + Math.floor(((i + 0.5) / 5) * (lines.length - 2));
    const edited = [...lines.slice(0, at), lines[at].replace(' while ', ' even while '), ...lines.slice(at + 1)].join('\n');
    t = performance.now();
    diagnostics = warm.check(edited);
    recheckTimes.push(performance.now() - t);
  }
  const recheckMs = pct(recheckTimes, 50);
  diagnostics = warm.check(b5000);
  const hover: number[] = [];
  const complete: number[] = [];
  for (let i = 0; i < 500; i++) {
    const at = Math.floor((i / 500) * b5000.length);
    t = performance.now();
    warm.hoverAt(b5000, at);
    hover.push(performance.now() - t);
  }
  const prefixes = ['Gen', 'Lon', 'Bess', 'June 1', 'May 2', 'Stock', 'He Li', 'Kuala', 'Oct', 'tar'];
  for (let i = 0; i < 300; i++) {
    const text = `${b5000}\n${prefixes[i % prefixes.length]}`;
    t = performance.now();
    warm.complete(text, text.length, 'MMMM D, YYYY');
    complete.push(performance.now() - t);
  }
  clearInterval(sample);
  record();
  fs.rmSync(cacheDir, { recursive: true, force: true });
  return { size, mb, coldMs, mbPerS: mb / (coldMs / 1000), cacheWriteMs, warmMs, warmKind, incrementalMs, incrementalKind: incrementalKind(), newArticleMs, checkMs, recheckMs, warnings: diagnostics.length, hoverP50: pct(hover, 50), hoverP95: pct(hover, 95), completionP50: pct(complete, 50), completionP95: pct(complete, 95), peakRssMb: peak / 1048576, phasePeaks };
}

function chronoBaseline(size: number): number {
  const dir = path.join(here, `${PROFILE}-${size}`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  let bytes = 0;
  const t = performance.now();
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    chrono.parse(text, new Date('2025-06-13'));
  }
  return bytes / 1048576 / ((performance.now() - t) / 1000);
}

async function main() {
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000,25000').split(',').map(Number);
  if (process.argv[2] === '--one') {
    const r = await measure(Number(process.argv[3]));
    const chronoMb = process.argv[4] === 'chrono' ? chronoBaseline(r.size) : null;
    process.stdout.write(JSON.stringify({ ...r, chronoMb }) + '\n');
    return;
  }
  const rows: Array<Awaited<ReturnType<typeof measure>> & { chronoMb: number | null }> = [];
  const largest = Math.max(...sizes);
  for (const size of sizes) {
    // Each size in its own process, so one size's memory does not inflate another's peak.
    // A generous heap limit: the 25,000-article run must report its peak, not die at Node's default.
    const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=12288', __filename, '--one', String(size), size === largest ? 'chrono' : ''], { encoding: 'utf8', maxBuffer: 1 << 24 });
    rows.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  const f = (n: number, d = 1) => n.toFixed(d).padStart(9);
  console.log('articles       MB  cold ms   MB/s  warm ms  incr ms  new art ms  check ms  recheck  hover p50/p95   compl p50/p95  peak MB');
  for (const r of rows) console.log(`${String(r.size).padStart(8)} ${f(r.mb)} ${f(r.coldMs, 0)} ${f(r.mbPerS)} ${f(r.warmMs, 0)} ${f(r.incrementalMs)} ${r.newArticleMs === null ? '        —  ' : f(r.newArticleMs, 0) + '  '} ${f(r.checkMs)} ${f(r.recheckMs)} ${f(r.hoverP50, 2)}/${r.hoverP95.toFixed(2)} ${f(r.completionP50, 2)}/${r.completionP95.toFixed(2)} ${f(r.peakRssMb, 0)}`);
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    console.log(`growth ${a.size}→${b.size} (×${(b.size / a.size).toFixed(0)}): cold ×${(b.coldMs / a.coldMs).toFixed(1)}, warm ×${(b.warmMs / a.warmMs).toFixed(1)}, check ×${(b.checkMs / a.checkMs).toFixed(1)}, hover p95 ×${(b.hoverP95 / a.hoverP95).toFixed(1)}, completion p95 ×${(b.completionP95 / a.completionP95).toFixed(1)}, peak ×${(b.peakRssMb / a.peakRssMb).toFixed(1)}`);
  }
  console.log(`cache written after the cold index was ready, ms: ${rows.map((r) => `${r.size}: ${r.cacheWriteMs.toFixed(0)}`).join(', ')} (cold MB/s counting it: ${rows.map((r) => `${r.size}: ${(r.mb / ((r.coldMs + r.cacheWriteMs) / 1000)).toFixed(1)}`).join(', ')})`);
  console.log(`peak MB by phase: ${rows.map((r) => `${r.size}: ${Object.entries(r.phasePeaks).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('; ')}`);
  console.log(`warm start: views ${[...new Set(rows.map((r) => r.warmKind))].join(' | ')} (restored: read back from the views saved by the cold run)`);
  console.log(`incr ms: median of 6 edits of one source (a sentence, a date); new art ms: one article added; check ms: median of full checks of 5 unseen 5,000-word briefs; recheck: median of 5 checks of one brief with one line edited (claims matched before are taken from memory). Taken in as: ${[...new Set(rows.map((r) => r.incrementalKind))].join(' | ')}`);
  const at = (n: number) => rows.find((r) => r.size === n);
  const big = at(largest)!;
  const json = {
    index_mb_per_s: big.mbPerS,
    chrono_mb_per_s: big.chronoMb,
    ratio_vs_chrono: big.chronoMb ? big.mbPerS / big.chronoMb : null,
    ratio_vs_chrono_with_cache_write: big.chronoMb ? big.mb / ((big.coldMs + big.cacheWriteMs) / 1000) / big.chronoMb : null,
    measured_at_articles: largest,
    warm_start_ms_10k: at(10000)?.warmMs ?? null,
    incremental_ms_10k: at(10000)?.incrementalMs ?? null,
    incremental_new_article_ms_10k: at(10000)?.newArticleMs ?? null,
    hover_p95_ms_10k: at(10000)?.hoverP95 ?? null,
    completion_p95_ms_10k: at(10000)?.completionP95 ?? null,
    check_5000_words_ms_10k: at(10000)?.checkMs ?? null,
    recheck_5000_words_ms_10k: at(10000)?.recheckMs ?? null,
    peak_rss_mb_25k: at(25000)?.peakRssMb ?? null,
  };
  console.log(JSON.stringify(json));
}

main();
