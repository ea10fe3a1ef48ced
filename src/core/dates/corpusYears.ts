// The year of a yearless day read from the rest of the corpus: a wire dateline ("BRUSSELS, Dec 15
// (Wire) -") is filed within days of what the corpus's other sources report, so the year in which
// those sources cluster around its day is the likeliest one; so is an undated page's "On Sept. 11".
import { firstNotBefore } from '../sorted';
import type { DateSource } from '../types';
import { isoDate, isValidDate } from './calendar';

/** How near a yearless wire's day the dated sources that vote for its year must be. */
const NEIGHBOUR_MS = 45 * 86_400_000;
/** How near a yearless source's day the dated sources that put it in one year must be. */
const SEASON_MS = 120 * 86_400_000;

/** The index of the first of sorted `xs` above `t`. */
const firstAfter = (xs: number[], t: number) => firstNotBefore(xs.length, (i) => xs[i] <= t);

/** How many of sorted `days` lie within `reach` of `t`. */
const within = (days: number[], t: number, reach: number) => firstAfter(days, t + reach) - firstAfter(days, t - reach - 1);

/** The month and day in year `y` (ms), if it has one (29 February). */
const dayIn = (y: number, month: number, day: number) => (isValidDate(y, month, day) ? Date.parse(isoDate(y, month, day)) : undefined);

/** The dates (ms, sorted) of documents dated firmly: by a dateline, front matter or page metadata. */
export function firmDays(infos: Iterable<{ date: string | null; dateSource: DateSource }>): number[] {
  const out: number[] = [];
  for (const { date, dateSource } of infos) if (date && dateSource !== 'inferred') out.push(Date.parse(date));
  return out.sort((a, b) => a - b);
}

/**
 * The dates (ms, sorted) of the sources that vote for a wire's year: those dated firmly, else any
 * dated one; never the wires the corpus dates, but those their own weekdays date (`votes`), which
 * vote for the others (see `withoutOwnDay`).
 */
export function votingDays(entries: Iterable<{ info: { date: string | null; dateSource: DateSource }; corpusDay?: { votes?: boolean } }>): number[] {
  const infos = [...entries].filter((e) => !e.corpusDay || e.corpusDay.votes).map((e) => e.info);
  const firm = firmDays(infos);
  return firm.length ? firm : infos.flatMap((i) => (i.date ? [Date.parse(i.date)] : [])).sort((a, b) => a - b);
}

/** `days` without one vote on `date`: a wire that votes does not vote for its own year. */
export function withoutOwnDay(days: number[], date: string | null): number[] {
  const at = date ? days.indexOf(Date.parse(date)) : -1;
  return at < 0 ? days : [...days.slice(0, at), ...days.slice(at + 1)];
}

/**
 * The date of a wire's month and day by the corpus: of that day in the middle source's year and the
 * years either side, the one with the most voting sources within a few weeks of it. Ties go to the
 * text's own guess (`guess`), then to the date nearest a voting source.
 */
export function wireDayByCorpus(month: number, day: number, days: number[], guess?: string): string | undefined {
  if (!days.length) return guess;
  const middle = days[days.length >> 1];
  const year = new Date(middle).getUTCFullYear();
  let best: { t: number; near: number; gap: number } | undefined = guess ? { t: Date.parse(guess), near: within(days, Date.parse(guess), NEIGHBOUR_MS), gap: -1 } : undefined;
  // (And the years of every voting source: a corpus spread over 2018 to 2022 may hold the wire's
  // neighbours in its first year.)
  const years = new Set([year - 1, year, year + 1]);
  const last = new Date(days[days.length - 1]).getUTCFullYear();
  for (let y = new Date(days[0]).getUTCFullYear(); y <= last; y++) years.add(y);
  for (const y of years) {
    const t = dayIn(y, month, day);
    if (t === undefined) continue;
    const candidate = { t, near: within(days, t, NEIGHBOUR_MS), gap: nearestGap(days, t) };
    if (!best || candidate.near > best.near || (candidate.near === best.near && candidate.gap < best.gap)) best = candidate;
  }
  return best && new Date(best.t).toISOString().slice(0, 10);
}

/**
 * How far `t` is from the nearest of sorted `days`: with no source within weeks of a wire's day in
 * any year, the year whose sources stand nearest it ("SEOUL, Sept. 11" beside sources of July 2019
 * and March 2023 is 2019, not the year of the middle source).
 */
function nearestGap(days: number[], t: number): number {
  const i = firstAfter(days, t);
  return Math.min(i < days.length ? days[i] - t : Infinity, i > 0 ? t - days[i - 1] : Infinity);
}

/** How many voting sources near a wire's day, in a year none are near its guess, overrule a guess the text leans on. */
const DECISIVE_VOTES = 2;

/**
 * A wire's day whose year the text gave by a full date just after it (`guess`): moved to the year
 * of the corpus's voting sources near that day only when at least two are near it there and none
 * near the guess; else the guess.
 */
export function decisiveWireDay(month: number, day: number, days: number[], guess?: string): string | undefined {
  const want = wireDayByCorpus(month, day, days, guess);
  if (!guess || !want || want === guess) return guess;
  return within(days, Date.parse(want), NEIGHBOUR_MS) >= DECISIVE_VOTES && within(days, Date.parse(guess), NEIGHBOUR_MS) === 0 ? want : guess;
}

/**
 * A wire's day whose year the text bounds only from below (`floor`: the wire was filed after the
 * past it tells, "BEIJING, April 4 - … starting April 10" over history of January 2020): never
 * before the floor; in the year of the corpus's voting sources near the day when there is one; and
 * when none is near it in any year, in the one later year whose sources stand within a season of
 * the day (a topical corpus is of its own time, not of the history its wires recall).
 */
export function wireDayAboveFloor(month: number, day: number, days: number[], floor: string): string {
  const want = wireDayByCorpus(month, day, days, floor);
  if (!want || want < floor) return floor;
  if (want > floor || within(days, Date.parse(floor), NEIGHBOUR_MS) > 0) return want;
  const floorYear = Number(floor.slice(0, 4));
  let found: number | undefined;
  for (const y of new Set(days.map((t) => new Date(t).getUTCFullYear()))) {
    const t = dayIn(y, month, day);
    if (y <= floorYear || t === undefined || within(days, t, SEASON_MS) === 0) continue;
    if (found !== undefined) return floor;
    found = y;
  }
  return found === undefined ? floor : isoDate(found, month, day);
}

/** How far past the corpus's latest firmly dated source a day told in the past may lie. */
const TOLD_PAST_SLACK_MS = 30 * 86_400_000;

/**
 * The one year in which at least two of `days` (sorted ms) stand within four months of the month and
 * day, when no other year has any: what a yearless source's day most likely means. Undefined when the
 * sources are spread over several such years, or too few are near it. A day told in the past
 * (`toldPast`: "weeks after the Feb. 4 executive order") is not put months after every dated source.
 */
export function onlyYearNear(month: number, day: number, days: number[], toldPast = false): number | undefined {
  if (!days.length) return undefined;
  const first = new Date(days[0]).getUTCFullYear();
  const last = new Date(days[days.length - 1]).getUTCFullYear();
  const latest = days[days.length - 1] + TOLD_PAST_SLACK_MS;
  let found: number | undefined;
  for (let y = first - 1; y <= last + 1; y++) {
    const t = dayIn(y, month, day);
    const near = t === undefined || (toldPast && t > latest) ? 0 : within(days, t, SEASON_MS);
    if (near === 0) continue;
    if (found !== undefined || near < 2) return undefined;
    found = y;
  }
  return found;
}

/** A full date another source writes out, with the content words of its sentence. */
export interface ToldDay {
  path: string;
  year: number;
  terms: Set<string>;
}

/** Content words a told day's sentence must share with a wire's lead to speak of the same thing. */
const TOLD_SHARED_TERMS = 3;

/**
 * The year other sources write out for a yearless wire's month and day, when they tell of what its
 * lead tells: "BEIJING, Nov 15 - The United States and China signed a sweeping trade agreement on
 * Monday" in a corpus whose anniversary piece recalls "the deal Washington and Beijing signed on
 * Nov. 15, 1999". The year told most often (by distinct sources) wins; a tie between years is no
 * answer. Never before `floor` (a year the wire's own past bounds it by).
 */
export function toldWireYear(leadTerms: Set<string>, told: ToldDay[], floor?: number): number | undefined {
  const sources = new Map<number, Set<string>>();
  for (const t of told) {
    if (floor !== undefined && t.year < floor) continue;
    let shared = 0;
    for (const w of t.terms) if (leadTerms.has(w) && ++shared >= TOLD_SHARED_TERMS) break;
    if (shared < TOLD_SHARED_TERMS) continue;
    let set = sources.get(t.year);
    if (!set) sources.set(t.year, (set = new Set()));
    set.add(t.path);
  }
  const ranked = [...sources].sort((a, b) => b[1].size - a[1].size);
  return ranked.length && (ranked.length === 1 || ranked[0][1].size > ranked[1][1].size) ? ranked[0][0] : undefined;
}
