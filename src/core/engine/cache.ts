// The persistent index cache: one JSON file per corpus in the extension's storage folder, with an
// entry per article keyed by its content hash and a version that discards old layouts.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { DocEntry } from '../index/corpusIndex';

export const CACHE_VERSION = 1;

export type CachedEntry = Omit<DocEntry, 'text' | 'lineStarts'> & { mtimeMs: number };

interface CacheFile {
  version: number;
  entries: Record<string, CachedEntry>;
}

export function cachePath(cacheDir: string, roots: string[]): string {
  const key = createHash('sha1').update(roots.join('\n')).digest('hex').slice(0, 16);
  return path.join(cacheDir, `corpus-${key}.json`);
}

export async function readCache(file: string): Promise<Map<string, CachedEntry>> {
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
  const body: CacheFile = { version: CACHE_VERSION, entries: Object.fromEntries(entries) };
  await fs.promises.writeFile(tmp, JSON.stringify(body));
  await fs.promises.rename(tmp, file); // atomic: a crash never leaves half a cache
}
