// The calendar reach of a fact's date, with the fuzziness news language allows.
import type { DateMention, Fact } from '../types';

export interface DayRange {
  from: string;
  to: string;
}

/** Day range of a fact whose year is known; undefined when only month/day are known. */
export function factDayRange(f: Fact): DayRange | undefined {
  if (!f.yearKnown) return undefined;
  return mentionDayRange(f.date);
}

export function mentionDayRange(m: DateMention): DayRange | undefined {
  if (m.from && m.to) return { from: m.from, to: m.to };
  return undefined;
}

/** Day of the year (1–366, in a leap year) of a yearless fact, for rough ordering. */
export function monthDayKey(f: Fact): number {
  const month = f.date.month ?? (f.date.from ? Number(f.date.from.slice(5, 7)) : 1);
  const day = f.date.day ?? (f.date.from ? Number(f.date.from.slice(8, 10)) : 1);
  return (month - 1) * 31 + day;
}
