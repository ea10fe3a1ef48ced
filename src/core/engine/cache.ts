// The persistent index cache: one JSON file per corpus in the extension's storage folder, with an
// entry per article keyed by its content hash and a version that discards old layouts.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { DocEntry } from '../index/corpusIndex';
import type { DateMention, EntityMention, Fact } from '../types';

export const CACHE_VERSION = 2;

export type CachedEntry = Omit<DocEntry, 'text' | 'lineStarts'> & { mtimeMs: number };

// On disk an entry leaves out what the article's text gives back (sentences, quoted spans, ids,
// paths): the text is read anyway to check its hash, and the file is then about half the size,
// which is most of the time a warm start takes to parse it.
type PackedFact = Omit<Fact, 'id' | 'file' | 'path' | 'sentence' | 'date'> & { date: Omit<DateMention, 'text'> };
type PackedMention = Omit<EntityMention, 'text'>;
export type PackedEntry = Omit<CachedEntry, 'facts' | 'mentions'> & { facts: PackedFact[]; mentions: PackedMention[] };

function pack(e: CachedEntry): PackedEntry {
  return {
    ...e,
    facts: e.facts.map(({ id: _i, file: _f, path: _p, sentence: _s, date, ...rest }) => {
      const { text: _t, ...d } = date;
      return { ...rest, date: d };
    }),
    mentions: e.mentions.map(({ text: _t, ...m }) => m),
  };
}

/**
 * The cached entry with the text-derived fields restored from the article's text. The entry was
 * just parsed and is not shared, so it is completed in place (copying 400,000 facts is slow).
 */
export function unpack(p: PackedEntry | CachedEntry, text: string): CachedEntry {
  const { file, path: docPath } = p.info;
  for (const f of p.facts as Array<PackedFact & Partial<Fact>>) {
    f.id = `${file}#${f.date.start}`;
    f.file = file;
    f.path = docPath;
    f.sentence = text.slice(f.sentenceStart, f.sentenceEnd);
    (f.date as DateMention).text = text.slice(f.date.start, f.date.end);
  }
  for (const m of p.mentions as Array<PackedMention & Partial<EntityMention>>) m.text = text.slice(m.start, m.end);
  return p as CachedEntry;
}

interface CacheFile {
  version: number;
  entries: Record<string, PackedEntry>;
}

export function cachePath(cacheDir: string, roots: string[]): string {
  const key = createHash('sha1').update(roots.join('\n')).digest('hex').slice(0, 16);
  return path.join(cacheDir, `corpus-${key}.json`);
}

/** Entries as stored: pass each through `unpack` with its article's text before use. */
export async function readCache(file: string): Promise<Map<string, PackedEntry>> {
  try {
    const raw = JSON.parse(await fs.promises.readFile(file, 'utf8')) as CacheFile;
    if (raw.version !== CACHE_VERSION || typeof raw.entries !== 'object') return new Map();
    return new Map(Object.entries(raw.entries));
  } catch {
    return new Map(); // no cache yet, or a damaged one: start cold
  }
}

export async function writeCache(file: string, entries: Map<string, CachedEntry>): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const body: CacheFile = { version: CACHE_VERSION, entries: Object.fromEntries([...entries].map(([k, e]) => [k, pack(e)])) };
  await fs.promises.writeFile(tmp, JSON.stringify(body));
  await fs.promises.rename(tmp, file); // atomic: a crash never leaves half a cache
}
