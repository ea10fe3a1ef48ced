// The year of a yearless day read from the rest of the corpus: a wire dateline ("BRUSSELS, Dec 15
// (Wire) -") is filed within days of what the corpus's other sources report, so the year in which
// those sources cluster around its day is the likeliest one; so is an undated page's "On Sept. 11".
import { firstNotBefore } from '../sorted';
import type { DateSource } from '../types';
import { nearestMonthDay } from './documentDate';

/** How near a yearless wire's day the dated sources that vote for its year must be. */
const NEIGHBOUR_MS = 45 * 86_400_000;

/** The index of the first of sorted `xs` above `t`. */
const firstAfter = (xs: number[], t: number) => firstNotBefore(xs.length, (i) => xs[i] <= t);

/** The dates (ms, sorted) of the sources that vote: those dated firmly, else any dated one; never the wires themselves. */
export function votingDays(entries: Iterable<{ info: { date: string | null; dateSource: DateSource }; corpusDay?: unknown }>): number[] {
  const firm: number[] = [];
  const any: number[] = [];
  for (const e of entries) {
    const { date, dateSource } = e.info;
    if (!date || e.corpusDay) continue;
    const t = Date.parse(date);
    any.push(t);
    if (dateSource !== 'inferred') firm.push(t);
  }
  return (firm.length ? firm : any).sort((a, b) => a - b);
}

/**
 * The date of a wire's month and day by the corpus: of that day in the middle source's year and the
 * years either side, the one with the most voting sources within a few weeks of it. Ties go to the
 * text's own guess (`guess`), then to the date nearest the middle source.
 */
export function wireDayByCorpus(month: number, day: number, days: number[], guess?: string): string | undefined {
  if (!days.length) return guess;
  const middle = days[days.length >> 1];
  const year = new Date(middle).getUTCFullYear();
  const near = (t: number) => firstAfter(days, t + NEIGHBOUR_MS) - firstAfter(days, t - NEIGHBOUR_MS - 1);
  let best: { date: string; near: number; gap: number } | undefined = guess ? { date: guess, near: near(Date.parse(guess)), gap: -1 } : undefined;
  for (const y of [year - 1, year, year + 1]) {
    const date = nearestMonthDay(month, day, `${y}-${String(month).padStart(2, '0')}-01`);
    if (!date || !date.startsWith(String(y))) continue;
    const t = Date.parse(date);
    const candidate = { date, near: near(t), gap: Math.abs(t - middle) };
    if (!best || candidate.near > best.near || (candidate.near === best.near && candidate.gap < best.gap)) best = candidate;
  }
  return best?.date;
}

/** How near a yearless source's day the dated sources that put it in one year must be. */
const SEASON_MS = 120 * 86_400_000;

/**
 * The one year in which at least two of `days` (sorted ms) stand within four months of the month and
 * day, when no other year has any: what a yearless source's day most likely means. Undefined when the
 * sources are spread over several such years, or too few are near it.
 */
export function onlyYearNear(month: number, day: number, days: number[]): number | undefined {
  if (!days.length) return undefined;
  const first = new Date(days[0]).getUTCFullYear();
  const last = new Date(days[days.length - 1]).getUTCFullYear();
  let found: number | undefined;
  for (let y = first - 1; y <= last + 1; y++) {
    const date = nearestMonthDay(month, day, `${y}-${String(month).padStart(2, '0')}-01`);
    if (!date || !date.startsWith(String(y))) continue;
    const t = Date.parse(date);
    const near = firstAfter(days, t + SEASON_MS) - firstAfter(days, t - SEASON_MS - 1);
    if (near === 0) continue;
    if (found !== undefined || near < 2) return undefined;
    found = y;
  }
  return found;
}
