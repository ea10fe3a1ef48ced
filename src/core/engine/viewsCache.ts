// The corpus views of the last full derivation, kept beside the index cache: a reopened corpus
// whose sources are unchanged reads its entities, events, feature index and lookups back instead
// of deriving them again. Stored with V8's serializer (typed arrays are copied, not parsed), and
// stamped with the running code, so that views an older build derived are never read back.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import type { ViewsSnapshot } from '../index/corpusIndex';
import { CACHE_VERSION } from './cache';

export function viewsPath(cacheFile: string): string {
  return cacheFile.replace(/\.bin$/, '') + '.views';
}

let stamp: string | undefined;

/**
 * The running code. A bundle is one file; compiled sources (tests, a development build) are the
 * core's files, any of which may change how views are derived.
 */
function codeStamp(): string {
  if (stamp !== undefined) return stamp;
  const h = createHash('sha1').update(String(CACHE_VERSION));
  const files: string[] = [];
  const core = path.resolve(__dirname, '..');
  if (path.basename(__dirname) === 'engine' && path.basename(core) === 'core') {
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.js')) files.push(full);
      }
    };
    walk(core);
  } else files.push(__filename);
  for (const f of files) {
    const st = fs.statSync(f);
    h.update(`${f}\u0000${st.size}\u0000${st.mtimeMs}\n`);
  }
  return (stamp = h.digest('hex'));
}

/** The file's bytes, or nothing when there is none. */
export async function readViewsFile(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.promises.readFile(file);
  } catch {
    return undefined;
  }
}

/**
 * The snapshot in a views file's bytes; nothing when it was made by other code (an upgrade), and
 * `damaged` saying what was wrong when it cannot be read.
 */
export function decodeViews(bytes: Buffer | undefined): { views?: ViewsSnapshot; damaged?: string } {
  if (!bytes) return {};
  try {
    const stored = v8.deserialize(bytes) as { stamp?: string; sum?: string; payload?: Uint8Array };
    if (stored.stamp !== codeStamp()) return {};
    // A flipped bit in a list of fact places would still deserialize, and point at the wrong facts.
    if (!stored.payload || stored.sum !== digest(stored.payload)) return { damaged: 'checksum mismatch' };
    return { views: v8.deserialize(stored.payload) as ViewsSnapshot };
  } catch (err) {
    return { damaged: (err as Error).message };
  }
}

const digest = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

export async function writeViews(file: string, views: ViewsSnapshot): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const payload = v8.serialize(views);
    await fs.promises.writeFile(tmp, v8.serialize({ stamp: codeStamp(), sum: digest(payload), payload }));
    await fs.promises.rename(tmp, file); // atomic: a crash never leaves half a snapshot
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
}
