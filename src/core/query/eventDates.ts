// What the views say of an event's dates (the one to quote, the span, whether sources disagree,
// how many sources), and a copy of an event light enough to send to the editor: a busy event has
// hundreds of sourced dates, and the sidebar needs a few of them plus these figures.
import type { CorpusEvent, EventDate, EventDatesDigest } from '../types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Sourced dates an event keeps when it is sent to the views. */
export const MAX_VIEW_DATES = 20;

function dateKey(d: EventDate): string {
  return d.from && d.to ? `${d.from}/${d.to}` : d.value;
}

function preferredOf(dates: readonly EventDate[]): EventDate | undefined {
  const curated = dates.find((d) => d.curated);
  if (curated) return curated;
  const counts = new Map<string, { date: EventDate; n: number }>();
  for (const d of dates) {
    const entry = counts.get(dateKey(d)) ?? { date: d, n: 0 };
    entry.n++;
    counts.set(dateKey(d), entry);
  }
  let best: { date: EventDate; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.date;
}

function spanOf(dates: readonly EventDate[]): { from: string; to: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const d of dates) {
    const f = d.from ?? (ISO_DAY.test(d.value) ? d.value : undefined);
    const t = d.to ?? f;
    if (!f || !t) continue;
    if (!from || f < from) from = f;
    if (!to || t > to) to = t;
  }
  return from && to ? { from, to } : undefined;
}

function disagreeOf(dates: readonly EventDate[]): boolean {
  // Two day ranges cannot both be right when one ends before the other starts: compare the
  // earliest end with the latest start, not every pair.
  let minTo: string | undefined;
  let maxFrom: string | undefined;
  for (const d of dates) {
    if (!d.from || !d.to) continue;
    if (!minTo || d.to < minTo) minTo = d.to;
    if (!maxFrom || d.from > maxFrom) maxFrom = d.from;
  }
  return !!minTo && !!maxFrom && minTo < maxFrom;
}

/** The date to quote for an event: a curated one first, else the one most sources give. */
export function preferredDate(ev: CorpusEvent): EventDate | undefined {
  return ev.digest ? ev.digest.preferred : preferredOf(ev.dates);
}

/** First and last day an event's sources allow, when any of them pins days down. */
export function eventSpan(ev: CorpusEvent): { from: string; to: string } | undefined {
  return ev.digest ? ev.digest.span : spanOf(ev.dates);
}

/** True when two sources give day ranges that cannot both be right. */
export function sourcesDisagree(ev: CorpusEvent): boolean {
  return ev.digest ? ev.digest.disagree : disagreeOf(ev.dates);
}

/** How many source files date the event. */
export function sourceCount(ev: CorpusEvent): number {
  return ev.digest ? ev.digest.sources : new Set(ev.dates.map((d) => d.file)).size;
}

/** How many sourced dates the event has, including any not sent to the views. */
export function dateCount(ev: CorpusEvent): number {
  return ev.digest ? ev.digest.total : ev.dates.length;
}

/**
 * The event as the views need it: at most `max` sourced dates (curated ones, the preferred one,
 * one of each distinct date, then the rest in corpus order), a digest computed from all of them,
 * and no fact ids.
 */
export function forViews(ev: CorpusEvent, max = MAX_VIEW_DATES): CorpusEvent {
  // The views never read fact ids; a busy event has one per sourced date.
  if (ev.dates.length <= max) return ev.factIds.length ? { ...ev, factIds: [] } : ev;
  const digest: EventDatesDigest = {
    total: ev.dates.length,
    sources: new Set(ev.dates.map((d) => d.file)).size,
    preferred: preferredOf(ev.dates),
    span: spanOf(ev.dates),
    disagree: disagreeOf(ev.dates),
  };
  const keep = new Set<EventDate>();
  const add = (d: EventDate | undefined) => d && keep.size < max && keep.add(d);
  for (const d of ev.dates) if (d.curated) add(d);
  add(digest.preferred);
  const seen = new Set<string>();
  for (const d of ev.dates) {
    if (seen.has(dateKey(d))) continue;
    seen.add(dateKey(d));
    add(d);
  }
  for (const d of ev.dates) add(d);
  return { ...ev, dates: ev.dates.filter((d) => keep.has(d)), factIds: [], digest };
}
