// Pure helpers behind the sidebar trees and the timeline: date labels, month grouping, which
// events a brief cites. No vscode import, so they can be unit-tested without a host.
import type { CorpusSnapshot, DateStyle } from '../../core/api';
import type { CorpusEvent, EventDate } from '../../core/types';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export const EMPTY_SNAPSHOT: CorpusSnapshot = { roots: [], documents: [], entities: [], events: [], facts: [], problems: [] };

/** "2025-06-09" in the brief's chosen style. */
export function formatDay(iso: string, style: DateStyle): string {
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  if (style === 'YYYY-MM-DD') return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  const day = Number(m[3]);
  return style === 'MMMM D, YYYY' ? `${month} ${day}, ${m[1]}` : `${day} ${month} ${m[1]}`;
}

/** An inclusive day range, written the short way when both ends share a month ("9–10 June 2025"). */
export function formatRange(from: string, to: string, style: DateStyle): string {
  if (from === to) return formatDay(from, style);
  const a = ISO_DAY.exec(from);
  const b = ISO_DAY.exec(to);
  if (!a || !b || style === 'YYYY-MM-DD') return `${formatDay(from, style)} – ${formatDay(to, style)}`;
  const month = MONTHS[Number(a[2]) - 1];
  if (a[1] === b[1] && a[2] === b[2]) {
    return style === 'MMMM D, YYYY'
      ? `${month} ${Number(a[3])}–${Number(b[3])}, ${a[1]}`
      : `${Number(a[3])}–${Number(b[3])} ${month} ${a[1]}`;
  }
  return `${formatDay(from, style)} – ${formatDay(to, style)}`;
}

/** The label of one sourced date: a day range when known, else the TIMEX value made readable. */
export function formatEventDate(d: Pick<EventDate, 'value' | 'from' | 'to'>, style: DateStyle): string {
  if (ISO_DAY.test(d.value)) return formatDay(d.value, style);
  const month = ISO_MONTH.exec(d.value);
  if (month) return style === 'YYYY-MM-DD' ? d.value : `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  if (d.from && d.to) return formatRange(d.from, d.to, style);
  // Yearless values from undated articles: XXXX-08, XXXX-05-12.
  const yearless = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(d.value);
  if (yearless) {
    const month = MONTHS[Number(yearless[1]) - 1];
    if (!month) return d.value;
    const day = yearless[2] ? Number(yearless[2]) : undefined;
    const text = day === undefined ? month : style === 'MMMM D, YYYY' ? `${month} ${day}` : style === 'YYYY-MM-DD' ? d.value : `${day} ${month}`;
    return `${text} (year unknown)`;
  }
  return d.value;
}

// The event-date figures live in the core, which also sends events to the views in digest form.
export { dateCount, eventSpan, preferredDate, sourceCount, sourcesDisagree } from '../../core/query/eventDates';
import { eventSpan, preferredDate } from '../../core/query/eventDates';
import { escapeRegExp } from '../../core/text/escapeRegExp';

export interface MonthGroup {
  key: string; // YYYY-MM, or '' for undated
  label: string;
  events: CorpusEvent[];
}

/** Events in calendar order, bucketed by the month of their earliest sourced day. */
export function groupByMonth(events: readonly CorpusEvent[]): MonthGroup[] {
  const groups = new Map<string, CorpusEvent[]>();
  const sortKey = (ev: CorpusEvent) => eventSpan(ev)?.from ?? preferredDate(ev)?.value ?? '';
  for (const ev of [...events].sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.name.localeCompare(b.name))) {
    const k = sortKey(ev);
    const key = /^\d{4}-\d{2}/.test(k) ? k.slice(0, 7) : '';
    const list = groups.get(key) ?? [];
    list.push(ev);
    groups.set(key, list);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  return keys.map((key) => ({ key, label: key ? monthLabel(key) : 'Undated', events: groups.get(key) ?? [] }));
}

export function monthLabel(key: string): string {
  const m = ISO_MONTH.exec(key);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : key;
}


/** Ids of the events whose name or an alias appears in the text as whole words (case-insensitive). */
export function citedEventIds(text: string, events: readonly CorpusEvent[]): Set<string> {
  const cited = new Set<string>();
  const lower = text.toLowerCase();
  for (const ev of events) {
    for (const name of [ev.name, ...ev.aliases]) {
      const n = name.trim().toLowerCase();
      if (n.length < 3 || !lower.includes(n)) continue; // cheap pre-check before the regex
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}($|[^\\p{L}\\p{N}])`, 'u').test(lower)) {
        cited.add(ev.id);
        break;
      }
    }
  }
  return cited;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
