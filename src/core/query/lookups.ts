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
  // Facts are put in date order once (ISO dates sort as plain strings; ties keep corpus order), so
  // every entity's list comes out sorted: an entity's timeline is then a slice, not a sort per hover.
  const keys = d.facts.map((f) => f.date.from ?? f.date.value);
  const order = Array.from(keys.keys()).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
  const map = new Map<string, Fact[]>();
  for (const i of order) {
    const f = d.facts[i];
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

/** Facts sorted by first day; yearless facts are placed in a year on demand (and kept). */
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
  // Yearless facts ("on July 8") are placed once in a leap reference year; a query maps its
  // month and day there. A leap year, so that 29 February has a place.
  const yearlessRef: DayEntry[] = [];
  for (const f of yearless) {
    const r = reachOf(f.date, false, REFERENCE_YEAR);
    if (r && r.to - r.from <= 366) yearlessRef.push({ from: r.from, to: r.to, fact: f });
  }
  yearlessRef.sort((a, b) => a.from - b.from);
  return { known, yearlessRef };
});

const REFERENCE_YEAR = 2000;
const DAY_MS = 86_400_000;

/** The same month and day in the reference year, as a day number. */
function inReferenceYear(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(REFERENCE_YEAR, d.getUTCMonth(), d.getUTCDate()) / DAY_MS);
}

/** Entries of a list sorted by `from` that overlap [from, to] and are no longer than `span` days. */
function overlapping(list: DayEntry[], from: number, to: number, span: number, lookBack: number, out: Fact[]): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].from < from - lookBack) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].from <= to; i++) {
    const e = list[i];
    if (e.to >= from && e.to - e.from <= span) out.push(e.fact);
  }
}

/** Facts whose dates fall within the reach of a date mention (a day, a range, a month). */
export function factsInReach(d: Derived, m: DateMention, year?: number): Fact[] {
  const reach = reachOf(m, m.resolution === 'explicit', year);
  if (!reach) return [];
  const { known, yearlessRef } = factsByDay(d);
  const span = Math.max(reach.to - reach.from, 6);
  const out: Fact[] = [];
  overlapping(known, reach.from, reach.to, span, 31, out);
  // A reach that crosses New Year is looked up as its two halves.
  const fromYear = new Date(reach.from * DAY_MS).getUTCFullYear();
  const toYear = new Date(reach.to * DAY_MS).getUTCFullYear();
  if (toYear - fromYear > 1) return out;
  const yearEnd = toYear > fromYear ? Math.floor(Date.UTC(fromYear, 11, 31) / DAY_MS) : reach.to;
  overlapping(yearlessRef, inReferenceYear(reach.from), inReferenceYear(yearEnd), span, 366, out);
  if (toYear > fromYear) overlapping(yearlessRef, inReferenceYear(yearEnd + 1), inReferenceYear(reach.to), span, 366, out);
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

/** Builds every lookup up front (after indexing, in the worker) so the first hover is as fast as the rest. */
export function prepareLookups(d: Derived): void {
  factsByEntity(d);
  eventMatcher(d);
  wordIndex(d);
  factsByDay(d);
  dayFactsByMonth(d);
}

/** Day-precise facts by month, then by day ("2025-06-02", or "XXXX-06-02" when the year is unknown). */
export const dayFactsByMonth = memo((d) => {
  const byMonth = new Map<number, Map<string, Fact[]>>();
  for (const f of d.facts) {
    if (f.date.precision !== 'day' && f.date.precision !== 'time' && f.date.precision !== 'range') continue;
    const fm = f.date.month ?? (f.date.from ? Number(f.date.from.slice(5, 7)) : 0);
    const fd = f.date.day ?? (f.date.from ? Number(f.date.from.slice(8, 10)) : 0);
    if (!fm || !fd) continue;
    const key = f.yearKnown && f.date.from ? f.date.from : `XXXX-${String(fm).padStart(2, '0')}-${String(fd).padStart(2, '0')}`;
    let days = byMonth.get(fm);
    if (!days) byMonth.set(fm, (days = new Map()));
    const list = days.get(key);
    if (list) list.push(f);
    else days.set(key, [f]);
  }
  return byMonth;
});
