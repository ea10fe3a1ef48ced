// The calendar days a TIMEX3 value can denote, as inclusive ISO days. Conventions: early/mid/late
// of a month = days 1–10 / 11–20 / 21–end; of a year = Jan–Apr / May–Aug / Sep–Dec; a week is
// Monday–Sunday and its weekend Saturday–Sunday; seasons are meteorological (spring = Mar–May,
// summer = Jun–Aug, autumn = Sep–Nov, winter = Dec–Feb of the next year).
import type { TimexMod } from '../types';
import { daysInMonth, isoDate, isoOfDayNumber, isoWeekStart, isValidDate } from './calendar';

export interface DayRange {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})(-WE|-[1-7])?$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const SEASON = /^(\d{4})-(SP|SU|FA|WI)$/;
const YEAR = /^(\d{4})$/;
const DECADE = /^(\d{3})$/;
const CENTURY = /^(\d{2})$/;

function months(y: number, m1: number, m2: number): DayRange {
  return { from: isoDate(y, m1, 1), to: isoDate(y, m2, daysInMonth(y, m2)) };
}

/** Narrows a span of months by a START/MID/END modifier (thirds of the span). */
function monthSpan(y: number, m1: number, m2: number, mod?: TimexMod): DayRange {
  const n = m2 - m1 + 1;
  if (n >= 3 && (mod === 'START' || mod === 'MID' || mod === 'END')) {
    const third = Math.floor(n / 3);
    if (mod === 'START') return months(y, m1, m1 + third - 1);
    if (mod === 'MID') return months(y, m1 + third, m2 - third);
    return months(y, m2 - third + 1, m2);
  }
  return months(y, m1, m2);
}

export function rangeOfValue(value: string, mod?: TimexMod): DayRange | undefined {
  if (typeof value !== 'string') return undefined;
  let r: RegExpExecArray | null;
  if ((r = DAY.exec(value))) {
    const y = Number(r[1]);
    const m = Number(r[2]);
    const d = Number(r[3]);
    if (!isValidDate(y, m, d)) return undefined;
    const iso = isoDate(y, m, d);
    return { from: iso, to: iso };
  }
  if ((r = MONTH.exec(value))) {
    const y = Number(r[1]);
    const m = Number(r[2]);
    if (m < 1 || m > 12) return undefined;
    const last = daysInMonth(y, m);
    if (mod === 'START') return { from: isoDate(y, m, 1), to: isoDate(y, m, 10) };
    if (mod === 'MID') return { from: isoDate(y, m, 11), to: isoDate(y, m, 20) };
    if (mod === 'END') return { from: isoDate(y, m, 21), to: isoDate(y, m, last) };
    return { from: isoDate(y, m, 1), to: isoDate(y, m, last) };
  }
  if ((r = WEEK.exec(value))) {
    const week = Number(r[2]);
    if (week < 1 || week > 53) return undefined;
    const start = isoWeekStart(Number(r[1]), week);
    if (r[3] === '-WE') return { from: isoOfDayNumber(start + 5), to: isoOfDayNumber(start + 6) };
    if (r[3]) {
      const d = isoOfDayNumber(start + Number(r[3].slice(1)) - 1);
      return { from: d, to: d };
    }
    if (mod === 'START') return { from: isoOfDayNumber(start), to: isoOfDayNumber(start + 2) };
    if (mod === 'END') return { from: isoOfDayNumber(start + 4), to: isoOfDayNumber(start + 6) };
    return { from: isoOfDayNumber(start), to: isoOfDayNumber(start + 6) };
  }
  if ((r = QUARTER.exec(value))) {
    const q = Number(r[2]);
    return months(Number(r[1]), q * 3 - 2, q * 3);
  }
  if ((r = HALF.exec(value))) {
    const h = Number(r[2]);
    return monthSpan(Number(r[1]), h * 6 - 5, h * 6, mod);
  }
  if ((r = SEASON.exec(value))) {
    const y = Number(r[1]);
    switch (r[2]) {
      case 'SP':
        return months(y, 3, 5);
      case 'SU':
        return months(y, 6, 8);
      case 'FA':
        return months(y, 9, 11);
      default:
        return { from: isoDate(y, 12, 1), to: isoDate(y + 1, 2, daysInMonth(y + 1, 2)) };
    }
  }
  if ((r = YEAR.exec(value))) return monthSpan(Number(r[1]), 1, 12, mod);
  if ((r = DECADE.exec(value))) {
    const y = Number(r[1]) * 10;
    if (mod === 'START') return { from: isoDate(y, 1, 1), to: isoDate(y + 3, 12, 31) };
    if (mod === 'MID') return { from: isoDate(y + 3, 1, 1), to: isoDate(y + 6, 12, 31) };
    if (mod === 'END') return { from: isoDate(y + 7, 1, 1), to: isoDate(y + 9, 12, 31) };
    return { from: isoDate(y, 1, 1), to: isoDate(y + 9, 12, 31) };
  }
  if ((r = CENTURY.exec(value))) {
    const y = Number(r[1]) * 100;
    return { from: isoDate(y, 1, 1), to: isoDate(y + 99, 12, 31) };
  }
  return undefined;
}
