// The persistent index cache: one file per corpus in the extension's storage folder, with an
// entry per article keyed by its content hash and a version that discards old layouts.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { withEntityKeys, type DocEntry } from '../index/corpusIndex';
import { lineStarts } from '../text/lines';
import type { DateMention, EntityMention, Fact } from '../types';
import { BlockWriter, readBlocks } from './codec';

/** Bumped whenever extraction changes, so that no cache hands back what an older version found. */
export const CACHE_VERSION = 288;

export type CachedEntry = Omit<DocEntry, 'text' | 'lineStarts'>;

// On disk an entry leaves out what the article's text and path give back (sentences, ids,
// paths): the text is read anyway to check its hash, and `unpack` fills them in. The words of its
// dates and names are kept, in the string table: 200,000 of them are written a few thousand ways,
// so read back they are shared strings rather than one each for the collector to carry (`pack`
// leaves them out of an entry sent between threads, and `unpack` then makes them from the text).
// Its facts hold their entity keys (as extracted, whatever the index has resolved them to).
type PackedFact = Omit<Fact, 'id' | 'file' | 'path' | 'sentence' | 'date'> & { date: Omit<DateMention, 'text'> & { text?: string } };
type PackedMention = Omit<EntityMention, 'text'> & { text?: string };
export type PackedEntry = Omit<CachedEntry, 'facts' | 'mentions' | 'entityKeys' | 'clauseKeys'> & { facts: PackedFact[]; mentions: PackedMention[] };

export function pack(e: CachedEntry): PackedEntry {
  const { entityKeys, clauseKeys, ...rest } = e;
  return {
    ...rest,
    facts: e.facts.map(({ id: _i, file: _f, path: _p, sentence: _s, date, ...f }, i) => {
      const { text: _t, ...d } = date;
      return { ...f, entities: entityKeys[i], clauseEntities: clauseKeys[i], date: d };
    }),
    mentions: e.mentions.map(({ text: _t, ...m }) => m),
  };
}

/**
 * The cached entry with the text-derived fields restored from the article's text. The entry was
 * just parsed and is not shared, so it is completed in place (copying 400,000 facts is slow).
 */
export function unpack(p: PackedEntry, text: string): CachedEntry {
  const { file, path: docPath } = p.info;
  let sentence = '';
  let sentenceStart = -1;
  let sentenceEnd = -1;
  for (const f of p.facts as Array<PackedFact & Partial<Fact>>) {
    f.id = [file, f.date.start].join('#'); // one flat string, not two joined lazily
    f.file = file;
    f.path = docPath;
    // The dates of one sentence share its string.
    if (f.sentenceStart !== sentenceStart || f.sentenceEnd !== sentenceEnd) {
      sentenceStart = f.sentenceStart;
      sentenceEnd = f.sentenceEnd;
      sentence = text.slice(sentenceStart, sentenceEnd);
    }
    f.sentence = sentence;
    if (!f.date.text) f.date.text = text.slice(f.date.start, f.date.end); // packed without its words
  }
  for (const m of p.mentions) if (!m.text) m.text = text.slice(m.start, m.end);
  return withEntityKeys(p as Omit<CachedEntry, 'entityKeys' | 'clauseKeys'>);
}

/** A cached (or sent) entry with its article's text: the document as the index holds it. */
export function restore(p: PackedEntry, text: string): DocEntry {
  return { ...unpack(p, text), text, lineStarts: lineStarts(text) };
}

export function cachePath(cacheDir: string, roots: string[]): string {
  const key = createHash('sha1').update(roots.join('\n')).digest('hex').slice(0, 16);
  return path.join(cacheDir, `corpus-${key}.bin`);
}

// The file is a JSON header line with the version, padded with spaces so that the blocks after it
// start at a multiple of 4 bytes, then blocks of entries (codec.ts). Written and read a block at a
// time, so a large corpus never needs its whole cache as one piece in memory.

/** Entries per block: small enough to write without a large buffer, large enough to share strings. */
const BLOCK_ENTRIES = 1024;

/** Entries as stored: pass each through `unpack` with its article's text before use. */
export async function readCache(file: string): Promise<Map<string, PackedEntry>> {
  return decodeCache(await readCacheFile(file)).entries;
}

/** The cache file's bytes, or nothing when there is none (or it cannot be read). */
export async function readCacheFile(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.promises.readFile(file);
  } catch {
    return undefined; // no cache yet: start cold
  }
}

/**
 * The entries of a cache file's bytes; none when they are of another version (an upgrade) or
 * damaged, and then `damaged` says what was wrong.
 */
export function decodeCache(bytes: Buffer | undefined): { entries: Map<string, PackedEntry>; damaged?: string } {
  const entries = new Map<string, PackedEntry>();
  if (!bytes) return { entries };
  try {
    const newline = bytes.indexOf(10);
    if (newline < 0) throw new Error('no header');
    if ((JSON.parse(bytes.toString('utf8', 0, newline)) as { version?: number }).version !== CACHE_VERSION) return { entries };
    readBlocks(bytes, newline + 1, entries);
    return { entries };
  } catch (err) {
    return { entries: new Map(), damaged: (err as Error).message };
  }
}

export async function writeCache(file: string, entries: Map<string, CachedEntry | PackedEntry>): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(tmp, 'w');
  try {
    let header = JSON.stringify({ version: CACHE_VERSION });
    header += ' '.repeat((4 - ((Buffer.byteLength(header) + 1) % 4)) % 4) + '\n';
    await handle.write(header);
    let block = new BlockWriter();
    for (const [key, e] of entries) {
      block.add(key, e);
      if (block.entries === BLOCK_ENTRIES) {
        await handle.write(block.bytes());
        block = new BlockWriter();
      }
    }
    if (block.entries) await handle.write(block.bytes());
  } catch (err) {
    await handle.close();
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  await fs.promises.rename(tmp, file); // atomic: a crash never leaves half a cache
  // The JSON-lines cache of versions before 7 sat beside it under another name.
  await fs.promises.rm(file.replace(/\.bin$/, '.jsonl'), { force: true });
}
