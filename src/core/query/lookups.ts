// Indexes built once per corpus version and reused by every hover and completion: facts by
// entity, facts by day, event names by word. A WeakMap ties each to the corpus version it serves;
// after a change of a few sources, the previous version's index is patched and handed on.
import { reachOf } from '../check/reach';
import type { Derived, DerivedChange } from '../index/corpusIndex';
import { checkPlaces, packLists, unpackLists, type PackedLists } from '../index/places';
import { firstNotBefore } from '../sorted';
import type { CorpusEvent, DateMention, Fact } from '../types';
import { escapeRegExp } from '../text/escapeRegExp';

/** A lookup per corpus version; `seed` hands it one made elsewhere (read back from a snapshot). */
interface Memo<T> {
  (d: Derived): T;
  seed(d: Derived, value: T): void;
}

function memo<T>(build: (d: Derived) => T, patch?: (value: T, change: DerivedChange, d: Derived) => T): Memo<T> {
  const cache = new WeakMap<Derived, T>();
  const get = (d: Derived): T => {
    let v = cache.get(d);
    if (v !== undefined) return v;
    const before = d.change && patch ? cache.get(d.change.from) : undefined;
    if (before !== undefined) {
      cache.delete(d.change!.from); // patched in place: it now serves the new version only
      v = patch!(before, d.change!, d);
    } else v = build(d);
    cache.set(d, v);
    return v;
  };
  return Object.assign(get, { seed: (d: Derived, value: T) => void cache.set(d, value) });
}

/** Inserts into a list sorted by `cmp` (after its equals, as a stable sort would put it). */
function insertSorted<T>(list: T[], item: T, cmp: (a: T, b: T) => number): void {
  list.splice(firstNotBefore(list.length, (i) => cmp(list[i], item) <= 0), 0, item);
}

/** Takes an item out of a list sorted by `cmp`: found by halving, not by a scan (then among its equals). */
function removeSorted<T>(list: T[], item: T, cmp: (a: T, b: T) => number, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  for (let i = firstNotBefore(list.length, (k) => cmp(list[k], item) < 0); i < list.length && cmp(list[i], item) === 0; i++) {
    if (same(list[i], item)) {
      list.splice(i, 1);
      return;
    }
  }
}

/** A fact's place on a timeline: its first day (ISO dates sort as plain strings). */
const timelineKey = (f: Fact): string => f.date.from ?? f.date.value;

export const factsByEntity = memo(
  (d) => {
    // Facts are put in date order once (ties keep corpus order), so every entity's list comes out
    // sorted: an entity's timeline is then a slice, not a sort per hover. They share a few thousand
    // days: bucketed by day in corpus order, only the days are sorted, not 100,000 facts.
    const byKey = new Map<string, Fact[]>();
    for (const f of d.facts) {
      const key = timelineKey(f);
      const bucket = byKey.get(key);
      if (bucket) bucket.push(f);
      else byKey.set(key, [f]);
    }
    const map = new Map<string, Fact[]>();
    // (Index loops: this runs for every fact at every start, where iterators would be garbage.)
    for (const key of [...byKey.keys()].sort()) {
      const bucket = byKey.get(key)!;
      for (let i = 0; i < bucket.length; i++) {
        const f = bucket[i];
        const ids = f.entities;
        for (let j = 0; j < ids.length; j++) {
          const list = map.get(ids[j]);
          if (list) list.push(f);
          else map.set(ids[j], [f]);
        }
      }
    }
    return map;
  },
  (map, change, d) => {
    const cmp = (a: Fact, b: Fact) => {
      const ka = timelineKey(a);
      const kb = timelineKey(b);
      return ka < kb ? -1 : ka > kb ? 1 : d.orderOf(a) - d.orderOf(b);
    };
    // The busiest entities have lists of 100,000 facts: each fact is found by halving, not a scan.
    for (const f of change.removedFacts) {
      for (const id of f.entities) {
        const list = map.get(id);
        if (!list) continue;
        removeSorted(list, f, cmp);
        if (list.length === 0) map.delete(id);
      }
    }
    for (const f of change.addedFacts) {
      for (const id of f.entities) {
        const list = map.get(id);
        if (list) insertSorted(list, f, cmp);
        else map.set(id, [f]);
      }
    }
    return map;
  },
);

interface DayEntry {
  from: number;
  to: number;
  fact: Fact;
}

/**
 * A fact's days for the by-day lists: known-year facts of up to a month, yearless ones (kept in
 * their own list) in the reference year.
 */
function dayEntry(f: Fact): DayEntry | undefined {
  if (f.yearKnown) {
    const r = reachOf(f.date, true);
    return r && r.to - r.from <= 31 ? { from: r.from, to: r.to, fact: f } : undefined;
  }
  // Yearless facts ("on July 8") are placed once in a leap reference year; a query maps its
  // month and day there. A leap year, so that 29 February has a place.
  const r = reachOf(f.date, false, REFERENCE_YEAR);
  return r && r.to - r.from <= 366 ? { from: r.from, to: r.to, fact: f } : undefined;
}

/** Facts sorted by first day; yearless facts are placed in a year on demand (and kept). */
const factsByDay = memo(
  (d) => {
    const known: DayEntry[] = [];
    const yearlessRef: DayEntry[] = [];
    for (const f of d.facts) {
      const e = dayEntry(f);
      if (e) (f.yearKnown ? known : yearlessRef).push(e);
    }
    known.sort((a, b) => a.from - b.from);
    yearlessRef.sort((a, b) => a.from - b.from);
    return { known, yearlessRef };
  },
  (lists, change, d) => {
    const cmp = (a: DayEntry, b: DayEntry) => a.from - b.from || d.orderOf(a.fact) - d.orderOf(b.fact);
    for (const f of change.removedFacts) {
      const e = dayEntry(f);
      if (e) removeSorted(f.yearKnown ? lists.known : lists.yearlessRef, e, cmp, (a, b) => a.fact === b.fact);
    }
    for (const f of change.addedFacts) {
      const e = dayEntry(f);
      if (e) insertSorted(f.yearKnown ? lists.known : lists.yearlessRef, e, cmp);
    }
    return lists;
  },
);

const REFERENCE_YEAR = 2000;
const DAY_MS = 86_400_000;

/** The same month and day in the reference year, as a day number. */
function inReferenceYear(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(REFERENCE_YEAR, d.getUTCMonth(), d.getUTCDate()) / DAY_MS);
}

/** Entries of a list sorted by `from` that overlap [from, to] and are no longer than `span` days. */
function overlapping(list: DayEntry[], from: number, to: number, span: number, lookBack: number, out: Fact[]): void {
  for (let i = firstNotBefore(list.length, (k) => list[k].from < from - lookBack); i < list.length && list[i].from <= to; i++) {
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

function eventNames(d: Derived): Map<string, CorpusEvent> {
  const byName = new Map<string, CorpusEvent>();
  for (const e of d.events) for (const n of [e.name, ...e.aliases]) if (n.length >= 4) byName.set(n.toLowerCase(), e);
  return byName;
}

function namePattern(byName: Map<string, CorpusEvent>): RegExp | undefined {
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  return names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
}

interface EventMatcher {
  byName: Map<string, CorpusEvent>;
  re?: RegExp;
  find(line: string, at: number): EventHit | undefined;
}

function eventMatcherOf(byName: Map<string, CorpusEvent>, re: RegExp | undefined): EventMatcher {
  return {
    byName,
    re,
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
}

/** Finds event names and aliases in a line of text (case-insensitive, whole words). */
export const eventMatcher = memo(
  (d) => {
    const byName = eventNames(d);
    return eventMatcherOf(byName, namePattern(byName));
  },
  (old, _change, d) => {
    // An edit seldom renames an event: the compiled pattern is kept when the names are the same.
    const byName = eventNames(d);
    const same = byName.size === old.byName.size && [...byName.keys()].every((n) => old.byName.has(n));
    return eventMatcherOf(byName, same ? old.re : namePattern(byName));
  },
);

export interface Searchable {
  kind: 'event' | 'entity';
  id: string;
  label: string;
  words: string[];
}

const eventWords = (e: CorpusEvent): string[] => [e.name, ...e.aliases, ...e.places].join(' ').toLowerCase().split(/[^\p{L}\p{N}%]+/u).filter(Boolean);

/** Every event and entity under each lower-case word of its names, sorted for prefix search. */
function buildWordIndex(d: Derived) {
  const items: Searchable[] = [];
  for (const e of d.events) items.push({ kind: 'event', id: e.id, label: e.name, words: eventWords(e) });
  for (const e of d.entities) items.push({ kind: 'entity', id: e.id, label: e.name, words: [e.name, ...e.aliases].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean) });
  const pairs: Array<[string, number]> = [];
  items.forEach((it, i) => new Set(it.words).forEach((w) => pairs.push([w, i])));
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const eventItems = new Map(items.filter((it) => it.kind === 'event').map((it) => [it.id, it]));
  return {
    items,
    eventItems,
    /** Items with a word starting with the prefix (lower case). */
    withPrefix(prefix: string, limit = 200): Searchable[] {
      const seen = new Set<number>();
      for (let i = firstNotBefore(pairs.length, (k) => pairs[k][0] < prefix); i < pairs.length && pairs[i][0].startsWith(prefix) && seen.size < limit; i++) seen.add(pairs[i][1]);
      return [...seen].map((i) => items[i]);
    },
  };
}

export const wordIndex = memo(buildWordIndex, (old, change, d) => {
  // Entities keep their names through an edit that patches; events usually do too. The index
  // holds only ids, eventItems and words, so it stands as long as every event reads as before.
  const same =
    !change.entitiesChanged &&
    d.events.length === old.eventItems.size &&
    d.events.every((e) => old.eventItems.get(e.id)?.label === e.name) &&
    change.addedEvents.every((e) => String(old.eventItems.get(e.id)?.words) === String(eventWords(e)));
  return same ? old : buildWordIndex(d);
});

/** Builds every lookup up front (after indexing, in the worker) so the first hover is as fast as the rest. */
export function prepareLookups(d: Derived): void {
  factsByEntity(d);
  eventMatcher(d);
  wordIndex(d);
  factsByDay(d);
  dayFactsByMonth(d);
}

/** A day-precise fact's month and day key ("2025-06-02", or "XXXX-06-02" when the year is unknown). */
function dayKey(f: Fact): { month: number; key: string } | undefined {
  if (f.date.precision !== 'day' && f.date.precision !== 'time' && f.date.precision !== 'range') return undefined;
  const month = f.date.month ?? (f.date.from ? Number(f.date.from.slice(5, 7)) : 0);
  const day = f.date.day ?? (f.date.from ? Number(f.date.from.slice(8, 10)) : 0);
  if (!month || !day) return undefined;
  return { month, key: f.yearKnown && f.date.from ? f.date.from : `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** The list of a month and day, made when it is first asked for. */
function dayList(byMonth: Map<number, Map<string, Fact[]>>, k: { month: number; key: string }): Fact[] {
  let days = byMonth.get(k.month);
  if (!days) byMonth.set(k.month, (days = new Map()));
  let list = days.get(k.key);
  if (!list) days.set(k.key, (list = []));
  return list;
}

/** Day-precise facts by month, then by day, each day's facts in corpus order. */
export const dayFactsByMonth = memo(
  (d) => {
    const byMonth = new Map<number, Map<string, Fact[]>>();
    for (const f of d.facts) {
      const k = dayKey(f);
      if (k) dayList(byMonth, k).push(f);
    }
    return byMonth;
  },
  (byMonth, change, d) => {
    const cmp = (a: Fact, b: Fact) => d.orderOf(a) - d.orderOf(b);
    for (const f of change.removedFacts) {
      const k = dayKey(f);
      const list = k && byMonth.get(k.month)?.get(k.key);
      if (!list) continue;
      removeSorted(list, f, cmp);
      if (list.length === 0) byMonth.get(k.month)!.delete(k.key);
    }
    for (const f of change.addedFacts) {
      const k = dayKey(f);
      if (k) insertSorted(dayList(byMonth, k), f, cmp);
    }
    return byMonth;
  },
);

/** Day entries as three runs: first day, last day, the fact's place in the corpus list. */
interface PackedDays {
  from: Int32Array;
  to: Int32Array;
  fact: Int32Array;
}

function packDays(list: DayEntry[], indexOf: (f: Fact) => number): PackedDays {
  return { from: Int32Array.from(list, (e) => e.from), to: Int32Array.from(list, (e) => e.to), fact: Int32Array.from(list, (e) => indexOf(e.fact)) };
}

function unpackDays(p: PackedDays, facts: Fact[]): DayEntry[] {
  checkPlaces(p.fact, facts.length);
  const out: DayEntry[] = new Array(p.fact.length);
  for (let i = 0; i < out.length; i++) out[i] = { from: p.from[i], to: p.to[i], fact: facts[p.fact[i]] };
  return out;
}

/** The lookups that take the longest to build, as they stand, facts given by their place in the corpus list. */
export interface LookupsSnapshot {
  byEntity: PackedLists<string>;
  byDay: { known: PackedDays; yearlessRef: PackedDays };
  byMonth: PackedLists<[number, string]>;
}

export function snapshotLookups(d: Derived, indexOf: (f: Fact) => number): LookupsSnapshot {
  const days = factsByDay(d);
  const byMonth: Array<[[number, string], Fact[]]> = [];
  for (const [month, keys] of dayFactsByMonth(d)) for (const [key, list] of keys) byMonth.push([[month, key], list]);
  return {
    byEntity: packLists([...factsByEntity(d)], indexOf),
    byDay: { known: packDays(days.known, indexOf), yearlessRef: packDays(days.yearlessRef, indexOf) },
    byMonth: packLists(byMonth, indexOf),
  };
}

/** Hands views restored from a snapshot the lookups made with them; the cheap ones are built. */
export function restoreLookups(d: Derived, s: LookupsSnapshot): void {
  const byEntity = new Map<string, Fact[]>();
  unpackLists(s.byEntity, d.facts.length, (i) => d.facts[i], (id, list) => byEntity.set(id, list));
  factsByEntity.seed(d, byEntity);
  factsByDay.seed(d, { known: unpackDays(s.byDay.known, d.facts), yearlessRef: unpackDays(s.byDay.yearlessRef, d.facts) });
  const byMonth = new Map<number, Map<string, Fact[]>>();
  unpackLists(s.byMonth, d.facts.length, (i) => d.facts[i], ([month, key], list) => {
    let days = byMonth.get(month);
    if (!days) byMonth.set(month, (days = new Map()));
    days.set(key, list);
  });
  dayFactsByMonth.seed(d, byMonth);
  prepareLookups(d);
}
