// Parsing and extraction of one source from its bytes: pure, so it runs the same on the engine's
// thread and on an extraction worker.
import { parseArticle } from '../corpus/article';
import type { DocEntry } from '../index/corpusIndex';
import { extractDocument } from '../index/extractDocument';
import type { CorpusProblem } from '../types';

export interface ExtractJob {
  root: string;
  path: string;
  bytes: Uint8Array;
  /** The day the corpus's dated sources centre on, for a yearless wire's year (`parseArticle`). */
  near?: string;
  /** The source that writes `near` out in full, when the year came from it (named in the page's note). */
  nearToldBy?: string;
}

/** The document's index entry, or only problems when it could not be read as an article. */
export interface ExtractResult {
  entry?: DocEntry;
  problems: CorpusProblem[];
}

export function extractSource(job: ExtractJob): ExtractResult {
  try {
    const parsed = parseArticle(job.root, job.path, job.bytes, job.near, job.nearToldBy);
    if (!parsed.doc) return { problems: parsed.problems.map((p) => ({ ...p, file: p.file || job.path })) };
    const entry = extractDocument(parsed.doc, parsed.problems.map((p) => ({ ...p, path: job.path })), job.bytes.length);
    entry.blanks = parsed.blanks;
    if (parsed.corpusDay) entry.corpusDay = parsed.corpusDay;
    return { entry, problems: [] };
  } catch (err) {
    // One malformed source must not stop the others from being indexed.
    return { problems: [{ file: job.path, severity: 'warning', message: `could not be indexed: ${(err as Error).message}` }] };
  }
}
