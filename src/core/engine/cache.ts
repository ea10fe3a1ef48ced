// The persistent index cache: one JSON file per corpus in the extension's storage folder, with an
// entry per article keyed by its content hash and a version that discards old layouts.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { DocEntry } from '../index/corpusIndex';
import { lineStarts } from '../text/lines';
import type { DateMention, EntityMention, Fact } from '../types';

/** Bumped whenever extraction changes, so that no cache hands back what an older version found. */
export const CACHE_VERSION = 7;

export type CachedEntry = Omit<DocEntry, 'text' | 'lineStarts'>;

// On disk an entry leaves out what the article's text gives back (sentences, quoted spans, ids,
// paths): the text is read anyway to check its hash, and the file is then about half the size,
// which is most of the time a warm start takes to parse it.
type PackedFact = Omit<Fact, 'id' | 'file' | 'path' | 'sentence' | 'date'> & { date: Omit<DateMention, 'text'> };
type PackedMention = Omit<EntityMention, 'text'>;
export type PackedEntry = Omit<CachedEntry, 'facts' | 'mentions'> & { facts: PackedFact[]; mentions: PackedMention[] };

export function pack(e: CachedEntry): PackedEntry {
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

/** A cached (or sent) entry with its article's text: the document as the index holds it. */
export function restore(p: PackedEntry, text: string): DocEntry {
  return { ...unpack(p, text), text, lineStarts: lineStarts(text) };
}

export function cachePath(cacheDir: string, roots: string[]): string {
  const key = createHash('sha1').update(roots.join('\n')).digest('hex').slice(0, 16);
  return path.join(cacheDir, `corpus-${key}.jsonl`);
}

// The file is JSON lines: a header with the version, then one [path, entry] per line. Written and
// read an entry at a time, so a large corpus never needs its whole cache as one string in memory.

/** Entries as stored: pass each through `unpack` with its article's text before use. */
export async function readCache(file: string): Promise<Map<string, PackedEntry>> {
  const out = new Map<string, PackedEntry>();
  try {
    const bytes = await fs.promises.readFile(file);
    let start = 0;
    let first = true;
    while (start < bytes.length) {
      let end = bytes.indexOf(10, start);
      if (end === -1) end = bytes.length;
      const line = bytes.toString('utf8', start, end);
      start = end + 1;
      if (!line) continue;
      if (first) {
        first = false;
        if ((JSON.parse(line) as { version?: number }).version !== CACHE_VERSION) return new Map();
        continue;
      }
      const [key, entry] = JSON.parse(line) as [string, PackedEntry];
      out.set(key, entry);
    }
    return out;
  } catch {
    return new Map(); // no cache yet, or a damaged one: start cold
  }
}

export async function writeCache(file: string, entries: Map<string, CachedEntry>): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(tmp, 'w');
  try {
    let chunk = `${JSON.stringify({ version: CACHE_VERSION })}\n`;
    for (const [key, e] of entries) {
      chunk += `${JSON.stringify([key, pack(e)])}\n`;
      if (chunk.length > 1 << 16) {
        await handle.write(chunk);
        chunk = '';
      }
    }
    await handle.write(chunk);
  } finally {
    await handle.close();
  }
  await fs.promises.rename(tmp, file); // atomic: a crash never leaves half a cache
}
