// Indexes built once per corpus version and reused by every hover and completion: facts by
// entity, facts by day, event names by word. A WeakMap ties each to the corpus version it serves.
import { reachOf } from '../check/reach';
import type { Derived } from '../index/corpusIndex';
import type { CorpusEvent, DateMention, Fact } from '../types';

function memo<T>(build: (d: Derived) => T): (d: Derived) => T {
  const cache = new WeakMap<Derived, T>();
  return (d) => {
    let v = cache.get(d);
    if (v === undefined) cache.set(d, (v = build(d)));
    return v;
  };
}

export const factsByEntity = memo((d) => {
  const map = new Map<string, Fact[]>();
  for (const f of d.facts) {
    for (const id of f.entities) {
      const list = map.get(id);
      if (list) list.push(f);
      else map.set(id, [f]);
    }
  }
  return map;
});

interface DayEntry {
  from: number;
  to: number;
  fact: Fact;
}

/** Facts sorted by first day; yearless facts are read in `year`. */
const factsByDay = memo((d) => {
  const known: DayEntry[] = [];
  const yearless: Fact[] = [];
  for (const f of d.facts) {
    if (!f.yearKnown) {
      yearless.push(f);
      continue;
    }
    const r = reachOf(f.date, true);
    if (r && r.to - r.from <= 31) known.push({ from: r.from, to: r.to, fact: f });
  }
  known.sort((a, b) => a.from - b.from);
  return { known, yearless };
});

/** Facts whose dates fall within the reach of a date mention (a day, a range, a month). */
export function factsInReach(d: Derived, m: DateMention, year?: number): Fact[] {
  const reach = reachOf(m, m.resolution === 'explicit', year);
  if (!reach) return [];
  const { known, yearless } = factsByDay(d);
  const out: Fact[] = [];
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known[mid].from < reach.from - 31) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < known.length && known[i].from <= reach.to; i++) {
    const e = known[i];
    if (e.to >= reach.from && e.to - e.from <= Math.max(reach.to - reach.from, 6)) out.push(e.fact);
  }
  const y = new Date(reach.from * 86_400_000).getUTCFullYear();
  for (const f of yearless) {
    const r = reachOf(f.date, false, y);
    if (r && r.to >= reach.from && r.from <= reach.to && r.to - r.from <= Math.max(reach.to - reach.from, 6)) out.push(f);
  }
  return out;
}

export interface EventHit {
  event: CorpusEvent;
  start: number;
  end: number;
}

/** Finds event names and aliases in a line of text (case-insensitive, whole words). */
export const eventMatcher = memo((d) => {
  const byName = new Map<string, CorpusEvent>();
  for (const e of d.events) for (const n of [e.name, ...e.aliases]) if (n.length >= 4) byName.set(n.toLowerCase(), e);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  return {
    find(line: string, at: number): EventHit | undefined {
      if (!re) return undefined;
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        if (m.index <= at && at <= m.index + m[0].length) {
          const event = byName.get(m[0].toLowerCase());
          if (event) return { event, start: m.index, end: m.index + m[0].length };
        }
        if (m.index > at) break;
      }
      return undefined;
    },
  };
});

export interface Searchable {
  kind: 'event' | 'entity';
  id: string;
  label: string;
  words: string[];
}

/** Every event and entity under each lower-case word of its names, sorted for prefix search. */
export const wordIndex = memo((d) => {
  const items: Searchable[] = [];
  for (const e of d.events) items.push({ kind: 'event', id: e.id, label: e.name, words: [e.name, ...e.aliases, ...e.places].join(' ').toLowerCase().split(/[^\p{L}\p{N}%]+/u).filter(Boolean) });
  for (const e of d.entities) items.push({ kind: 'entity', id: e.id, label: e.name, words: [e.name, ...e.aliases].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean) });
  const pairs: Array<[string, number]> = [];
  items.forEach((it, i) => new Set(it.words).forEach((w) => pairs.push([w, i])));
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    items,
    /** Items with a word starting with the prefix (lower case). */
    withPrefix(prefix: string, limit = 200): Searchable[] {
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid][0] < prefix) lo = mid + 1;
        else hi = mid;
      }
      const seen = new Set<number>();
      for (let i = lo; i < pairs.length && pairs[i][0].startsWith(prefix) && seen.size < limit; i++) seen.add(pairs[i][1]);
      return [...seen].map((i) => items[i]);
    },
  };
});
