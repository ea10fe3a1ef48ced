// The corpus engine as the editor and the CLI see it: load a corpus (from the cache where the
// content is unchanged), keep it current one file at a time, and answer queries from the index.
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOptions, CompletionSuggestion, CorpusSnapshot, DateStyle, HoverCard } from '../api';
import { checkBrief } from '../check/checkBrief';
import { leadSentence } from '../corpus/article';
import { decodeText } from '../corpus/decode';
import { isArticlePath, listArticles } from '../corpus/walk';
import { decisiveWireDay, toldWireYear, type ToldDay, votingDays, wireDayAboveFloor, wireDayByCorpus, withoutOwnDay } from '../dates/corpusYears';
import { isoDate, isValidDate, pad2 } from '../dates/calendar';
import { nearestMonthDay } from '../dates/documentDate';
import { contentTerms } from '../text/terms';
import { CorpusIndex, type DocEntry, type Derived, type UpdateKind } from '../index/corpusIndex';
import { parseKnowledge } from '../knowledge/knowledgeFile';
import { completeAt } from '../query/complete';
import { hoverAt } from '../query/hover';
import { prepareLookups } from '../query/lookups';
import type { BriefDiagnostic, CorpusProblem } from '../types';
import { cachePath, decodeCache, readCacheFile, restore, writeCache, type CachedEntry, type PackedEntry } from './cache';
import { ExtractPool, MIN_JOBS_FOR_POOL } from './extractPool';
import { extractSource, type ExtractJob, type ExtractResult } from './extractSource';
import { cachedArticleText, readSourceFile } from './sourceFile';
import { SourceReader } from './sourceReader';
import { decodeViews, readViewsFile, viewsPath, writeViews } from './viewsCache';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Sources read, extracted and added per round of a load. */
const LOAD_WINDOW = 2048;

export interface EngineOptions {
  /** Corpus folders (absolute paths). Missing folders are reported as problems, not thrown. */
  roots: string[];
  /** Absolute path of the knowledge YAML file, if any. */
  knowledgeFile?: string;
  /** Files larger than this are skipped with a problem (bytes). */
  maxFileBytes?: number;
  /** Folder for the persistent cache; none when absent. */
  cacheDir?: string;
  /** Called as files are indexed. */
  onProgress?: (done: number, total: number) => void;
  /** Leave writing the cache to flushCache(): the worker writes it once the views are ready. */
  writeCacheLater?: boolean;
  /** False: derive every corpus view again after any change instead of updating it (default true). */
  incrementalViews?: boolean;
  /** Extraction worker threads for a cold index (default: one per core beyond this thread, up to 7; 0: none). */
  extractWorkers?: number;
  /** Polled between files: indexing stops early when it returns true. */
  isCancelled?: () => boolean;
}

export class Engine {
  private readonly index: CorpusIndex;
  private cache = new Map<string, CachedEntry>();
  private cacheDirty = false;

  private constructor(private readonly options: EngineOptions) {
    this.index = new CorpusIndex(options.incrementalViews ?? true);
  }

  static async open(options: EngineOptions): Promise<Engine> {
    const engine = new Engine(options);
    await engine.load();
    return engine;
  }

  private get maxBytes(): number {
    return this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  }

  private rootOf(file: string): string | undefined {
    return this.options.roots.find((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  }

  private async load(): Promise<void> {
    const problems = this.index.problems;
    const cacheFile = this.options.cacheDir ? cachePath(this.options.cacheDir, this.options.roots) : undefined;
    // The folders are listed while the cache file is read (both wait on the disk); then, with a
    // cache, the sources are read on a worker while the cache is decoded here.
    const [files, cacheBytes, viewsBytes] = await Promise.all([listArticles(this.options.roots, problems), cacheFile ? readCacheFile(cacheFile) : undefined, cacheFile ? readViewsFile(viewsPath(cacheFile)) : undefined]);
    const reader = cacheBytes ? SourceReader.start(files.map((f) => f.path), this.maxBytes) : undefined;
    const decoded = decodeCache(cacheBytes);
    const cached = decoded.entries;
    if (decoded.damaged && cacheFile) problems.push({ file: cacheFile, severity: 'info', message: `index cache could not be read (${decoded.damaged}); the sources are indexed again and the cache rewritten` });
    // Sources are read a window at a time; those not in the cache are extracted on every core
    // (ExtractPool), then all are added in listing order, so the index does not depend on which
    // worker finished first.
    let pool: ExtractPool | undefined;
    let done = 0;
    let cancelled = false;
    const cancel = () => {
      if (!cancelled) problems.push({ file: this.options.roots[0] ?? '', severity: 'info', message: 'indexing was cancelled; the corpus is incomplete' });
      cancelled = true;
    };
    try {
      for (let at = 0; at < files.length && !cancelled; at += LOAD_WINDOW) {
        const window = files.slice(at, at + LOAD_WINDOW);
        // Per source of the window: its extraction, its cached one, or 'done' (nothing to add).
        const results: Array<ExtractResult | { cached: DocEntry } | 'done' | undefined> = [];
        const jobs: ExtractJob[] = [];
        const jobSlots: number[] = [];
        for (const [k, f] of window.entries()) {
          if (this.options.isCancelled?.()) {
            cancel();
            break;
          }
          const read = this.readSource(f.root, f.path, cached.get(f.path), await reader?.next());
          if (read.bytes) {
            jobSlots.push(k);
            jobs.push({ root: f.root, path: f.path, bytes: read.bytes });
          }
          results[k] = read.bytes ? undefined : read.fromCache ? { cached: read.fromCache } : 'done';
          if (!read.bytes) this.options.onProgress?.(++done, files.length);
          // Reads are synchronous (the engine runs off the editor's thread, in a worker or the CLI),
          // so give the event loop a turn now and then: that is when a cancel message arrives.
          if (k % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
        }
        if (!pool && jobs.length >= MIN_JOBS_FOR_POOL && this.options.extractWorkers !== 0) pool = ExtractPool.open(this.options.extractWorkers);
        const take = (j: number, r: ExtractResult) => {
          results[jobSlots[j]] = r;
          this.options.onProgress?.(++done, files.length);
        };
        if (pool) await pool.run(jobs, take, () => this.options.isCancelled?.() ?? false);
        else {
          for (const [j, job] of jobs.entries()) {
            if (this.options.isCancelled?.()) break;
            take(j, extractSource(job));
            if (j % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
          }
        }
        for (const [k, f] of window.entries()) {
          const r = results[k];
          if (r === undefined) {
            if (k < results.length) cancel(); // read but never extracted: cancelled mid-window
            continue;
          }
          if (r !== 'done') {
            if ('cached' in r) this.addExtracted(f.path, { entry: r.cached, problems: [] }, true);
            else this.addExtracted(f.path, r);
          }
        }
      }
    } finally {
      await Promise.all([pool?.close(), reader?.close()]);
    }
    if (!cancelled) this.redateWires();
    await this.loadKnowledge();
    // The views of the last run are read back if they were derived from these very sources.
    const views = decodeViews(viewsBytes);
    if (views.views && cacheFile) this.index.offerViews(views.views, viewsPath(cacheFile));
    if (views.damaged && cacheFile) problems.push({ file: viewsPath(cacheFile), severity: 'info', message: `saved corpus views could not be read (${views.damaged}); they are derived again` });
    this.cacheDirty = this.cacheDirty || cached.size !== this.cache.size;
    if (!this.options.writeCacheLater) await this.flushCache();
  }

  /**
   * Reads one source. Returns its cached extraction when its content is unchanged, its bytes when
   * it still has to be extracted, `unchanged` when the index already holds this content, and
   * nothing (with a problem recorded) when it cannot be read.
   */
  private readSource(root: string, file: string, cached?: PackedEntry, read = readSourceFile(file, this.maxBytes)): { bytes?: Uint8Array; fromCache?: DocEntry; unchanged?: boolean } {
    const { bytes, hash, tooLarge, error } = read;
    if (tooLarge !== undefined) {
      this.forget(file);
      this.index.problems.push({ file, severity: 'warning', message: `skipped: ${(tooLarge / 1048576).toFixed(1)} MB is over the ${(this.maxBytes / 1048576).toFixed(1)} MB limit for a source file` });
      return {};
    }
    if (!bytes || !hash) {
      this.forget(file);
      if (error?.code !== 'ENOENT') this.index.problems.push({ file, severity: 'warning', message: `could not be read: ${error?.message ?? 'unknown error'}` });
      return {};
    }
    if (!cached && this.index.entry(file)?.info.hash === hash) return { unchanged: true };
    if (cached && cached.info.hash === hash) {
      let decoded = read.decoded;
      if (decoded === undefined) {
        const d = decodeText(bytes);
        if (d.ok) decoded = d.text;
      }
      if (decoded !== undefined) return { fromCache: restore(cached, cachedArticleText(file, decoded, cached.blanks)) };
    }
    return { bytes };
  }

  /** Adds an extracted (or cached) source to the index and the cache, or records why it could not be read. */
  private addExtracted(file: string, r: ExtractResult, fromCache = false): void {
    if (!r.entry) {
      this.forget(file);
      this.index.problems.push(...r.problems);
      return;
    }
    this.index.setDocument(r.entry);
    const { text: _t, lineStarts: _l, ...rest } = r.entry;
    this.cache.set(file, rest);
    if (!fromCache) this.cacheDirty = true;
  }

  private forget(file: string): void {
    this.index.removeDocument(file);
    this.cache.delete(file);
  }

  /** Reads again the yearless wires whose year the corpus now puts elsewhere (none in most corpora). */
  private redateWires(): void {
    let days: number[] | undefined; // collected once, when a wire needs them
    let told: ReturnType<typeof toldDays> | undefined;
    for (const e of [...this.index.entries()]) {
      if (!e.corpusDay) continue;
      days ??= votingDays(this.index.entries());
      const { month, day, guess, leans, floor, votes, ceiling } = e.corpusDay;
      const others = votes ? withoutOwnDay(days, e.info.date) : days;
      let toldBy: string | undefined;
      let dayBefore = false;
      // (A page whose guess is only the latest year before its schedule: the year whose sources stand
      // nearest its day, not after the guess; "23 October" of a page that sets "from 1 January 2027",
      // among sources of 2025, is of 2025.)
      const byNearest = ceiling && guess ? wireDayByCorpus(month, day, others) : undefined;
      let want = leans ? decisiveWireDay(month, day, others, guess) : floor && guess ? wireDayAboveFloor(month, day, others, guess) : byNearest && byNearest <= guess! ? byNearest : wireDayByCorpus(month, day, others, guess);
      // Another source that writes the wire's day out in full, of what its lead tells, says its year
      // better than the dates of the sources around it (a year the text leans on excepted).
      if (!leans) {
        told ??= toldDays(this.index.entries());
        // (Words are read only for the sources that give the wire's own day, or the day before it: a
        // busy corpus has 100,000 full dates.) The day before: "NEW DELHI, March 17 - India and New
        // Zealand have agreed to reopen negotiations …" over "formally launched on 16 March 2025".
        let leadTerms: Set<string> | undefined;
        const lead = () => (leadTerms ??= new Set(contentTerms(wireLead(e))));
        for (const back of [0, 1]) {
          const before = new Date(Date.UTC(2001, month - 1, day - back)); // any year with no 29 February
          const key = `${pad2(before.getUTCMonth() + 1)}-${pad2(before.getUTCDate())}`;
          const turn = before.getUTCMonth() + 1 > month ? 1 : 0; // the day before 1 January is the year before
          const candidates = toldByOthers(told, key, e.info.path, turn);
          const year = candidates.length ? toldWireYear(lead(), candidates, floor && guess ? Number(guess.slice(0, 4)) : undefined) : undefined;
          if (year !== undefined && isValidDate(year, month, day)) {
            want = isoDate(year, month, day);
            toldBy = candidates.find((t) => t.year === year)?.path;
            dayBefore = back === 1;
            break;
          }
        }
      }
      // Else a day its text recalls without a year ("initiated the probe on April 1"), which another
      // source writes out in full of the same act ("On April 1, 2025, the Secretary initiated …"):
      // the wire is of the year that puts its own day nearest that one.
      let recalled: string | undefined;
      if (!leans && toldBy === undefined) {
        told ??= toldDays(this.index.entries());
        const found = recalledDayInFull(e, told, floor && guess ? Number(guess.slice(0, 4)) : undefined);
        const near = found && nearestMonthDay(month, day, found.date);
        if (found && near) {
          want = near;
          toldBy = found.path;
          recalled = found.text;
        }
      }
      const root = this.rootOf(e.info.path);
      if ((want ?? null) === e.info.date || !root) continue;
      const read = readSourceFile(e.info.path, this.maxBytes);
      const whichDay = recalled ? `"${recalled}", a day it recalls,` : dayBefore ? 'the day before it' : 'this day';
      const nearToldBy = toldBy && `${this.index.entry(toldBy)?.info.file ?? 'another source'} gives ${whichDay} in full`;
      if (read.bytes) this.addExtracted(e.info.path, extractSource({ root, path: e.info.path, bytes: read.bytes, near: want, nearToldBy }));
    }
  }

  /** Reads and indexes one source now. Returns false when its content is what the index already holds. */
  private readOne(root: string, file: string): boolean {
    const read = this.readSource(root, file);
    if (read.unchanged) return false;
    if (read.bytes) this.addExtracted(file, extractSource({ root, path: file, bytes: read.bytes }));
    return true;
  }

  private async loadKnowledge(): Promise<void> {
    const file = this.options.knowledgeFile;
    if (!file) return this.index.setKnowledge(undefined);
    let text: string;
    try {
      text = await fs.promises.readFile(file, 'utf8');
    } catch {
      return this.index.setKnowledge(undefined); // no knowledge file yet: that is fine
    }
    this.index.setKnowledge(parseKnowledge(text, file));
  }

  private derived(): Derived {
    return this.index.get();
  }

  snapshot(): CorpusSnapshot {
    const d = this.derived();
    return { roots: this.options.roots, documents: d.documents, entities: d.entities, events: d.events, facts: d.facts, problems: this.problems() };
  }

  problems(): CorpusProblem[] {
    return this.index.allProblems();
  }

  /** Re-read one file that was created, changed or deleted. Returns true when the index changed. */
  async refreshFile(file: string): Promise<boolean> {
    if (this.options.knowledgeFile && path.resolve(file) === path.resolve(this.options.knowledgeFile)) {
      await this.loadKnowledge();
      return true;
    }
    const root = this.rootOf(file);
    if (!root || !isArticlePath(file)) return false;
    this.index.problems.splice(0, this.index.problems.length, ...this.index.problems.filter((p) => p.file !== file));
    const changed = this.readOne(root, file);
    if (changed) this.redateWires();
    return changed;
  }

  /** Forget a deleted file (refreshFile does the same when the file is gone). */
  removeFile(file: string): boolean {
    this.cache.delete(file);
    const removed = this.index.removeDocument(file);
    if (removed) this.redateWires();
    return removed;
  }

  async refreshKnowledge(): Promise<void> {
    await this.loadKnowledge();
  }

  /** How the last change of sources was taken in (after the views were next asked for). */
  lastUpdate(): UpdateKind | undefined {
    return this.index.lastUpdate;
  }

  private flushing: Promise<void> = Promise.resolve();

  /**
   * Writes the cache if something changed since the last write; one write at a time. A failure is
   * reported as a problem (the index itself is whole; only the next start is slower).
   */
  flushCache(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.options.cacheDir) return;
      const file = cachePath(this.options.cacheDir, this.options.roots);
      if (this.cacheDirty) {
        this.cacheDirty = false; // a change made while writing marks it again
        try {
          await writeCache(file, this.cache);
        } catch (err) {
          this.cacheDirty = true;
          this.index.problems.push({ file, severity: 'info', message: `index cache not written: ${(err as Error).message}` });
        }
      }
      await this.saveViews(file);
    });
    return this.flushing;
  }

  /** The views as last derived in full, for the next run, unless that is where they were read from. */
  private savedViews?: Derived;

  private async saveViews(cacheFile: string): Promise<void> {
    const current = this.index.current();
    if (!current || current === this.savedViews || this.lastUpdate() === 'restored') return;
    const views = this.index.viewsSnapshot();
    if (!views) return;
    this.savedViews = current;
    try {
      await writeViews(viewsPath(cacheFile), views);
    } catch (err) {
      this.index.problems.push({ file: viewsPath(cacheFile), severity: 'info', message: `corpus views not saved: ${(err as Error).message}` });
    }
  }

  /** Derives the corpus views and builds the query lookups now rather than on the first request. */
  warm(): void {
    prepareLookups(this.derived());
  }

  hoverAt(text: string, offset: number): HoverCard | null {
    return hoverAt(text, offset, this.derived());
  }

  complete(text: string, offset: number, style: DateStyle): CompletionSuggestion[] {
    return completeAt(text, offset, style, this.derived());
  }

  check(text: string, options?: CheckOptions): BriefDiagnostic[] {
    return checkBrief(text, this.derived(), options);
  }
}

/** The first sentence after a wire's dateline: what the wire reports. */
function wireLead(e: DocEntry): string {
  const from = e.info.dateline?.end ?? e.info.bodyStart;
  return leadSentence(e.text.slice(from, from + 400));
}

/**
 * A day a yearless wire's text recalls without its year that other sources write out in full, in
 * sentences of the same act, and the one full date they give it; undefined when they disagree.
 */
function recalledDayInFull(e: DocEntry, told: ReturnType<typeof toldDays>, floor: number | undefined): { date: string; text: string; path: string } | undefined {
  let found: { date: string; text: string; path: string } | undefined;
  for (const f of e.facts) {
    const v = f.date.value;
    // (Read before the wire has a year, "XXXX-04-01"; or in the year the corpus guessed.)
    if (!(f.date.resolution === 'year-inferred' || f.date.resolution === 'unresolved') || !/^(?:\d{4}|XXXX)-\d\d-\d\d$/.test(v)) continue;
    const candidates = toldByOthers(told, v.slice(5), e.info.path);
    if (!candidates.length) continue;
    const year = toldWireYear(new Set(contentTerms(f.sentence)), candidates, floor);
    if (year === undefined) continue;
    const date = `${year}-${v.slice(5)}`;
    if (found && found.date !== date) return undefined;
    found ??= { date, text: f.date.text, path: candidates.find((t) => t.year === year)!.path };
  }
  return found;
}

/** The sources other than `path` that write out a month and day ("04-01") in full, with their words; `turn` years added. */
function toldByOthers(told: ReturnType<typeof toldDays>, key: string, path: string, turn = 0): ToldDay[] {
  return (told.get(key) ?? []).filter((t) => t.path !== path).map((t) => ({ path: t.path, year: t.year + turn, terms: new Set(contentTerms(t.sentence)) }));
}

/** Day-precise dates the sources write out with their year, by month and day ("11-15"), with the sentences that give them. */
function toldDays(entries: Iterable<DocEntry>): Map<string, Array<{ path: string; year: number; sentence: string }>> {
  const out = new Map<string, Array<{ path: string; year: number; sentence: string }>>();
  for (const e of entries) {
    for (const f of e.facts) {
      const v = f.date.value;
      if (f.date.resolution !== 'explicit' || v.length !== 10 || !/^\d{4}-\d\d-\d\d$/.test(v)) continue;
      const key = v.slice(5);
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      list.push({ path: e.info.path, year: Number(v.slice(0, 4)), sentence: f.sentence });
    }
  }
  return out;
}
