// Opens the corpus for a CLI command and reports its problems on standard error, one line each.
import * as fs from 'fs';
import * as path from 'path';
import { Engine } from '../core/engine/engine';
import { KNOWLEDGE_FILE_NAME } from '../core/knowledge/knowledgeFile';
import type { CorpusProblem } from '../core/types';
import { UsageError } from './args';

export function problemLine(p: CorpusProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line + 1}${p.column !== undefined ? `:${p.column + 1}` : ''}` : p.file;
  return `${where}: ${p.severity}: ${p.message}`;
}

export async function openCorpus(dirs: string[], knowledge?: string): Promise<Engine> {
  const roots = dirs.map((d) => path.resolve(d));
  for (const r of roots) if (!fs.existsSync(r)) throw new UsageError(`corpus folder not found: ${r}`);
  let knowledgeFile = knowledge ? path.resolve(knowledge) : undefined;
  if (!knowledgeFile) {
    // The knowledge file sits beside the corpus folder in a workspace.
    const beside = path.join(path.dirname(roots[0]), KNOWLEDGE_FILE_NAME);
    if (fs.existsSync(beside)) knowledgeFile = beside;
  }
  const engine = await Engine.open({ roots, knowledgeFile });
  for (const p of engine.problems()) process.stderr.write(problemLine(p) + '\n');
  return engine;
}
