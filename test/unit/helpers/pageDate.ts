// How a page is dated, as a test reads it: from its text alone, or as the engine dated it in a corpus.
import { parseArticle } from '../../../src/core/corpus/article';
import type { Engine } from '../../../src/core/engine/engine';

/** The date and where it came from of a page with this text (`corpusNear`: the corpus's day, see parseArticle). */
export function pageDate(text: string, corpusNear?: string): [string | null, string] {
  const doc = parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8'), corpusNear).doc!;
  return [doc.date, doc.dateSource];
}

/** The date and where it came from of the corpus document whose path ends with `name`. */
export function documentDate(engine: Engine, name: string): [string | null, string] {
  const doc = engine.snapshot().documents.find((d) => d.path.endsWith(name))!;
  return [doc.date, doc.dateSource];
}
