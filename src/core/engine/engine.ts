// The corpus engine as the editor and the CLI see it: load a corpus (from the cache where the
// content is unchanged), keep it current one file at a time, and answer queries from the index.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOptions, CompletionSuggestion, CorpusSnapshot, DateStyle, HoverCard } from '../api';
import { checkBrief } from '../check/checkBrief';
import { parseArticle } from '../corpus/article';
import { decodeText } from '../corpus/decode';
import { htmlToText } from '../corpus/html';
import { isArticlePath, listArticles } from '../corpus/walk';
import { CorpusIndex, type Derived } from '../index/corpusIndex';
import { extractDocument } from '../index/extractDocument';
import { parseKnowledge } from '../knowledge/knowledgeFile';
import { completeAt } from '../query/complete';
import { hoverAt } from '../query/hover';
import { prepareLookups } from '../query/lookups';
import { lineStarts } from '../text/lines';
import type { BriefDiagnostic, CorpusProblem } from '../types';
import { cachePath, readCache, unpack, writeCache, type CachedEntry, type PackedEntry } from './cache';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

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
  /** Polled between files: indexing stops early when it returns true. */
  isCancelled?: () => boolean;
}

export class Engine {
  private readonly index = new CorpusIndex();
  private cache = new Map<string, CachedEntry>();
  private cacheDirty = false;

  private constructor(private readonly options: EngineOptions) {}

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
    const files = await listArticles(this.options.roots, problems);
    const cacheFile = this.options.cacheDir ? cachePath(this.options.cacheDir, this.options.roots) : undefined;
    const cached = cacheFile ? await readCache(cacheFile) : new Map<string, PackedEntry>();
    let done = 0;
    for (const f of files) {
      if (this.options.isCancelled?.()) {
        problems.push({ file: f.root, severity: 'info', message: 'indexing was cancelled; the corpus is incomplete' });
        break;
      }
      this.readOne(f.root, f.path, cached.get(f.path));
      // Reads are synchronous (the engine runs off the editor's thread, in a worker or the CLI),
      // so give the event loop a turn now and then: that is when a cancel message arrives.
      if (++done % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
      this.options.onProgress?.(done, files.length);
    }
    await this.loadKnowledge();
    this.cacheDirty = this.cacheDirty || cached.size !== this.cache.size;
    if (cacheFile && this.cacheDirty) {
      try {
        await writeCache(cacheFile, this.cache);
        this.cacheDirty = false;
      } catch (err) {
        problems.push({ file: cacheFile, severity: 'info', message: `index cache not written: ${(err as Error).message}` });
      }
    }
  }

  /** Read, parse and index one article; reuse the cached extraction when its content is unchanged. */
  /** Returns false when the file's content is what the index already holds (a save without an edit). */
  private readOne(root: string, file: string, cached?: PackedEntry): boolean {
    let bytes: Buffer;
    try {
      const stat = fs.statSync(file);
      if (stat.size > this.maxBytes) {
        this.index.removeDocument(file);
        this.cache.delete(file);
        this.index.problems.push({ file, severity: 'warning', message: `skipped: ${(stat.size / 1048576).toFixed(1)} MB is over the ${(this.maxBytes / 1048576).toFixed(1)} MB limit for a source file` });
        return true;
      }
      bytes = fs.readFileSync(file);
    } catch (err) {
      this.index.removeDocument(file);
      this.cache.delete(file);
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') this.index.problems.push({ file, severity: 'warning', message: `could not be read: ${(err as Error).message}` });
      return true;
    }
    const hash = createHash('sha1').update(bytes).digest('hex');
    if (!cached && this.index.entry(file)?.info.hash === hash) return false;
    if (cached && cached.info.hash === hash) {
      const decoded = decodeText(bytes);
      if (decoded.ok) {
        const text = /\.html?$/i.test(file) ? htmlToText(decoded.text) : decoded.text;
        const entry = unpack(cached, text);
        this.index.setDocument({ ...entry, text, lineStarts: lineStarts(text) });
        this.cache.set(file, entry);
        return true;
      }
    }
    const parsed = parseArticle(root, file, bytes);
    if (!parsed.doc) {
      this.index.removeDocument(file);
      this.cache.delete(file);
      this.index.problems.push(...parsed.problems.map((p) => ({ ...p, file: p.file || file })));
      return true;
    }
    const entry = extractDocument(parsed.doc, parsed.problems.map((p) => ({ ...p, path: file })), bytes.length);
    this.index.setDocument(entry);
    const { text: _t, lineStarts: _l, ...rest } = entry;
    this.cache.set(file, { ...rest, mtimeMs: 0 });
    this.cacheDirty = true;
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
    return this.readOne(root, file);
  }

  /** Forget a deleted file (refreshFile does the same when the file is gone). */
  removeFile(file: string): boolean {
    this.cache.delete(file);
    return this.index.removeDocument(file);
  }

  async refreshKnowledge(): Promise<void> {
    await this.loadKnowledge();
  }

  /** How the last change of a source was taken in: patched into the views, or all derived again. */
  lastUpdate(): 'patched' | 'rederived' | undefined {
    return this.index.lastUpdate;
  }

  /** Write the cache if something changed since the last write. */
  async flushCache(): Promise<void> {
    if (!this.options.cacheDir || !this.cacheDirty) return;
    await writeCache(cachePath(this.options.cacheDir, this.options.roots), this.cache);
    this.cacheDirty = false;
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
