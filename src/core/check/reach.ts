// What stretch of the calendar a date expression can mean, as day numbers, so that a brief's
// citation and a source's date can be compared at the precision each was given in.
import type { DateMention } from '../types';

export interface Reach {
  from: number; // days since 1970-01-01, inclusive
  to: number;
  /** True when the expression pins a day or a short range (a week at most). */
  fine: boolean;
  /** True when the expression is deliberately vague (early May, mid-June). */
  fuzzy: boolean;
  /** The part of a month named ("early May": START), whose window is lenient. */
  part?: 'START' | 'MID' | 'END';
}

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoOfDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Days between two stretches (0 when they touch or overlap). */
export function gap(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return Math.max(a.from - b.to, b.from - a.to, 0);
}

/** A stretch moved by whole years (the same days of the month). */
export function shiftYears<T extends { from: number; to: number }>(r: T, years: number): T {
  const move = (n: number) => {
    const d = new Date(n * DAY_MS);
    return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS;
  };
  return { ...r, from: move(r.from), to: move(r.to) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Lenient windows: news writers stretch "early", "mid" and "late" either way. */
function partOfMonth(year: number, month: number, mod: string | undefined): Reach {
  const last = daysInMonth(year, month);
  if (mod === 'START') return { from: dayNumber(year, month, 1), to: dayNumber(year, month, 15), fine: false, fuzzy: true, part: mod };
  if (mod === 'MID') return { from: dayNumber(year, month, 6), to: dayNumber(year, month, 25), fine: false, fuzzy: true, part: mod };
  if (mod === 'END') return { from: dayNumber(year, month, 16), to: dayNumber(year, month, last), fine: false, fuzzy: true, part: mod };
  return { from: dayNumber(year, month, 1), to: dayNumber(year, month, last), fine: false, fuzzy: false };
}

function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const dow = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow + (week - 1) * 7;
}

/** The digit at `i` of `value`, or NaN. */
function digitAt(value: string, i: number): number {
  const c = value.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/**
 * The day a value starting "YYYY-MM-DD" (or "XXXX-MM-DD") names in `year`, read without a regular
 * expression (nor a closure): this runs for every fact of the corpus when the lookups are built.
 */
function isoDayIn(value: string, year: number): number | undefined {
  if (value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const ownYear = value.startsWith('XXXX') ? 0 : digitAt(value, 0) + digitAt(value, 1) + digitAt(value, 2) + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  return Number.isNaN(ownYear + month + day) ? undefined : dayNumber(year, month, day);
}
const MONTH = /^(\d{4}|XXXX)-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * The reach of a mention. `year` stands in when the mention's own year is unknown (XXXX or
 * not trusted); without either, undefined.
 */
export function reachOf(m: DateMention, yearKnown: boolean, assumedYear?: number): Reach | undefined {
  const valueYear = /^\d{4}/.test(m.value) ? Number(m.value.slice(0, 4)) : undefined;
  const year = yearKnown && valueYear !== undefined ? valueYear : assumedYear ?? (yearKnown ? valueYear : undefined);
  if (year === undefined) return undefined;
  if (m.precision === 'range') {
    const sm = m.month ?? (m.from ? Number(m.from.slice(5, 7)) : undefined);
    const sd = m.day ?? (m.from ? Number(m.from.slice(8, 10)) : undefined);
    const em = m.endMonth ?? (m.to ? Number(m.to.slice(5, 7)) : sm);
    const ed = m.endDay ?? (m.to ? Number(m.to.slice(8, 10)) : undefined);
    if (sm && sd && em && ed) {
      const from = dayNumber(year, sm, sd);
      let to = dayNumber(year, em, ed);
      if (to < from) to = dayNumber(year + 1, em, ed);
      // An approximate range ("the next day" after one of two dates) agrees with any day in it
      // and, being vague, contradicts none in its months.
      return { from, to, fine: to - from <= 7, fuzzy: m.mod === 'APPROX' };
    }
  }
  const d = isoDayIn(m.value, year);
  if (d !== undefined && m.precision === 'week') {
    // "the week of March 3" without its year: Monday to Sunday around that day in the year assumed.
    const monday = d - ((new Date(d * DAY_MS).getUTCDay() + 6) % 7);
    return { from: monday, to: monday + 6, fine: true, fuzzy: false };
  }
  if (d !== undefined) return { from: d, to: d, fine: true, fuzzy: false };
  let r: RegExpExecArray | null;
  if ((r = MONTH.exec(m.value))) return partOfMonth(year, Number(r[2]), m.mod);
  // A yearless week ("one week later" after a yearless day) is read when its year is the one assumed.
  if ((r = WEEK.exec(m.value)) && (yearKnown || Number(r[1]) === year)) {
    const start = isoWeekStart(Number(r[1]), Number(r[2]));
    // (A week counted from a Sunday reaches to the Saturday after its ISO week: see sundayWeek.)
    const later = m.to && /^\d{4}-\d{2}-\d{2}$/.test(m.to) ? isoDayIn(m.to, Number(m.to.slice(0, 4))) : undefined;
    return { from: start, to: later !== undefined && later > start + 6 ? later : start + 6, fine: true, fuzzy: false };
  }
  if ((r = QUARTER.exec(m.value))) {
    const q = Number(r[2]);
    return { from: dayNumber(year, q * 3 - 2, 1), to: dayNumber(year, q * 3, daysInMonth(year, q * 3)), fine: false, fuzzy: true };
  }
  if (YEAR.test(m.value)) return { from: dayNumber(year, 1, 1), to: dayNumber(year, 12, 31), fine: false, fuzzy: true };
  return undefined;
}

export type Relation = 'compatible' | 'conflict' | 'incomparable';

/** Days a date must lie beyond a part of a month's lenient window before it is another part. */
const PART_MARGIN = 3;

/**
 * Compatible when the two reaches overlap. A conflict needs both to be at least month-precise and
 * wholly apart; a vague side ("early June") conflicts across months, and within its month only
 * with the opposite end ("late June") or a day well outside its window (June 20).
 */
export function relate(cited: Reach, source: Reach): Relation {
  if (overlaps(cited, source)) return 'compatible';
  const span = (r: Reach) => r.to - r.from;
  if (span(cited) > 31 || span(source) > 31) return 'incomparable';
  if ((cited.fuzzy || source.fuzzy) && overlaps(wholeMonths(cited), wholeMonths(source))) return partsApart(cited, source) ? 'conflict' : 'incomparable';
  return 'conflict';
}

/** Two dates in one month that cannot be the same: early against late, or a part against a day well outside it. */
function partsApart(a: Reach, b: Reach): boolean {
  if (a.part && b.part) return (a.part === 'START' && b.part === 'END') || (a.part === 'END' && b.part === 'START');
  const [part, other] = a.part ? [a, b] : [b, a];
  if (!part.part || !other.fine) return false;
  return other.to < part.from - PART_MARGIN || other.from > part.to + PART_MARGIN;
}

function overlaps(a: Reach, b: Reach): boolean {
  return a.to >= b.from && b.to >= a.from;
}

function wholeMonths(r: Reach): Reach {
  const from = new Date(r.from * DAY_MS);
  const to = new Date(r.to * DAY_MS);
  return {
    from: dayNumber(from.getUTCFullYear(), from.getUTCMonth() + 1, 1),
    to: dayNumber(to.getUTCFullYear(), to.getUTCMonth() + 1, daysInMonth(to.getUTCFullYear(), to.getUTCMonth() + 1)),
    fine: false,
    fuzzy: true,
  };
}
