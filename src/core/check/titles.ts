// A source's headline by its path, for rules that read what a whole article is about.
import type { Derived } from '../index/corpusIndex';

/** Headlines by path, read once per corpus version. */
const titlesOf = new WeakMap<Derived, Map<string, string>>();

/** The headline of the source at `path` ('' when the corpus does not hold it). */
export function titleOf(corpus: Derived, path: string): string {
  let titles = titlesOf.get(corpus);
  if (!titles) titlesOf.set(corpus, (titles = new Map(corpus.documents.map((d) => [d.path, d.title]))));
  return titles.get(path) ?? '';
}
