// Everything the index keeps about one article, computed from its text alone, so it can be
// cached by content and recomputed for one file when that file changes.
import { extractEntities } from '../entities/extract';
import { extractFacts } from '../events/facts';
import type { DocumentInfo, EntityMention, SourceDocument, CorpusProblem } from '../types';
import { withEntityKeys, type DocEntry } from './corpusIndex';

export function extractDocument(doc: SourceDocument, problems: CorpusProblem[], size: number): DocEntry {
  const body = doc.text.slice(doc.bodyStart);
  const mentions: EntityMention[] = extractEntities(body).map((m) => (doc.bodyStart ? { ...m, start: m.start + doc.bodyStart, end: m.end + doc.bodyStart } : m));
  // In the order of their dates (stable: facts of one date keep the order they were found in).
  const facts = extractFacts(doc, mentions).sort((a, b) => a.date.start - b.date.start);
  const { text, lineStarts, ...rest } = doc;
  const info: DocumentInfo = { ...rest, size, facts: facts.length };
  return withEntityKeys({ info, text, lineStarts, mentions, facts, problems });
}
