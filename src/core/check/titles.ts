// A source's headline and date by its path, for rules that read what a whole article is about.
import type { Derived } from '../index/corpusIndex';

/** Headlines by path, read once per corpus version. */
const titlesOf = new WeakMap<Derived, Map<string, string>>();

/** The headline of the source at `path` ('' when the corpus does not hold it). */
export function titleOf(corpus: Derived, path: string): string {
  let titles = titlesOf.get(corpus);
  if (!titles) titlesOf.set(corpus, (titles = new Map(corpus.documents.map((d) => [d.path, d.title]))));
  return titles.get(path) ?? '';
}

/** Page dates and how they were read, by path, once per corpus version. */
const datesOf = new WeakMap<Derived, Map<string, { date: string | null; note: string }>>();

/** The date of the source at `path` (YYYY-MM-DD) and the note of where it was read, if the corpus holds it. */
export function pageDateOf(corpus: Derived, path: string): { date: string | null; note: string } | undefined {
  let dates = datesOf.get(corpus);
  if (!dates) datesOf.set(corpus, (dates = new Map(corpus.documents.map((d) => [d.path, { date: d.date, note: d.dateNote }]))));
  return dates.get(path);
}
