// Lists the article files under the corpus folders. Symlinked folders are followed once
// (a loop is reported, not followed forever), and a missing folder is a problem, not a crash.
import * as fs from 'fs';
import * as path from 'path';
import type { CorpusProblem } from '../types';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode', '.trade-brief-cache']);
const MAX_FILES = 200_000;

export interface FoundFile {
  root: string;
  path: string;
}

export async function listArticles(roots: string[], problems: CorpusProblem[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const seenDirs = new Set<string>();
  for (const root of roots) {
    try {
      const stat = await fs.promises.stat(root);
      if (!stat.isDirectory()) {
        problems.push({ file: root, severity: 'error', message: 'corpus path is not a folder' });
        continue;
      }
    } catch {
      problems.push({ file: root, severity: 'warning', message: 'corpus folder does not exist' });
      continue;
    }
    await walk(root, root, found, seenDirs, problems);
  }
  return found;
}

async function walk(root: string, dir: string, found: FoundFile[], seen: Set<string>, problems: CorpusProblem[]): Promise<void> {
  let real: string;
  try {
    real = await fs.promises.realpath(dir);
  } catch (err) {
    problems.push({ file: dir, severity: 'warning', message: `folder could not be resolved: ${(err as Error).message}` });
    return;
  }
  if (seen.has(real)) {
    if (dir !== real) problems.push({ file: dir, severity: 'info', message: 'symbolic link leads to a folder already read; skipped (loop or duplicate)' });
    return;
  }
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ file: dir, severity: 'warning', message: `folder could not be read: ${(err as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (found.length >= MAX_FILES) {
      problems.push({ file: dir, severity: 'warning', message: `more than ${MAX_FILES} files; the rest are not read` });
      return;
    }
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await fs.promises.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        problems.push({ file: full, severity: 'warning', message: 'broken symbolic link; skipped' });
        continue;
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) await walk(root, full, found, seen, problems);
    } else if (isFile && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      found.push({ root, path: full });
    }
  }
}

export function isArticlePath(p: string): boolean {
  return ARTICLE_EXTENSIONS.has(path.extname(p).toLowerCase());
}
