// Writing dates back out: an ISO day in a chosen style, and a mention as a short human phrase.
import type { DateMention } from '../types';
import { fromDayNumber, isoWeekStart, parseIsoDate } from './calendar';
import { MONTH_NAMES } from './lexicon';

export type DateStyle = 'D MMMM YYYY' | 'MMMM D, YYYY' | 'YYYY-MM-DD';

/** Formats an ISO day (YYYY-MM-DD, anything after it ignored). Returns the input unchanged when it is not one. */
export function formatDate(iso: string, style: DateStyle): string {
  const p = parseIsoDate(iso);
  if (!p) {
    // Yearless XXXX-MM-DD: write month and day only.
    const r = typeof iso === 'string' ? /^XXXX-(\d{2})-(\d{2})/.exec(iso) : null;
    if (r) {
      const m = Number(r[1]);
      const d = Number(r[2]);
      if (m >= 1 && m <= 12) {
        if (style === 'MMMM D, YYYY') return `${MONTH_NAMES[m - 1]} ${d}`;
        if (style === 'D MMMM YYYY') return `${d} ${MONTH_NAMES[m - 1]}`;
      }
    }
    return iso;
  }
  const month = MONTH_NAMES[p.m - 1];
  switch (style) {
    case 'D MMMM YYYY':
      return `${p.d} ${month} ${p.y}`;
    case 'MMMM D, YYYY':
      return `${month} ${p.d}, ${p.y}`;
    default:
      return iso.slice(0, 10);
  }
}

const MOD_WORD: Record<string, string> = { START: 'early', MID: 'mid-', END: 'late', APPROX: 'about', MORE_THAN: 'more than', LESS_THAN: 'less than', EQUAL_OR_MORE: 'at least', EQUAL_OR_LESS: 'at most', BEFORE: 'before', AFTER: 'after', ON_OR_BEFORE: 'on or before', ON_OR_AFTER: 'on or after' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const UNITS: Record<string, [string, string]> = { Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], H: ['hour', 'hours'], S: ['second', 'seconds'], DE: ['decade', 'decades'], CE: ['century', 'centuries'] };
const TIME_UNITS: Record<string, [string, string]> = { H: ['hour', 'hours'], M: ['minute', 'minutes'], S: ['second', 'seconds'] };
const PODS: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

function withMod(phrase: string, mod: string | undefined): string {
  if (!mod) return phrase;
  const w = MOD_WORD[mod];
  if (!w) return phrase;
  return w.endsWith('-') ? `${w}${phrase}` : `${w} ${phrase}`;
}

function describeDuration(value: string): string {
  const r = /^P(T?)([\dX.]+)(DE|CE|[YMWDHS])$/.exec(value);
  if (!r) return value;
  const units = r[1] ? TIME_UNITS[r[3]] : UNITS[r[3]];
  if (!units) return value;
  if (r[2] === 'X') return `some ${units[1]}`;
  const n = Number(r[2]);
  return `${r[2]} ${n === 1 ? units[0] : units[1]}`;
}

/** A short human phrase for a mention's value: "12 May 2025", "early May 2025", "week of 9 June 2025". */
export function describeValue(m: DateMention): string {
  const v = m.value ?? '';
  let r: RegExpExecArray | null;
  if (m.type === 'DURATION') return withMod(describeDuration(v), m.mod);
  if (m.type === 'SET') {
    const d = describeDuration(v);
    if (d !== v) return `every ${d.replace(/^1 /, '')}`;
    if ((r = /^XXXX-WXX-([1-7])$/.exec(v))) return `every ${WEEKDAYS[Number(r[1]) % 7]}`;
    return `recurring ${v}`;
  }
  if (v === 'PRESENT_REF') return 'now';
  if (v === 'PAST_REF') return 'the past';
  if (v === 'FUTURE_REF') return 'the future';
  if (m.precision === 'range' && m.from && m.to) {
    const a = parseIsoDate(m.from)!;
    const b = parseIsoDate(m.to)!;
    if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTH_NAMES[a.m - 1]} ${a.y}`;
    if (a.y === b.y) return `${a.d} ${MONTH_NAMES[a.m - 1]} – ${b.d} ${MONTH_NAMES[b.m - 1]} ${a.y}`;
    return `${formatDate(m.from, 'D MMMM YYYY')} – ${formatDate(m.to, 'D MMMM YYYY')}`;
  }
  if (m.precision === 'range' && m.month && m.day && m.endDay) {
    const em = m.endMonth ?? m.month;
    if (em === m.month) return `${m.day}–${m.endDay} ${MONTH_NAMES[m.month - 1]}`;
    return `${m.day} ${MONTH_NAMES[m.month - 1]} – ${m.endDay} ${MONTH_NAMES[em - 1]}`;
  }
  if ((r = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?|MO|AF|EV|NI))?$/.exec(v))) {
    let day = r[1] === 'XXXX' ? formatDate(v.slice(0, 10), 'D MMMM YYYY') : formatDate(v.slice(0, 10), 'D MMMM YYYY');
    if (m.weekday !== undefined) day = `${WEEKDAYS[m.weekday]} ${day}`;
    if (r[4]) day += PODS[r[4]] ? ` (${PODS[r[4]]})` : `, ${r[4]}`;
    return withMod(day, m.mod);
  }
  if ((r = /^XXXX-XX-XX(?:T(.+))?$/.exec(v))) return r[1] ? `an unknown day, ${PODS[r[1]] ?? r[1]}` : 'an unknown day';
  if ((r = /^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?$/.exec(v))) return `${WEEKDAYS[Number(r[1]) % 7]}${r[2] ? ` ${PODS[r[2]]}` : ''} (week unknown)`;
  if ((r = /^(\d{4}|XXXX)-(\d{2})$/.exec(v))) {
    const month = MONTH_NAMES[Number(r[2]) - 1] ?? r[2];
    const base = r[1] === 'XXXX' ? month : `${month} ${r[1]}`;
    return withMod(base, m.mod);
  }
  if ((r = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const start = fromDayNumber(isoWeekStart(Number(r[1]), Number(r[2])) + (r[3] ? 5 : 0));
    return withMod(`${r[3] ? 'weekend of' : 'week of'} ${start.d} ${MONTH_NAMES[start.m - 1]} ${start.y}`, m.mod);
  }
  if ((r = /^(\d{4}|XXXX)-Q([1-4X])$/.exec(v))) return withMod(`Q${r[2]}${r[1] === 'XXXX' ? '' : ` ${r[1]}`}`, m.mod);
  if ((r = /^(\d{4}|XXXX)-H([12])$/.exec(v))) return withMod(`${r[2] === '1' ? 'first' : 'second'} half of ${r[1] === 'XXXX' ? 'the year' : r[1]}`, m.mod);
  if ((r = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(v))) return withMod(`${SEASONS[r[2]]}${r[1] === 'XXXX' ? '' : ` ${r[1]}`}`, m.mod);
  if ((r = /^(\d{4})$/.exec(v))) return withMod(r[1], m.mod);
  if ((r = /^(\d{3})$/.exec(v))) return withMod(`the ${r[1]}0s`, m.mod);
  if ((r = /^(\d{2})$/.exec(v))) {
    const c = Number(r[1]) + 1;
    const sfx = c % 10 === 1 && c !== 11 ? 'st' : c % 10 === 2 && c !== 12 ? 'nd' : c % 10 === 3 && c !== 13 ? 'rd' : 'th';
    return `the ${c}${sfx} century`;
  }
  if (v === 'XXXX-WXX') return 'an unknown week';
  if (v === 'XXXX-WXX-WE') return 'a weekend (week unknown)';
  if (v === 'XXXX-XX') return 'an unknown month';
  if (v === 'XXXX') return 'an unknown year';
  return m.text || v;
}
