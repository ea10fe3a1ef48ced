// The date scanner: finds TIMEX3-style date, time, duration and set expressions in news English
// and gives each a TimeML value. Design:
//  - one cheap pass of a trigger regex finds the few positions where an expression can start
//    (a digit, a month or weekday name, or a keyword such as "last", "the", "early");
//  - at each trigger only the sticky (anchored) patterns that can start with that word run, every
//    quantifier bounded, so the scan is linear and cannot backtrack catastrophically;
//  - the longest candidate at a position wins, the scan resumes after it: mentions come out sorted
//    and non-overlapping.
// Spans follow TimeML: prepositions ("in", "on", "by") stay outside, modifiers that set `mod`
// ("early", "mid-", "the end of", "more than") and determiners ("the second quarter") inside.
import type { DateContext, DateMention, DatePrecision, DateResolution, TimexMod, TimexType } from '../types';
import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isoDate,
  isoOfDayNumber,
  isoWeekStart,
  isValidDate,
  pad2,
  pad4,
  parseIsoDate,
  weekdayOf,
  weekdayOfDayNumber,
  weekValue,
} from './calendar';
import { unwrapDates } from './unwrap';
import { DAY, MON, MONTH_NAMES, MONTH_NUM, NUMWORD, ORDINAL_NUM, POD, S, TZ, UNIT, WEEKDAY_ANY, WEEKDAY_FULL, WEEKDAY_NUM, WRITTEN_DATE, YEAR, wordNumber } from './lexicon';
import { tenseAt, type Tense } from './tense';
import { headsRow, inTableRow, tableHeaderYear } from '../text/tableRow';
import { ENTRY_REPORTING, headsEntry } from '../text/timelineEntry';
import { rangeOfValue } from './values';

export type { Tense } from './tense';

// ---------------------------------------------------------------------------------------------
// Context

interface Ref {
  y: number;
  m: number;
  d: number;
  dn: number; // day number
  dow: number; // 0 = Sunday
  iso: string;
}

interface Scan {
  text: string;
  ref: Ref | null;
  defaultYear?: number;
  dateline?: { start: number; end: number };
  /** The text writes numeric dates day first ("30/05/2025" somewhere, no "05/30/2025"). */
  dayFirst?: boolean;
}

// Spellings that tell a Commonwealth writer from an American one, who write numeric dates day
// first and month first.
const BRITISH = /\b(?:per\s+cent|labour|favour\w*|honour\w*|colour\w*|neighbour\w*|behaviour\w*|programmes?|centres?|defence|organis(?:e|ed|es|ing|ation\w*)|recognis(?:e|ed|es|ing)|realis(?:e|ed|es|ing)|apologis(?:e|ed|es|ing)|criticis(?:e|ed|es|ing)|authoris(?:e|ed|es|ing|ation)|cheques?|tonnes?|travell(?:ed|ing|ers?))\b/gi;
const AMERICAN = /\b(?:percent|labor|favor\w*|honor\w*|color\w*|neighbor\w*|behavior\w*|programs?|centers?|defense|organiz(?:e|ed|es|ing|ation\w*)|recogniz(?:e|ed|es|ing)|realiz(?:e|ed|es|ing)|apologiz(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|authoriz(?:e|ed|es|ing|ation)|checks?|traveled|traveling|travelers?)\b/gi;

/** Date labels of languages whose writers put the day first. */
const LABEL_DAY_FIRST = /\b(?:Actualizado|Publicado|Publicada|Fecha|Atualizado|Atualizada|Publié|Mis\s+à\s+jour|Aktualisiert|Veröffentlicht|Aggiornato|Pubblicato)(?![A-Za-zÀ-ÿ])/;

/** Numeric dates that can only be day first, or only month first, decide how the text writes the rest; else its labels or spelling. */
export function writesDayFirst(text: string): boolean {
  if (text.indexOf('/') < 0) return false;
  const dayFirst = /(?<![\d/])(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d(?![\d/])/.test(text);
  const monthFirst = /(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/(?:19|20)\d\d(?![\d/])/.test(text);
  if (dayFirst || monthFirst) return dayFirst && !monthFirst;
  // A page labelled in Spanish, Portuguese, French, German or Italian ("Actualizado: 06/03/2025").
  if (LABEL_DAY_FIRST.test(text)) return true;
  return (text.match(BRITISH)?.length ?? 0) > (text.match(AMERICAN)?.length ?? 0);
}

function makeRef(iso: string | null | undefined): Ref | null {
  const p = parseIsoDate(iso ?? null);
  if (!p) return null;
  const dn = dayNumber(p.y, p.m, p.d);
  return { ...p, dn, dow: weekdayOfDayNumber(dn), iso: isoDate(p.y, p.m, p.d) };
}

// ---------------------------------------------------------------------------------------------
// Building mentions

type Extra = Partial<Omit<DateMention, 'start' | 'end' | 'text' | 'type' | 'value' | 'precision' | 'resolution'>>;

function mention(
  sc: Scan,
  start: number,
  end: number,
  type: TimexType,
  value: string,
  precision: DatePrecision,
  resolution: DateResolution,
  extra: Extra = {},
): DateMention {
  const m: DateMention = { start, end, text: sc.text.slice(start, end), type, value, precision, resolution };
  for (const k in extra) {
    const v = extra[k as keyof Extra];
    if (v !== undefined) (m as unknown as Record<string, unknown>)[k] = v;
  }
  if (m.from === undefined && type !== 'DURATION' && type !== 'SET' && value.indexOf('X') < 0 && !value.endsWith('_REF')) {
    const r = rangeOfValue(value, m.mod);
    if (r) {
      m.from = r.from;
      m.to = r.to;
    }
  }
  return m;
}


// "scheduled to rise", "will take effect", "is due to": an entry that looks ahead.
const ENTRY_AHEAD = /\b(?:will|shall|scheduled|slated|due|set\s+to|is\s+to|are\s+to|expected|planned|plans?\s+to)\b/i;

/** An entry's own clause (to its first full stop or semicolon) says whether it looks ahead; else it is history. */
function entryTense(sc: Scan, end: number): Tense {
  const clause = /^[^.;\n]*/.exec(sc.text.slice(end, end + 200))![0];
  // What is said to lie ahead ("Holt says Norway will drop …") is not the saying's tense.
  const own = clause.split(ENTRY_REPORTING)[0];
  if (ENTRY_AHEAD.test(own)) return 'future';
  // Under "### Dates to watch", "- Dec. 16: deadline for the final ruling" is on the calendar ahead.
  return !ENTRY_DONE.test(own) && inSectionAhead(sc.text, end) ? 'future' : 'past';
}

/** A heading of what is to come: "Dates to watch", "Coming up", "The week ahead", "Next steps" (not "Ahead of the summit"). */
const AHEAD_SECTION = /\b(?:to\s+watch|ahead(?!\s+of\b)|coming\s+up|upcoming|next\s+steps|what(?:['’]s|\s+comes)\s+next|diary|on\s+the\s+horizon)\b/i;
/** A line that is only bold words, as a newsletter sets a section's heading: "**Coming up**". */
const BOLD_HEADING = /^[ \t]*(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)[ \t]*:?[ \t]*$/;
/** An entry told as done ("- Oct. 20: talks were held"), whatever its section. */
const ENTRY_DONE = /\b(?:was|were|had|did)\b/i;

/** Whether the section `at` is in (by the nearest heading above, within reach) lists what is to come. */
function inSectionAhead(text: string, at: number): boolean {
  for (const line of linesAbove(text, at)) {
    if (SECTION_HEADING.test(line) || BOLD_HEADING.test(line)) return line.length <= 100 && AHEAD_SECTION.test(line);
  }
  return false;
}

// (Or an ISO day, as timelines' tables write them: "| 2025-07-07 | Trump sends a letter …".)
const HEAD_DAY = `(?:(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d)|(?:(?<m1>${MON})[ \\t]{1,3}(?<d1>\\d{1,2})|(?<d2>\\d{1,2})[ \\t]{1,3}(?<m2>${MON}))(?:,?[ \\t]{1,2}(?<y>(?:19|20)\\d\\d))?)(?:[ \\t]{1,2}\\(${WEEKDAY_ANY}\\))?`;
// "**Oct. 14, 00:05 ET.** The tariffs are now in force": a bold day (and its clock) heads its entry too.
const HEAD_CLOCK = `(?:,?[ \\t]{1,2}\\d{1,2}[:.]\\d\\d(?:[ \\t]{1,2}(?:[ap]\\.?m\\.?|[A-Z]{2,4}))*)?`;
const ENTRY_HEAD = new RegExp(`^[ \\t]*(?:[-*•–][ \\t]+)?(?:\\*\\*|__)?${HEAD_DAY}(?:(?:\\*\\*|__)?[ \\t]*[—–:-][ \\t]|${HEAD_CLOCK}\\.?(?:\\*\\*|__)[ \\t])`);
/** A table row opened by its day ("| Wed 9 July | …", "| July 9 | …"): an entry of a timeline set as a table. */
const ROW_HEAD = new RegExp(`^[ \\t]*\\|[ \\t]*(?:\\*\\*|__)?(?:[A-Z][a-z]{2,8}\\.?,?[ \\t]{1,2})?${HEAD_DAY}(?:\\*\\*|__)?[ \\t]*\\|`);

const ENTRY_REACH = 400;

/** The day that heads the timeline entry holding `at`, read as the entry itself would be. */
function entryDay(sc: Scan, at: number): Ref | undefined {
  // Entries are short lines: look back a few hundred characters only (a long line is no entry).
  const from = Math.max(0, at - ENTRY_REACH);
  const before = sc.text.slice(from, at);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && from > 0) return undefined;
  const lineStart = from + nl + 1;
  const line = before.slice(nl + 1);
  const head = ENTRY_HEAD.exec(line) ?? ROW_HEAD.exec(line);
  if (!head?.groups || !sc.ref) return undefined;
  return headRef(sc.ref, head.groups, () => entryTense(sc, lineStart + head[0].length - 1));
}

/**
 * The day a head's month, day and year groups give (m1/d1 or m2/d2, y); without a year, the one
 * nearest the page's day for the entry's tense. ("| Thu 6 Mar 2025 | … until 2 April": a head that
 * gives its year dates the row.)
 */
function headRef(ref: Ref, g: Record<string, string | undefined>, tense: () => Tense): Ref | undefined {
  const month = g.im ? Number(g.im) : monthOf(g.m1 ?? g.m2 ?? '');
  const day = Number(g.id ?? g.d1 ?? g.d2);
  if (!month || month > 12 || day < 1 || day > daysInMonth(2000, month)) return undefined;
  const year = g.iy ?? g.y;
  const y = year ? Number(year) : inferYear(ref, month, day, tense());
  return isValidDate(y, month, day) ? makeRef(isoDate(y, month, day)) ?? undefined : undefined;
}

/** A live blog's entry heading on a line of its own ("### Jul 30, 2025 — 19:20 ET", "**Jul 30, 2025**"). */
const HEADING_HEAD = new RegExp(`^[ \\t]*(?:#{1,6}[ \\t]+(?:\\*\\*|__)?|\\*\\*|__)${HEAD_DAY}(?![\\d])`);
/** How far back the start of an entry's paragraph is looked for. */
const HEADING_REACH = 1500;

/**
 * The day of the entry heading right above the paragraph holding `at` (a blank line between them at
 * most): "### Jul 30, 2025 — 19:20 ET" then "… responds to Bessent's warning of Tuesday".
 */
function headingDay(sc: Scan, at: number): Ref | undefined {
  if (!sc.ref) return undefined;
  const from = Math.max(0, at - HEADING_REACH);
  const start = breakBefore(sc.text, at, from);
  if (start === undefined || start < from) return undefined;
  let end = start;
  let prev = breakBefore(sc.text, end, Math.max(0, end - 81));
  if (prev === undefined) return undefined; // a line of more than 80 characters is no heading
  let line = sc.text.slice(prev + 1, end);
  if (!line.trim() && prev >= from) {
    end = prev;
    prev = breakBefore(sc.text, end, Math.max(0, end - 81));
    if (prev === undefined) return undefined;
    line = sc.text.slice(prev + 1, end);
  }
  const g = HEADING_HEAD.exec(line)?.groups;
  return g ? headRef(sc.ref, g, () => 'past') : undefined;
}

/**
 * The last line break before `at` and no further back than `from` (-1 when the text starts within
 * reach); nothing when the line began before `from`. Bounded, so a text of one long line is not
 * scanned back to its start for every date in it.
 */
function breakBefore(text: string, at: number, from: number): number | undefined {
  for (let i = at - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i;
  return from <= 0 ? -1 : undefined;
}

/** The whole lines above `at`, nearest first, within a page's reach of it. */
function* linesAbove(text: string, at: number): Generator<string> {
  const from = Math.max(0, at - HEADING_REACH);
  let end = breakBefore(text, at, from);
  while (end !== undefined && end > from) {
    const start = breakBefore(text, end, from);
    if (start === undefined) return;
    yield text.slice(start + 1, end);
    end = start;
  }
}

/** A line that is only a day with its year: a saved live blog's day heading ("Saturday 12 April 2025"). */
/** A day with its year, as a day line or a heading writes it: "12 April 2025", "Nov 5, 2025". */
const DAY_AND_YEAR = `(?:(?<d1>\\d{1,2})[ \\t]{1,3}(?<m1>${MON})|(?<m2>${MON})[ \\t]{1,3}(?<d2>\\d{1,2}),?)[ \\t]{1,3}(?<y>(?:19|20)\\d\\d)`;
const DAY_LINE = new RegExp(`^[ \\t]*(?:${WEEKDAY_ANY},?[ \\t]{1,3})?${DAY_AND_YEAR}[ \\t]*$`);

/**
 * The day of the nearest line above `at` that is only a day and its year, within a page's reach of
 * an entry ("Saturday 12 April 2025", then "12:20", then "… arrived at the plant this morning").
 */
function dayLineAbove(sc: Scan, at: number): Ref | undefined {
  if (!sc.ref) return undefined;
  for (const line of linesAbove(sc.text, at)) {
    const g = line.length <= 60 ? DAY_LINE.exec(line)?.groups : undefined;
    if (g) return headRef(sc.ref, g, () => 'past');
  }
  return undefined;
}

/** A Markdown heading that gives one day with its year: "## Argument day log (5 Nov 2025)". */
const SECTION_HEADING = /^#{1,6}[ \t]/;
const DAY_WITH_YEAR = new RegExp(`(?<![\\w])${DAY_AND_YEAR}(?![\\w])`, 'g');

/** The day of the section `at` is in, when its heading (the nearest above, within reach) gives just one. */
function sectionDay(sc: Scan, at: number): Ref | undefined {
  if (!sc.ref) return undefined;
  for (const line of linesAbove(sc.text, at)) {
    if (!SECTION_HEADING.test(line)) continue;
    const days = line.length <= 100 ? [...line.matchAll(DAY_WITH_YEAR)] : [];
    return days.length === 1 && days[0].groups ? headRef(sc.ref, days[0].groups, () => 'past') : undefined;
  }
  return undefined;
}

/** The day a relative word in an entry counts from: its entry's own head, its section's, or the page's day. */
function localRef(sc: Scan, at: number): Ref | null {
  if (!sc.ref) return null;
  return entryDay(sc, at) ?? sectionRef(sc, at);
}

/** The day of the heading or day line above `at`, or the page's day (an entry's own head aside). */
function sectionRef(sc: Scan, at: number): Ref | null {
  if (!sc.ref) return null;
  return headingDay(sc, at) ?? dayLineAbove(sc, at) ?? sectionDay(sc, at) ?? sc.ref;
}

/** A named weekday's date, counted (in a live blog's entry) from the entry's day, not the page's last update. */
function entryWeekdayDate(sc: Scan, at: number, wd: number, tense: Tense): string | null {
  const entry = localRef(sc, at);
  return weekdayDate(entry && entry !== sc.ref ? { ...sc, ref: entry } : sc, wd, tense === 'future' ? 'future' : 'past');
}

/**
 * "A 25% tariff was due to take effect on Friday" on a Thursday: a plan told in the past may have
 * fallen either side of the story, and the nearer Friday (the next day) is meant.
 */
function nearerWeekday(sc: Scan, at: number, wd: number): string | null {
  const past = entryWeekdayDate(sc, at, wd, 'past');
  const ahead = entryWeekdayDate(sc, at, wd, 'future');
  const ref = localRef(sc, at) ?? sc.ref;
  if (!past || !ahead || !ref) return past ?? ahead;
  return Date.parse(ahead) - Date.parse(ref.iso) < Date.parse(ref.iso) - Date.parse(past) ? ahead : past;
}

/** The tense that picks a yearless month and day's year (a plan made in the past: the nearest year). */
function lazyTense(sc: Scan, start: number, end: number): () => { tense: Tense; target: boolean } {
  let t: { tense: Tense; target: boolean } | undefined;
  return () => {
    if (t) return t;
    const read = tenseAt(sc.text, start, end);
    return (t = read.planMade ? { tense: 'neutral', target: read.target } : read);
  };
}

/** Is the day after the reference date (or at least the last day is)? */
function isFuture(sc: Scan, from: string | undefined, tense: Tense): boolean {
  if (tense === 'future') return true;
  if (sc.ref && from) return from > sc.ref.iso;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Year inference for yearless month/day expressions

/**
 * Chooses the year of a yearless date near the reference date: among the years around it, the
 * one whose date is closest, going the wrong way for the tense costing four times as much
 * (neutral context leans slightly towards the past, as news reports mostly do). A named weekday
 * that matches only one candidate within eight months settles it.
 */
/**
 * A day told in the past may lie up to six weeks after the reference (a text's date a little off);
 * beyond that, going ahead costs as it does for a month: "signed an order on 7 February" on a page of
 * 2 December is that February, not the next, and "launched on Jan. 14" on one of 14 November too.
 */
const PAST_AHEAD_DAYS = 45;

/** Days from the reference within which a matching weekday picks a yearless date's year. */
const WEEKDAY_YEAR_REACH = 240;

function inferYear(ref: Ref, month: number, day: number | undefined, tense: Tense, weekday?: number): number {
  let best = ref.y;
  let bestCost = Infinity;
  const matches: number[] = [];
  for (let y = ref.y - 1; y <= ref.y + 1; y++) {
    let lo: number;
    let hi: number;
    if (day !== undefined) {
      if (!isValidDate(y, month, day)) continue;
      lo = hi = dayNumber(y, month, day);
      // Only a year near enough to be meant: a wrong weekday is more likely than a date a year off.
      if (weekday !== undefined && weekdayOfDayNumber(lo) === weekday && Math.abs(lo - ref.dn) <= WEEKDAY_YEAR_REACH) matches.push(y);
    } else {
      lo = dayNumber(y, month, 1);
      hi = dayNumber(y, month, daysInMonth(y, month));
    }
    let cost: number;
    if (ref.dn >= lo && ref.dn <= hi) cost = 0;
    else if (lo > ref.dn) cost = (lo - ref.dn) * (tense === 'past' ? (day === undefined || lo - ref.dn > PAST_AHEAD_DAYS ? 10 : 4) : tense === 'neutral' ? 1.5 : 1);
    else cost = (ref.dn - hi) * (tense === 'future' ? (day === undefined ? 10 : 4) : 1);
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  if (matches.length === 1) return matches[0];
  return best;
}

// ---------------------------------------------------------------------------------------------
// Regexes (all sticky)

const sticky = (src: string, flags = '') => new RegExp(src, 'y' + flags);

const R_MD = sticky(
  `(?<m>${MON})${S}{0,3}(?<d>${DAY})(?:${S}{0,2}[-–—]${S}{0,2}(?:(?<m2>${MON})${S}{0,3})?(?<d2>${DAY}))?(?:,?${S}{1,3}(?<y>${YEAR}))?`,
);
const R_DM = sticky(
  `(?<d>${DAY})(?:${S}{0,2}[-–—]${S}{0,2}(?<d2>${DAY})|${S}{1,2}(?:and|to)${S}{1,2}(?<d3>${DAY}))?${S}{1,3}(?:of${S}{1,3})?(?<m>${MON})(?:,?${S}{1,3}(?<y>${YEAR}))?`,
);
/** What follows a number that counts something ("10 percent", "15 tons"): then it is no day of the month. */
const COUNTED_UNITS = 'per|percent|points?|million|billion|thousand|times|hours|days|weeks|months|years|tons|tonnes|people|members|countries|dollars';
const COUNTED = `(?:%|${COUNTED_UNITS})`;
/** The same, as whole words after a number spelt out ("nineteen ninety people"). */
const COUNTED_WORDS = `(?:${COUNTED_UNITS})(?![A-Za-z])`;
/** "from September 14 to 15, 2025", "between June 9 and June 10": a day range written out in words. */
const R_MD_SPAN = sticky(
  `(?<m>${MON})${S}{0,3}(?<d>${DAY})${S}{1,2}(?<conn>to|through|thru|until|till|and)${S}{1,2}(?:(?<m2>${MON})${S}{0,3})?(?<d2>${DAY})(?!${S}{0,2}${COUNTED})(?:,?${S}{1,3}(?<y>${YEAR}))?`,
);
/** "from 26 February to 2 March 2024", "27 February – 3 March": a day-first range across months. */
const R_DM_SPAN = sticky(
  `(?<d>${DAY})${S}{1,3}(?<m>${MON})${S}{0,2}(?<conn>to|through|until|till|and|[-–—])${S}{0,2}(?<d2>${DAY})${S}{1,3}(?<m2>${MON})(?:,?${S}{1,3}(?<y>${YEAR}))?`,
);
/**
 * After "June 9 and 10": punctuation or a word that goes on with the clause ("produced", "in"), not
 * a noun the 10 counts ("people", "others", "of them", "tonnes", any plural-looking word).
 */
const PAIR_END = new RegExp(`^(?:[ \\u00a0]{0,2}(?:[,.;:)–—]|$)|[ \\u00a0]{1,2}(?!(?:of|others?|more|hundred|dozen|${COUNTED_UNITS})\\b|(?!(?:was|is|has|as|this|does|says|sees|goes|plus|thus)\\b)[a-z]+s\\b)[a-z])`);
const R_MY = sticky(`(?<m>${MON})(?:,|${S}{1,2}of)?${S}{1,3}(?<y>${YEAR})`);
const R_MONTH = sticky(`(?<m>${MON})`);
const R_ISO = sticky(
  `(?<y>(?:1[89]|20)\\d\\d)(?<sep>[-/.])(?<m>1[0-2]|0?[1-9])\\k<sep>(?<d>3[01]|[12]\\d|0?[1-9])(?!\\d)(?:(?:T|${S}{1,2})(?<H>[01]\\d|2[0-3]):(?<M>[0-5]\\d)(?::(?<Sec>[0-5]\\d)(?:\\.\\d{1,6})?)?(?<z>Z|[+-]\\d\\d:?\\d\\d)?(?!\\d))?`,
);
const R_NUMERIC = sticky(`(?<a>3[01]|[12]\\d|0?[1-9])(?<sep>[/.])(?<b>3[01]|[12]\\d|0?[1-9])\\k<sep>(?<y>(?:19|20)\\d\\d)(?!\\d)`);
const R_DECADE = sticky(`(?<dec>(?:1[89]|20)\\d)0['’]?s(?![A-Za-z])`);
const R_YEAR = sticky(`(?<y>(?:19|20)\\d\\d|2100)(?![\\d%A-Za-z]|[.,]\\d)`);
const R_CLOCK = sticky(
  `(?<H>2[0-3]|[01]?\\d)(?!\\d)(?::(?<M>[0-5]\\d)(?!\\d))?(?::(?<Sec>[0-5]\\d))?(?:${S}{0,2}(?<ap>[aApP]\\.?${S}?[mM]\\.?)(?![A-Za-z]))?(?:${S}{1,2}(?<tz>${TZ}))?`,
);
const R_AFTER_TIME = sticky(`(?:,${S}{0,2}|${S}{1,2})`);
const R_DUR = sticky(
  `(?:(?<q>more${S}{1,2}than|less${S}{1,2}than|fewer${S}{1,2}than|nearly|almost|about|around|approximately|roughly|at${S}{1,2}least)${S}{1,2})?(?<n>\\d{1,4}(?:\\.\\d{1,2})?|${NUMWORD}|a${S}{1,2}few|a${S}{1,2}couple${S}{1,2}of|couple${S}{1,2}of|an?|several|few)(?<half>${S}{1,2}1/2|${S}?½|${S}{1,2}and${S}{1,2}a${S}{1,2}half)?${S}{1,2}(?:(?:full|more|additional|further|straight|consecutive|business|trading|working|calendar)${S}{1,2})?(?<u>${UNIT})(?![A-Za-z])(?<half2>${S}{1,2}and${S}{1,2}a${S}{1,2}half(?![A-Za-z]))?(?:${S}{1,2}(?<tail>ago|earlier|later|old|from${S}{1,2}now)(?![A-Za-z]))?`,
  'i',
);
const R_DUR_ADJ = sticky(
  `(?<n>\\d{1,4}|${NUMWORD})${S}?-${S}?(?<u>second|minute|hour|day|week|month|year|decade|century)(?<tail>-old|-long)?(?![A-Za-z]|-[A-Za-z])`,
  'i',
);
const R_REL_DAY = sticky(`(?<w>today|tonight|tomorrow|yesterday)(?![A-Za-z])(?:${S}{1,2}(?<pod>${POD})(?![A-Za-z]))?`, 'i');
const R_DET_UNIT = sticky(
  `(?<det>this${S}{1,2}past|this|last|next|(?:the${S}{1,2})?current)${S}{1,2}(?<u>week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter|${POD})(?![A-Za-z])`,
  'i',
);
const R_DET_NAME = sticky(`(?<det>[Tt]his${S}{1,2}(?:past|coming)|[Tt]his|[Ll]ast|[Nn]ext|THIS|LAST|NEXT)${S}{1,2}(?<name>${WEEKDAY_FULL}|${MON})(?![A-Za-z])`);
/** The day after "last Oct.", unless a year follows it (then the date is written out in full). */
const R_DET_NAME_DAY = sticky(`${S}{1,3}(?<d>${DAY})(?!,?${S}{1,3}(?:${YEAR})(?![\\d:])|${S}{0,2}${COUNTED}(?![A-Za-z]))`);
const R_DET_NUM = sticky(
  `(?<w>next|last|past|coming|recent)${S}{1,2}(?:(?<n>\\d{1,3}|${NUMWORD}|few|couple${S}{1,2}of|several)${S}{1,2})?(?<u>${UNIT})(?![A-Za-z])`,
  'i',
);
const R_EARLIER = sticky(`(?<w>earlier|later)${S}{1,2}(?:(?<det>this|last|next)${S}{1,2}(?<u>week|month|year|quarter|decade)|(?<today>today))(?![A-Za-z])`, 'i');
const R_PART = sticky(
  `(?<w>[Ee]arly|EARLY|[Mm]id|MID|[Ll]ate|LATE|[Ee]nd(?=-))(?:${S}{0,2}-${S}{0,2}|${S}{1,2})(?:(?<m>${MON})(?:,?${S}{1,3}(?<y>${YEAR}))?|(?<yr>(?:19|20)\\d\\d)(?![\\d%A-Za-z]|[.,]\\d)|(?<dec>(?:1[89]|20)\\d)0['’]?s(?![A-Za-z])|(?<det>[Tt]his|[Ll]ast|[Nn]ext)${S}{1,2}(?<u>week|month|year|decade)(?![A-Za-z])|(?<wd>${WEEKDAY_FULL})(?![A-Za-z])|(?<rd>yesterday|today|tomorrow)(?![A-Za-z]))`,
);
const THE = `(?:[Tt]he|THE)${S}{1,2}`;
/** " of July", " of July 2025" after "the first half". */
const R_OF_MONTH = new RegExp(`^${S}{1,2}of${S}{1,2}(${MON})(?:,?${S}{1,2}(${YEAR}))?`);
const R_THE_DECADE = sticky(`${THE}(?:(?<w>early|mid|late)(?:-|${S}{1,2}))?(?:(?<dec>(?:1[89]|20)\\d)0['’]?s|['’](?<yy>\\d)0s)(?![A-Za-z])`);
const R_THE_QUARTER = sticky(
  `${THE}(?<ago>year-(?:ago|earlier)${S}{1,2})?(?<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)${S}{1,2}(?<u>quarter|half)(?![A-Za-z])(?:(?:${S}{1,2}of|,)${S}{1,2}(?:(?<y>${YEAR})|(?<det>this|last|next|the)${S}{1,2}year(?![A-Za-z])))?`,
  'i',
);
const R_THE_PART = sticky(
  `${THE}(?<w>end|beginning|start|middle|close)${S}{1,2}of${S}{1,2}(?:(?<m>${MON})(?:,?${S}{1,3}(?<y>${YEAR}))?|(?<yr>(?:19|20)\\d\\d)(?![\\d%A-Za-z]|[.,]\\d)|(?<det>this|last|next|the)${S}{1,2}(?<u>week|month|year|quarter|decade)(?![A-Za-z]))`,
);
const R_THE_REL = sticky(
  `${THE}(?<w>past|last|next|coming|previous|following|latest|recent|first|final)${S}{1,2}(?:(?<n>\\d{1,3}|${NUMWORD}|few|couple${S}{1,2}of|several)${S}{1,2})?(?<u>${UNIT}|quarters?)(?![A-Za-z])`,
  'i',
);
// "the following morning", "the previous evening": a part of the day after (or before) the one the story last named.
const R_THE_POD = sticky(`${THE}(?<w>next|following|previous)${S}{1,2}(?<p>${POD})(?![A-Za-z])`, 'i');
const mThePod: Matcher = (sc, at) => {
  const r = exec(R_THE_POD, sc.text, at);
  if (!r || !r.groups) return null;
  // Counted from the story's day by storyDay; until then, a part of a day not yet placed.
  return mention(sc, at, at + r[0].length, 'TIME', `XXXX-XX-XXT${podCode(r.groups.p)}`, 'time', 'unresolved');
};
const R_THE_REF = sticky(`${THE}(?:(?<adj>near|distant|foreseeable|recent|immediate)${S}{1,2})?(?<w>past|future|present)(?![A-Za-z])`, 'i');
const R_THE_SEASON = sticky(`${THE}(?<s>spring|summer|autumn|fall|winter)(?![A-Za-z])(?:${S}{1,2}of${S}{1,2}(?<y>${YEAR}))?`, 'i');
const R_THE_WEEKEND = sticky(`${THE}weekend(?![A-Za-z])`, 'i');
const R_THE_DAY_OF = sticky(`${THE}(?<w>first|last|final|opening|closing)${S}{1,2}day${S}{1,2}of${S}{1,2}(?<m>${MON})(?:,?${S}{1,3}(?<y>${YEAR}))?(?![A-Za-z])`, 'i');
// "the day before yesterday"; "the day before" / "the day after" standing alone (then a day of the
// story, counted like "the next day"; not "the day before the vote", which counts from an event).
const R_THE_DAY = sticky(`${THE}day${S}{1,2}(?:(?<b>before)${S}{1,2}yesterday|after${S}{1,2}tomorrow|(?<s>before|after)(?=${S}{0,2}(?:[).,;:|\u2013\u2014]|(?:and|but)(?![A-Za-z])|$)))(?![A-Za-z])`, 'i');
const R_THE_CENTURY = sticky(`${THE}(?<c>1\\d|2[01])(?:st|nd|rd|th)${S}{1,2}century(?![A-Za-z])`, 'i');
const R_SEASON = sticky(`(?<s>spring|summer|autumn|fall|winter)(?![A-Za-z])(?:,?${S}{1,2}(?:of${S}{1,2})?(?<y>${YEAR}))?`, 'i');
const R_QUARTER = sticky(`(?<k>Q[1-4]|H[12])(?:${S}{1,2}(?<y>${YEAR})|${S}?['’](?<yy>\\d\\d)(?!\\d))?(?![A-Za-z0-9])`);
const R_WORD_REF = sticky(`(?<w>now|currently|nowadays|recently|formerly|overnight|annually|quarterly|monthly|weekly|daily|yearly|noon|midnight)(?![A-Za-z])`, 'i');
const ADVERB_SET: Record<string, string> = { annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', monthly: 'P1M', weekly: 'P1W', daily: 'P1D' };
const R_SET = sticky(
  `(?:(?<e>every|each)${S}{1,2}(?:(?<n>other|\\d{1,2}|${NUMWORD})${S}{1,2})?(?<u>day|week|month|year|quarter|morning|evening|night|weekend|${WEEKDAY_FULL})|(?<f>once|twice)${S}{1,2}(?:a|an|per|every|each)${S}{1,2}(?<u2>day|week|month|year|decade))(?![A-Za-z])`,
  'i',
);
/** "each July": a month every year (full names only, as written: "every may" is no month). */
const R_SET_MONTH = sticky(`(?:[Ee]very|[Ee]ach)${S}{1,2}(?<m>${MONTH_NAMES.join('|')})(?![A-Za-z])`);
const R_WEEKDAY = sticky(`(?<w>${WEEKDAY_ANY})`);
const R_WD_SEP = sticky(`(?:,${S}{0,2}|${S}{1,2})`);
// Wire copy's "on Monday (June 2)": the date in brackets is the weekday's.
const R_WD_OPEN = sticky(`${S}{0,2}[([]${S}?`);
const R_WD_CLOSE = sticky(`${S}?[)\\]]`);
const R_WD_POD = sticky(`${S}{1,2}(?<pod>${POD})(?![A-Za-z])`, 'i');

const WORD = /[A-Za-z]+/y;

// ---------------------------------------------------------------------------------------------
// Small helpers

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The word before `at` (lower-case), skipping spaces and at most one punctuation char if `punct`. */
function prevWord(text: string, at: number): string {
  let i = at - 1;
  const lo = Math.max(0, at - 40);
  while (i >= lo && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 0xa0)) i--;
  const end = i + 1;
  while (i >= lo && isLetter(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end).toLowerCase();
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function monthOf(word: string): number {
  return MONTH_NUM[word.replace(/\.$/, '').toLowerCase()] ?? 0;
}

function unitCode(u: string): { code: string; time: boolean; mult: number } {
  const s = u.toLowerCase().replace(/s$/, '');
  switch (s) {
    case 'second':
      return { code: 'S', time: true, mult: 1 };
    case 'minute':
      return { code: 'M', time: true, mult: 1 };
    case 'hour':
      return { code: 'H', time: true, mult: 1 };
    case 'day':
      return { code: 'D', time: false, mult: 1 };
    case 'week':
      return { code: 'W', time: false, mult: 1 };
    case 'fortnight':
      return { code: 'W', time: false, mult: 2 };
    case 'month':
      return { code: 'M', time: false, mult: 1 };
    case 'quarter':
      return { code: 'M', time: false, mult: 3 };
    case 'decade':
      return { code: 'DE', time: false, mult: 1 };
    case 'century':
    case 'centurie':
      return { code: 'CE', time: false, mult: 1 };
    default:
      return { code: 'Y', time: false, mult: 1 };
  }
}

/** Numeric value of a quantity word; NaN for vague ones ("several", "a few"). */
function quantity(n: string): number {
  const s = n.toLowerCase().replace(/\s+/g, ' ');
  if (s === 'a' || s === 'an') return 1;
  if (s === 'couple of' || s === 'a couple of') return 2;
  if (/^\d/.test(s)) return Number(s);
  return wordNumber(s);
}

function durationValue(qty: number, u: string): string {
  const { code, time, mult } = unitCode(u);
  const n = qty * mult;
  // A half is written in the unit below, as TimeML does ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M).
  if (n % 1 === 0.5) {
    const whole = Math.floor(n);
    const w = (c: string) => (whole ? `${whole}${c}` : '');
    if (code === 'DE' || code === 'CE') return `P${whole * (code === 'DE' ? 10 : 100) + (code === 'DE' ? 5 : 50)}Y`;
    if (!time && code === 'Y') return `P${w('Y')}6M`;
    if (!time && code === 'D') return `P${w('D')}T12H`;
    if (time && code === 'H') return `PT${w('H')}30M`;
    if (time && code === 'M') return `PT${w('M')}30S`;
  }
  const q = Number.isNaN(qty) ? 'X' : String(n);
  return time ? `PT${q}${code}` : `P${q}${code}`;
}

const QUALIFIER_MOD: Record<string, TimexMod> = {
  'more than': 'MORE_THAN',
  'less than': 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  about: 'APPROX',
  around: 'APPROX',
  approximately: 'APPROX',
  roughly: 'APPROX',
  'at least': 'EQUAL_OR_MORE',
};

const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Year of the season instance: `which` = -1 last, 0 this, +1 next (relative to ref). */
function seasonYear(ref: Ref, code: string, which: number): number {
  const start = (y: number) => dayNumber(y, SEASON_START[code], 1);
  const end = (y: number) => (code === 'WI' ? dayNumber(y + 1, 3, 1) - 1 : dayNumber(y, SEASON_START[code] + 2, daysInMonth(y, SEASON_START[code] + 2)));
  if (which < 0) {
    for (let y = ref.y; y >= ref.y - 2; y--) if (end(y) < ref.dn) return y;
  } else if (which > 0) {
    for (let y = ref.y - 1; y <= ref.y + 1; y++) if (start(y) > ref.dn) return y;
  } else {
    for (let y = ref.y - 1; y <= ref.y; y++) if (start(y) <= ref.dn && ref.dn <= end(y)) return y;
  }
  return code === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y;
}

const PART_MOD: Record<string, TimexMod> = { early: 'START', mid: 'MID', late: 'END', end: 'END', beginning: 'START', start: 'START', middle: 'MID', close: 'END' };

function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

// ---------------------------------------------------------------------------------------------
// Relative units: value of "this/last/next <unit>" and of "<n> <units> ago"

function unitValue(ref: Ref | null, unit: string, offset: number): { value: string; precision: DatePrecision } | null {
  const u = unit.toLowerCase();
  if (!ref) {
    switch (u) {
      case 'day':
        return { value: 'XXXX-XX-XX', precision: 'day' };
      case 'week':
        return { value: 'XXXX-WXX', precision: 'week' };
      case 'weekend':
        return { value: 'XXXX-WXX-WE', precision: 'week' };
      case 'month':
        return { value: 'XXXX-XX', precision: 'month' };
      case 'quarter':
        return { value: 'XXXX-QX', precision: 'quarter' };
      case 'year':
        return { value: 'XXXX', precision: 'year' };
      case 'decade':
        return { value: 'XXX', precision: 'decade' };
      case 'century':
        return { value: 'XX', precision: 'decade' };
      default:
        return null;
    }
  }
  switch (u) {
    case 'day':
      return { value: isoOfDayNumber(ref.dn + offset), precision: 'day' };
    case 'week':
      return { value: weekValue(ref.dn + offset * 7), precision: 'week' };
    case 'month': {
      const t = addMonths(ref.y, ref.m, offset);
      return { value: `${pad4(t.y)}-${pad2(t.m)}`, precision: 'month' };
    }
    case 'quarter': {
      const idx = ref.y * 4 + quarterOf(ref.m) - 1 + offset;
      return { value: `${pad4(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`, precision: 'quarter' };
    }
    case 'year':
      return { value: pad4(ref.y + offset), precision: 'year' };
    case 'decade':
      return { value: String(Math.floor(ref.y / 10) + offset), precision: 'decade' };
    case 'century':
      return { value: String(Math.floor(ref.y / 100) + offset), precision: 'decade' };
    default:
      return null;
  }
}

/** Value of the weekend of the week `weeks` away, or of the one just past (`weeks` = -1 on a weekday). */
function weekendValue(ref: Ref, which: 'this' | 'last' | 'next' | 'the', tense: Tense): string {
  const onWeekend = ref.dow === 0 || ref.dow === 6;
  let shift = 0;
  if (which === 'last') shift = -7;
  else if (which === 'next') shift = 7;
  else if (which === 'the' && !onWeekend && tense !== 'future') shift = -7;
  return `${weekValue(ref.dn + shift)}-WE`;
}

// ---------------------------------------------------------------------------------------------
// Matchers. Each tries to read one expression starting at `at` and returns it or null.

type Matcher = (sc: Scan, at: number) => DateMention | null;

/** A named month with day (and maybe range and year). */
function absoluteDate(
  sc: Scan,
  start: number,
  end: number,
  month: number,
  day: number,
  year: number | undefined,
  endMonth: number | undefined,
  endDay: number | undefined,
  weekday?: { w: number; s: number; e: number },
): DateMention | null {
  if (month < 1 || day < 1 || day > 31) return null;
  if (year !== undefined && !isValidDate(year, month, day)) return null;
  if (year === undefined && day > (month === 2 ? 29 : daysInMonth(2001, month))) return null;
  const isRange = endDay !== undefined && (endDay !== day || (endMonth ?? month) !== month);
  const em = endMonth ?? month;
  if (isRange && (endDay! < 1 || endDay! > daysInMonth(2000, em) || (em === month && endDay! < day))) return null;
  // A timeline's entry ("- **Feb. 1** — Trump signs orders …") tells history in the present; so
  // does a table whose rows open on their day ("| 15 July | USTR opens an investigation |").
  const head = year === undefined && sc.ref !== null && (headsEntry(sc.text, start, end) || headsRow(sc.text, start, end));
  let entry: { tense: Tense; target: boolean } | undefined;
  const tense = head ? () => (entry ??= { tense: entryTense(sc, end), target: false }) : lazyTense(sc, start, end);
  let y = year;
  let resolution: DateResolution = 'explicit';
  // "| Date (2025) | What happened |": the table's header gives its rows' year.
  const tableYear = year === undefined ? tableHeaderYear(sc.text, start) : undefined;
  if (tableYear !== undefined) {
    y = tableYear;
    resolution = 'year-in-text';
  } else if (y === undefined) {
    if (sc.ref) {
      if (head) y = inferYear(sc.ref, month, day, tense().tense, weekday?.w);
      else {
        // Inside a timeline's entry ("- **March 6** — …; the exemption applies from March 7"), a
        // date is near the entry's own day, not the page's.
        const entry = entryDay(sc, start);
        const told = entry ? undefined : storyYear(sc, start, month, day) ?? (tense().tense !== 'future' ? clauseOnYear(sc, start, month, day) : undefined);
        y = told ?? inferYear(entry ?? sc.ref, month, day, tableTense(sc.text, start, tense().tense), weekday?.w);
        resolution = told === undefined ? 'year-inferred' : 'year-in-text';
      }
      if (resolution !== 'year-in-text') resolution = 'year-inferred';
    } else if ((y = storyYear(sc, start, month, day)) !== undefined) {
      // A text with no date of its own still tells its story's year.
      resolution = 'year-in-text';
    } else if (sc.defaultYear !== undefined) {
      y = sc.defaultYear;
      resolution = 'year-inferred';
    } else resolution = 'unresolved';
  }
  const extra: Extra = { month, day };
  if (weekday) {
    extra.weekday = weekday.w;
    extra.weekdayStart = weekday.s;
    extra.weekdayEnd = weekday.e;
  }
  if (isRange) {
    extra.endMonth = em;
    extra.endDay = endDay;
  }
  if (y !== undefined && !isValidDate(y, month, day)) return null;
  const value = y !== undefined ? isoDate(y, month, day) : `XXXX-${pad2(month)}-${pad2(day)}`;
  if (y !== undefined) {
    const from = value;
    let to = value;
    if (isRange) {
      let ey = y;
      if (em < month) ey = y + 1;
      if (!isValidDate(ey, em, endDay!)) return null;
      to = isoDate(ey, em, endDay!);
    }
    extra.from = from;
    extra.to = to;
    extra.future = isFuture(sc, from, tense().tense) || undefined;
  } else if (tense().tense === 'future') extra.future = true;
  return mention(sc, start, end, 'DATE', value, isRange ? 'range' : 'day', resolution, extra);
}

/** Appends a clock time right after a full date: "June 3, 2025 8:54 PM". */
function withTime(sc: Scan, m: DateMention): DateMention {
  if (m.precision !== 'day') return m;
  const sep = exec(R_AFTER_TIME, sc.text, m.end);
  if (!sep) return m;
  const c = exec(R_CLOCK, sc.text, m.end + sep[0].length);
  if (!c || !c.groups) return m;
  const g = c.groups;
  if (!g.M && !g.ap) return m;
  const t = clockValue(g.H, g.M, g.Sec, g.ap);
  if (!t) return m;
  const end = m.end + sep[0].length + c[0].length;
  return { ...m, end, text: sc.text.slice(m.start, end), type: 'TIME', value: `${m.value}T${t}`, precision: 'time' };
}

function clockValue(h: string, mi: string | undefined, sec: string | undefined, ap: string | undefined): string | null {
  let H = Number(h);
  if (ap) {
    if (H < 1 || H > 12) return null;
    const pm = /^p/i.test(ap);
    if (pm && H < 12) H += 12;
    if (!pm && H === 12) H = 0;
  }
  return `${pad2(H)}:${mi ?? '00'}${sec ? `:${sec}` : ''}`;
}

/**
 * "Dec. 1 last year", "March 4 of this year": the year named relative to the text's own, as one
 * expression. The year and the extended end, or nothing.
 */
function relativeYearAfter(sc: Scan, end: number): { y: number; end: number; named?: boolean } | undefined {
  const rel = R_MONTH_REL_YEAR.exec(sc.text.slice(end, end + 24));
  if (!rel) return undefined;
  const w = rel[1].toLowerCase();
  // "March 23 of that year": the year the text last named.
  if (w !== 'this' && w !== 'last' && w !== 'next') {
    const y = lastYearNamed(sc.text, end);
    return y ? { y, end: end + rel[0].length, named: true } : undefined;
  }
  if (!sc.ref) return undefined;
  return { y: sc.ref.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0), end: end + rel[0].length };
}

/** A year written as a word of its own ("in 2019", not "$2019" nor "2019%"). */
const R_YEAR_WORD = /(?<![\d$.,])(?:1[89]|20)\d\d(?![\d%])/;
const R_YEAR_WORD_G = new RegExp(R_YEAR_WORD.source, 'g');

/** The last match of a global pattern in `text`. */
function lastExec(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/** The last four-digit year written in the text before `at` (within a few paragraphs), if any. */
function lastYearNamed(text: string, at: number): number | undefined {
  const years = text.slice(Math.max(0, at - 1500), at).match(R_YEAR_WORD_G);
  return years ? Number(years[years.length - 1]) : undefined;
}

/** A sentence that opens on its year: "In 2020, …", "Back in early 2019, …". */
const R_SENTENCE_OPENS_ON_YEAR = /^[ \t]*(?:[-*•][ \t]+)?(?:back[ \t]+|even[ \t]+)?in[ \t]+(?:(?:early|mid|late)[- \t]+)?((?:19|20)\d\d)(?![\d%A-Za-z]|[-–/]\d|[.,]\d)/i;
/** What was said, told or reported on a day is dated by the story, not by the year the sentence is about. */
const SAID_ON = /\b(?:said|says|told|announced|reported|stated|added|wrote|posted)\b[^.;\n]{0,24}$/i;

/**
 * "In 2020, the two sides met on February 24 and 25": a yearless day in a sentence that opens on
 * its year is in that year, when no other year is named between them and the day is not when
 * something was said (", the ministry said on March 3" is the story's day).
 */
function sentenceYear(text: string, at: number): number | undefined {
  const sentence = sentenceBefore(text, at, 300);
  if (sentence === undefined) return undefined;
  const open = R_SENTENCE_OPENS_ON_YEAR.exec(sentence);
  if (!open) return undefined;
  const rest = sentence.slice(open[0].length);
  if (R_YEAR_WORD.test(rest) || SAID_ON.test(rest)) return undefined;
  return Number(open[1]);
}

/** The words of the sentence before `at`, within `reach` characters; undefined when it starts further back. */
function sentenceBefore(text: string, at: number, reach: number): string | undefined {
  const window = text.slice(Math.max(0, at - reach), at);
  const ends = [...window.matchAll(/[.!?]["'”’)]?\s+(?=["“(]?[A-Z])|\n/g)];
  const last = ends[ends.length - 1];
  if (!last && at > reach) return undefined; // a sentence too long to tell where it starts
  return last ? window.slice(last.index! + last[0].length) : window;
}

/**
 * A table's row ("| China duties on US coal | 10-15% | Feb 4 | Feb 10 |") records what was done:
 * with no tense of its own, a yearless cell is history, not next year's.
 */
function tableTense(text: string, at: number, tense: Tense): Tense {
  return tense === 'neutral' && inTableRow(text, at) ? 'past' : tense;
}

/** The year the text tells for a yearless day: its sentence's, or its paragraph's story's. */
function storyYear(sc: Scan, at: number, month: number, day: number): number | undefined {
  return sentenceYear(sc.text, at) ?? whenClauseYear(sc, at) ?? narrativeYear(sc, at, month, day);
}

/**
 * "stalled last year, when India held its general election between April and June": a yearless
 * month or day in the "when" clause that says what happened in a year named just before is in
 * that year (with no other year named between them).
 */
function whenClauseYear(sc: Scan, at: number): number | undefined {
  const sentence = sentenceBefore(sc.text, at, 240);
  const when = sentence === undefined ? null : R_YEAR_THEN_WHEN.exec(sentence);
  if (!when || R_YEAR_WORD.test(when[4]) || /\byears?\b/i.test(when[4])) return undefined;
  if (when[2]) return Number(when[2]);
  const rel = (when[1] ?? when[3]).toLowerCase();
  // (Counted from the text's own date; with none, "last year" is not known either.)
  if (!sc.ref) return rel === 'this' ? sc.defaultYear : undefined;
  return sc.ref.y + (rel === 'last' || rel === 'previous' ? -1 : rel === 'next' || rel === 'following' ? 1 : 0);
}
const R_YEAR_THEN_WHEN = /\b(?:(last|this|next)[ \u00a0]+year|in[ \u00a0]+((?:19|20)\d\d)|the[ \u00a0]+(previous|following)[ \u00a0]+year)[ \u00a0]*,?[ \u00a0]+when\b([^.;:]*)$/i;

/**
 * "opened a 30-day consultation on July 2, 2024; it ran to Aug. 1": a yearless day told (not ahead)
 * in the same sentence as a full date of another year, weeks after it and with no year between, is
 * in that year.
 */
function clauseOnYear(sc: Scan, at: number, month: number, day: number): number | undefined {
  const sentence = sentenceBefore(sc.text, at, 160);
  return sentence === undefined ? undefined : yearAfterFullDate(sc, sentence, month, day, 1, () => true);
}

/**
 * The year of the last full date written in `window`, when the day falls `minGap` to NARRATIVE_DAYS
 * days after it in that year, no other year is written after it, it is not the text's own year, and
 * `toldOn` accepts the words between.
 */
function yearAfterFullDate(sc: Scan, window: string, month: number, day: number, minGap: number, toldOn: (between: string) => boolean): number | undefined {
  const last = lastExec(R_FULL_DATE, window);
  if (!last) return undefined;
  const y = Number(last[5]);
  const between = window.slice(last.index + last[0].length);
  if (y === sc.ref?.y || R_YEAR_WORD.test(between) || !toldOn(between)) return undefined;
  const m0 = monthOf(last[1] ?? last[4]);
  const d0 = Number(last[2] ?? last[3]);
  if (!m0 || !isValidDate(y, m0, d0) || !isValidDate(y, month, day)) return undefined;
  const gap = dayNumber(y, month, day) - dayNumber(y, m0, d0);
  return gap >= minGap && gap <= NARRATIVE_DAYS ? y : undefined;
}

/** A full date written out: "August 6, 2020", "6 August 2020". */
const R_FULL_DATE = new RegExp(`(?:(${MON})[ \\u00a0]{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?|(\\d{1,2})[ \\u00a0]{1,3}(${MON}),?)[ \\u00a0]{1,3}((?:19|20)\\d\\d)(?!\\d)`, 'g');
/** Words that carry a story on from a date: "later", "the next day", "a week after". */
const TOLD_ON = /\b(?:later|afterwards?|after\s+that|then|the\s+(?:next|following|same)\s+(?:day|week|month|morning|evening)|(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:later|after|on))\b/i;
/** How far back in a paragraph a full date sets the year of the story it tells. */
const NARRATIVE_REACH = 400;
/** How many days after that date a yearless day may fall to be in its year. */
const NARRATIVE_DAYS = 92;

/**
 * "On August 6, 2020, Trump signed the order. A week later, on August 14, he issued another": a
 * yearless day soon after a full date of another year in the same paragraph, told on from it ("later",
 * "the next day"), is in that year, with no other year named between them.
 */
function narrativeYear(sc: Scan, at: number, month: number, day: number): number | undefined {
  let window = sc.text.slice(Math.max(0, at - NARRATIVE_REACH), at);
  const para = window.lastIndexOf('\n\n');
  if (para >= 0) window = window.slice(para + 2);
  // Only a story told on from that date ("A week later, on August 14"): a background date in a side
  // clause ("extended its safeguard on March 3, 2024, … On March 12 the tariff took effect") is not.
  return yearAfterFullDate(sc, window, month, day, 0, (between) => TOLD_ON.test(between));
}

/** A written-out day with its year (given, or named relative to the text's), as absoluteDate reads it. */
function dayWithYear(sc: Scan, at: number, end: number, month: number, day: number, year: string | undefined, endMonth: number | undefined, endDay: number | undefined): DateMention | null {
  const rel = year ? undefined : relativeYearAfter(sc, end);
  const m = absoluteDate(sc, at, rel?.end ?? end, month, day, year ? Number(year) : rel?.y, endMonth, endDay);
  // "Of that year" names its year as surely as the text does; "last year" counts from the text's date.
  if (m && rel && !rel.named) m.resolution = 'relative';
  return m && withTime(sc, m);
}

const mMonthDay: Matcher = (sc, at) => {
  const r = exec(R_MD, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const month = monthOf(g.m);
  return dayWithYear(sc, at, at + r[0].length, month, parseInt(g.d, 10), g.y, g.m2 ? monthOf(g.m2) : g.d2 ? month : undefined, g.d2 ? parseInt(g.d2, 10) : undefined);
};

/** A move's "from" ("the deadline moves from May 31 to Sept. 30, 2027", "postponed the vote from"): its "to" names the new day, not a span's end. */
const MOVED_FROM = /\b(?:mov(?:e|es|ed|ing)|postpon\w+|delay(?:s|ed|ing)?|defer\w*|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+back|brought\s+forward|bring(?:s|ing)?\s+forward|shift(?:s|ed|ing)?|reschedul\w+|chang(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,3}?from\s+$/i;

function movedFrom(text: string, at: number): boolean {
  return MOVED_FROM.test(text.slice(Math.max(0, at - 60), at)) || DEADLINE_EXTENDED_FROM.test(text.slice(Math.max(0, at - 140), at));
}
/** A deadline extended "from" its old day: "the deadline for submitting … was extended from 31 March to 30 April 2025" (not a truce "extended from June 1 to 15", a span). */
const DEADLINE_EXTENDED_FROM = /\bdeadlines?\b[^.;:]{0,100}?\bextend(?:s|ed|ing)?\s+from\s+$/i;

const mMonthDaySpan: Matcher = (sc, at) => {
  const r = exec(R_MD_SPAN, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  // Only after "from" or "between" ("between … and"): "on June 9 to discuss" is no range. "June 9
  // and 10" is two days next to each other, whatever comes before, when the clause goes on after it.
  const prev = prevWord(sc.text, at);
  const conn = g.conn.toLowerCase();
  const pair = conn === 'and' && !g.m2 && parseInt(g.d2, 10) - parseInt(g.d, 10) === 1 && PAIR_END.test(sc.text.slice(at + r[0].length, at + r[0].length + 8));
  // "July 14 to 21, 2025": a year after the second number makes it a day, whatever came before.
  const yearClosed = g.y !== undefined && conn !== 'and';
  if (!pair && !yearClosed && !(prev === 'between' ? conn === 'and' : prev === 'from' && conn !== 'and')) return null;
  const month = monthOf(g.m);
  // The day moved from is a day of its own: "moves from May 31 to Sept. 30, 2027".
  if (movedFrom(sc.text, at)) return absoluteDate(sc, at, at + r[0].indexOf(g.d, g.m.length) + g.d.length, month, parseInt(g.d, 10), undefined, undefined, undefined);
  return spanWithYear(sc, at, at + r[0].length, month, parseInt(g.d, 10), g.y, g.m2 ? monthOf(g.m2) : month, parseInt(g.d2, 10));
};

/** A span of days with its year, given or named after it relative to the text's ("between April 19 and June 1 last year"). */
function spanWithYear(sc: Scan, at: number, end: number, month: number, day: number, year: string | undefined, endMonth: number, endDay: number): DateMention | null {
  const rel = year ? undefined : relativeYearAfter(sc, end);
  const m = absoluteDate(sc, at, rel?.end ?? end, month, day, year ? Number(year) : rel?.y, endMonth, endDay);
  if (m && rel && !rel.named) m.resolution = 'relative';
  return m && m.precision === 'range' ? m : null;
}

const mDayMonthSpan: Matcher = (sc, at) => {
  const r = exec(R_DM_SPAN, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  // Words join a range only after "from" or "between", as for "from September 14 to 15"; a dash always does.
  const conn = g.conn.toLowerCase();
  const prev = prevWord(sc.text, at);
  if (!/^[-–—]$/.test(conn) && !(prev === 'between' ? conn === 'and' : prev === 'from' && conn !== 'and')) return null;
  if (movedFrom(sc.text, at)) return absoluteDate(sc, at, at + r[0].indexOf(g.m, g.d.length) + g.m.length, monthOf(g.m), parseInt(g.d, 10), undefined, undefined, undefined);
  return spanWithYear(sc, at, at + r[0].length, monthOf(g.m), parseInt(g.d, 10), g.y, monthOf(g.m2), parseInt(g.d2, 10));
};

const mDayMonth: Matcher = (sc, at) => {
  const r = exec(R_DM, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const month = monthOf(g.m);
  const d2 = g.d2 ?? g.d3;
  return dayWithYear(sc, at, at + r[0].length, month, parseInt(g.d, 10), g.y, d2 ? month : undefined, d2 ? parseInt(d2, 10) : undefined);
};

// "the first of January 2026", "the twenty-first of May": a day of the month spelt as an ordinal.
const ORDINAL_DAY: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const R_WORD_DAY_OF = sticky(
  `(?:(?<t>twenty|thirty)(?:-|${S}))?(?<o>${Object.keys(ORDINAL_DAY).join('|')})${S}{1,2}of${S}{1,2}(?<m>${MON})(?:,?${S}{1,3}(?<y>${YEAR}))?`,
  'i',
);

const mWordDayOfMonth: Matcher = (sc, at) => {
  // (Not the "ninth" of a "twenty-ninth" that named no valid day.)
  if (/(?:twenty|thirty)[- \t\u00a0]$/i.test(sc.text.slice(Math.max(0, at - 8), at))) return null;
  const r = exec(R_WORD_DAY_OF, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const unit = ORDINAL_DAY[g.o.toLowerCase()];
  if (g.t && unit > 9) return null;
  const day = (g.t ? (g.t.toLowerCase() === 'twenty' ? 20 : 30) : 0) + unit;
  if (day > 31) return null;
  return dayWithYear(sc, at, at + r[0].length, monthOf(g.m), day, g.y, undefined, undefined);
};

/**
 * "opened in April 2024 after a petition from the unions that March": "that" month is in the year
 * the sentence last named.
 */
function thatMonthsYear(text: string, at: number): number | undefined {
  const before = text.slice(Math.max(0, at - 200), at);
  if (!/\b(?:that|the\s+same)\s+$/i.test(before)) return undefined;
  const sentence = before.slice(Math.max(0, before.search(/[.!?]\s+[^.!?]*$/) + 1));
  const years = [...sentence.matchAll(/(?<![\d$.,])((?:19|20)\d\d)(?![\d%])/g)];
  return years.length ? Number(years[years.length - 1][1]) : undefined;
}

/**
 * On a page with no date of its own, "London applied in February 2021, and members set up a working
 * group … in June": a yearless month later in the calendar than a month written with its year
 * earlier in the same sentence, with no other year between, is in that year.
 */
function monthAfterInSentence(text: string, at: number, month: number): number | undefined {
  const sentence = sentenceBefore(text, at, 240);
  if (sentence === undefined) return undefined;
  const last = lastExec(R_MONTH_WITH_YEAR, sentence);
  if (!last) return undefined;
  const between = sentence.slice(last.index + last[0].length);
  if (R_YEAR_WORD.test(between) || /\b(?:next|last|previous|following|this)\s+(?:year|month)\b/i.test(between)) return undefined;
  const m0 = monthOf(last[1]);
  return m0 && month >= m0 ? Number(last[2]) : undefined;
}
const R_MONTH_WITH_YEAR = new RegExp(`\\b(${MON})[ \\u00a0]{1,3}((?:19|20)\\d\\d)(?!\\d)`, 'g');

/** Month-level value for a named month, inferring the year when absent. */
function monthMention(sc: Scan, start: number, end: number, month: number, year: number | undefined, mod?: TimexMod): DateMention {
  const tense = lazyTense(sc, start, end);
  let y = year ?? thatMonthsYear(sc.text, start) ?? whenClauseYear(sc, start) ?? (sc.ref ? undefined : monthAfterInSentence(sc.text, start, month));
  let resolution: DateResolution = year === undefined && y !== undefined ? 'year-in-text' : 'explicit';
  if (y === undefined) {
    if (sc.ref) {
      y = inferYear(sc.ref, month, undefined, tense().tense);
      resolution = 'year-inferred';
    } else if (sc.defaultYear !== undefined) {
      y = sc.defaultYear;
      resolution = 'year-inferred';
    } else resolution = 'unresolved';
  }
  const value = `${y !== undefined ? pad4(y) : 'XXXX'}-${pad2(month)}`;
  const m = mention(sc, start, end, 'DATE', value, mod ? 'part-of-month' : 'month', resolution, { mod, month });
  const fut = isFuture(sc, m.from, tense().tense);
  if (fut) m.future = true;
  return m;
}

const mMonthYear: Matcher = (sc, at) => {
  const r = exec(R_MY, sc.text, at);
  if (!r || !r.groups) return null;
  return monthMention(sc, at, at + r[0].length, monthOf(r.groups.m), Number(r.groups.y));
};

const MONTH_PREP = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'throughout', 'during', 'last', 'this', 'next', 'of', 'before', 'after',
  'between', 'to', 'the', 'around', 'mid', 'early', 'late', 'end', 'that', 'each', 'every', 'on', 'for', 'as', 'into', 'late', 'and', 'or',
]);

const mBareMonth: Matcher = (sc, at) => {
  const r = exec(R_MONTH, sc.text, at);
  if (!r || !r.groups) return null;
  const word = r.groups.m;
  const month = monthOf(word);
  if (!month) return null;
  // Abbreviations only with a period ("in Jan."), never "Mar"/"Jun" alone.
  if (word.length <= 4 && !word.endsWith('.') && word !== 'June' && word !== 'July' && word !== 'May' && word !== 'JUNE' && word !== 'JULY' && word !== 'MAY') return null;
  const prev = prevWord(sc.text, at);
  if (!MONTH_PREP.has(prev)) return null;
  // "recovered to April levels": a month's levels, peaks or figures.
  const levels = /^[ \u00a0](?:levels?|peaks?|highs?|lows?|figures)\b/.test(sc.text.slice(at + word.length, at + word.length + 9));
  // "up to December" is the month; "to June" may be a person's name, so such months need company.
  // "the six months to June", "the year to March": a period's end is the month.
  const periodTo = prev === 'to' && /(?:months?|weeks?|years?|quarters?|half|period)[ \u00a0]{1,2}to[ \u00a0]{1,2}$/i.test(sc.text.slice(Math.max(0, at - 24), at));
  const toMonth = prev === 'to' && (levels || periodTo || !/^(?:april|may|june|july|august)/i.test(word));
  if ((prev === 'and' || prev === 'or' || prev === 'to') && !toMonth) {
    // "in April and May": only after another month
    const before = sc.text.slice(Math.max(0, at - 30), at);
    if (!/(?:January|February|March|April|May|June|July|August|September|October|November|December)\W{1,3}(?:and|or|to)\W{1,3}$/.test(before)) return null;
  }
  // "the May agreement" — but not "the May government" in a name: require the next word to be lower case.
  const after = sc.text.slice(at + word.length, at + word.length + 3);
  if (prev === 'the' && (!/^[ \u00a0][a-z]/.test(after) || /^[ \u00a0]of\b/.test(sc.text.slice(at + word.length, at + word.length + 4)))) return null;
  if (word === 'May' || word === 'MAY') {
    // "May" the name or modal: only after a clear temporal preposition.
    if (!/^(?:in|since|until|till|by|from|through|during|last|this|next|early|late|mid|end|before|after|of|the|and|or|to|between)$/.test(prev)) return null;
    if (prev === 'of' && /[A-Z][a-z]+\s{1,2}of\s{1,2}$/.test(sc.text.slice(Math.max(0, at - 30), at))) return null;
  }
  // "June last year", "January of this year": one expression, its year named relative to the text's.
  const rel = relativeYearAfter(sc, at + r[0].length);
  if (rel) {
    const m = monthMention(sc, at, rel.end, month, rel.y);
    m.resolution = rel.named ? 'explicit' : 'relative';
    return m;
  }
  return monthMention(sc, at, at + r[0].length, month, undefined);
};
const R_MONTH_REL_YEAR = /^[ \u00a0]{1,2}(?:of[ \u00a0]{1,2})?(this|last|next|that|the[ \u00a0]{1,2}same)[ \u00a0]{1,2}year(?![A-Za-z'’])/i;

const mIso: Matcher = (sc, at) => {
  const r = exec(R_ISO, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const y = Number(g.y);
  const mo = Number(g.m);
  const d = Number(g.d);
  if (!isValidDate(y, mo, d)) return null;
  // "2025.06.13" only with two-digit month and day, to stay clear of decimals and versions.
  if (g.sep === '.' && (g.m.length !== 2 || g.d.length !== 2)) return null;
  const date = isoDate(y, mo, d);
  const end = at + r[0].length;
  const tense = lazyTense(sc, at, end);
  if (g.H) {
    const value = `${date}T${g.H}:${g.M}${g.Sec ? `:${g.Sec}` : ''}`;
    return mention(sc, at, end, 'TIME', value, 'time', 'explicit', { month: mo, day: d, from: date, to: date, future: isFuture(sc, date, tense().tense) || undefined });
  }
  return withTime(sc, mention(sc, at, end, 'DATE', date, 'day', 'explicit', { month: mo, day: d, future: isFuture(sc, date, tense().tense) || undefined }));
};

const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY_FULL}),?[ \\u00a0]{1,2}$`);

/** "Thursday, 03/07/2025": a weekday before an ambiguous numeric date that fits only the day-first reading (3 July, not 7 March). */
function weekdayFitsDayFirst(text: string, at: number, a: number, b: number, y: number): boolean {
  if (a > 12 || b > 12 || a === b) return false;
  const named = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1];
  if (!named) return false;
  const want = WEEKDAY_NUM[named.toLowerCase()];
  return isValidDate(y, b, a) && weekdayOf(y, b, a) === want && !(isValidDate(y, a, b) && weekdayOf(y, a, b) === want);
}

const mNumeric: Matcher = (sc, at) => {
  const r = exec(R_NUMERIC, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const a = Number(g.a);
  const b = Number(g.b);
  const y = Number(g.y);
  let mo: number;
  let d: number;
  if (g.sep === '.' || a > 12 || (sc.dayFirst && b <= 12) || weekdayFitsDayFirst(sc.text, at, a, b, y)) {
    d = a;
    mo = b;
  } else {
    mo = a;
    d = b;
  }
  if (!isValidDate(y, mo, d)) return null;
  const date = isoDate(y, mo, d);
  return mention(sc, at, at + r[0].length, 'DATE', date, 'day', 'explicit', { month: mo, day: d });
};

const NOT_YEAR_BEFORE = new Set([
  'no', 'number', 'nikkei', 'section', 'article', 'page', 'pages', 'p', 'pp', 'room', 'flight', 'route', 'rule', 'model', 'version', 'chapter',
  'item', 'resolution', 'lot', 'code', 'hs', 'grade', 'class', 'level', 'index', 'topix', 'ftse', 'dax', 'cac', 'kospi', 'stoxx', 'sensex',
  'windows', 'iphone', 'boeing', 'airbus', 'a', 'an', 'over', 'some', 'about', 'nearly', 'almost', 'around', 'approximately', 'roughly',
  'than', 'top', 'bill', 'order', 'executive', 'act', 'case', 'us', 'hr', 'h', 's', 'flights', 'units', 'unit', 'vol', 'volume', 'issue',
  'part', 'paragraph', 'clause', 'annex', 'schedule', 'exhibit', 'table', 'figure', 'fig', 'isbn', 'tel', 'phone', 'fax', 'box', 'suite', 'apt',
  // A treaty or a rule book named with its year: "the GATT 1994", "Incoterms 2020".
  'gatt', 'incoterms',
]);
const NOT_YEAR_AFTER =
  /^[ \u00a0]{1,2}(?:tons?|tonnes?|people|persons|units|points?|pts|shares|barrels|bpd|metres|meters|km|kilometres|kilometers|miles|cars|vehicles|jobs|workers|employees|companies|firms|products|items|dollars|yuan|renminbi|euros?|yen|won|rupees|pounds|hours|hrs|gmt|utc|bst|et|edt|est|pm|am|p\.m\.|a\.m\.|times|votes|seats|cases|deaths|troops|soldiers|kg|lbs?|mw|gw|megawatts|acres|hectares|feet|ft|percent|per\s{1,2}cent|bn|billion|million|trillion|thousand|chips|containers|ships|vessels|students|visas|members|locations|stores|factories|plants|sq|square|yards|mph)(?![A-Za-z])/i;

function plausibleYear(sc: Scan, at: number, end: number): boolean {
  const text = sc.text;
  const pc = at > 0 ? text.charCodeAt(at - 1) : 0;
  // $2025, #2025, €2025, 1.2025, 3,2025, +2025, /2025
  if (pc === 36 || pc === 35 || pc === 0x20ac || pc === 0xa3 || pc === 0xa5 || pc === 43 || pc === 47 || pc === 95) return false;
  if ((pc === 46 || pc === 44 || pc === 58) && at > 1 && /\d/.test(text[at - 2])) return false;
  if (pc === 45 && at > 1 && /[A-Za-z]/.test(text[at - 2])) return false; // "A-2025", "F-2025"
  if (text.charCodeAt(end) === 45 && isLetter(text.charCodeAt(end + 1))) return false; // "1999-ABC"
  // A legal act's number: "Regulation (EU) 2024/1866", "Directive 2019/1937" ("2024/25" is a season).
  if (text.charCodeAt(end) === 47 && /^\/\d{3,5}(?!\d)/.test(text.slice(end, end + 7))) return false;
  const prev = prevWord(text, at);
  // (A possessive's "s" is no bill's letter: "Malawi's 2025 auction season".)
  if (NOT_YEAR_BEFORE.has(prev) && !(prev === 's' && /['’]s[ \u00a0]{1,2}$/.test(text.slice(Math.max(0, at - 5), at)))) return false;
  if (NOT_YEAR_AFTER.test(text.slice(end, end + 16))) return false;
  // Part of a number list or table: "1999 2000 2001" is still years; "2025-2030" fine.
  return true;
}

const mYear: Matcher = (sc, at) => {
  const r = exec(R_YEAR, sc.text, at);
  if (!r || !r.groups) return null;
  const y = Number(r.groups.y);
  if (y < 1900 || y > 2100) return null;
  const end = at + r[0].length;
  if (!plausibleYear(sc, at, end)) return null;
  const m = mention(sc, at, end, 'DATE', pad4(y), 'year', 'explicit');
  if (isFuture(sc, sc.ref ? m.from : undefined, 'neutral')) m.future = true;
  return m;
};

// Years as broadcast transcripts spell them: "nineteen ninety-six", "nineteen oh five", "twenty
// twenty-five", "the year two thousand (and one)". A bare "two thousand" counts things, so it is a
// year only after "the year".
const TEENS_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const R_SPOKEN_YEAR = sticky(
  `(?<c>eighteen|nineteen|twenty)${S}{1,2}(?<r>hundred|(?:oh|o)[- ](?:${UNITS_WORDS})|${TEENS_WORDS}|(?:${TENS_WORDS})(?:[- ](?:${UNITS_WORDS}))?)(?![A-Za-z-])(?!${S}{1,2}${COUNTED_WORDS})`,
  'i',
);
const R_YEAR_TWO_THOUSAND = sticky(`the${S}{1,2}year${S}{1,2}two${S}{1,2}thousand(?:${S}{1,2}(?:and${S}{1,2})?(?<r>${TEENS_WORDS}|(?:${TENS_WORDS})(?:[- ](?:${UNITS_WORDS}))?|${UNITS_WORDS}))?(?![A-Za-z-])`, 'i');
const CENTURY_WORD: Record<string, number> = { eighteen: 18, nineteen: 19, twenty: 20 };

/** "ninety-six" → 96, "oh five" → 5, "hundred" → 0. */
function spokenTail(r: string): number {
  const s = r.toLowerCase();
  if (s === 'hundred') return 0;
  const oh = /^(?:oh|o)[- ](.+)$/.exec(s);
  return wordNumber(oh ? oh[1] : s);
}

const mSpokenYear: Matcher = (sc, at) => {
  const r = exec(R_SPOKEN_YEAR, sc.text, at);
  if (!r || !r.groups) return null;
  const tail = spokenTail(r.groups.r);
  if (!(tail >= 0 && tail <= 99)) return null;
  const y = CENTURY_WORD[r.groups.c.toLowerCase()] * 100 + tail;
  if (y < 1800 || y > 2100) return null;
  return yearMention(sc, at, at + r[0].length, y);
};

const mYearTwoThousand: Matcher = (sc, at) => {
  const r = exec(R_YEAR_TWO_THOUSAND, sc.text, at);
  if (!r || !r.groups) return null;
  const tail = r.groups.r ? wordNumber(r.groups.r) : 0;
  if (!(tail >= 0 && tail <= 99)) return null;
  return yearMention(sc, at, at + r[0].length, 2000 + tail);
};

function yearMention(sc: Scan, start: number, end: number, y: number): DateMention {
  const m = mention(sc, start, end, 'DATE', pad4(y), 'year', 'explicit');
  if (isFuture(sc, sc.ref ? m.from : undefined, 'neutral')) m.future = true;
  return m;
}

/** "fiscal 1997", "fiscal year 2025", "FY2025", "FY25": TIMEX3 writes a fiscal year as FY1997. */
const R_FISCAL = sticky(`(?:[Ff]iscal(?:${S}{1,2}[Yy]ear)?${S}{1,2}(?<y>(?:19|20)\\d\\d)|FY${S}?(?<fy>(?:19|20)\\d\\d|\\d\\d))(?![\\d%A-Za-z]|[.,]\\d)`);

const mFiscal: Matcher = (sc, at) => {
  const r = exec(R_FISCAL, sc.text, at);
  if (!r || !r.groups) return null;
  const y = r.groups.y ?? (r.groups.fy.length === 2 ? `20${r.groups.fy}` : r.groups.fy);
  return mention(sc, at, at + r[0].length, 'DATE', `FY${y}`, 'year', 'explicit');
};

/** "for decades", "within weeks", "the first time in years": an uncounted stretch, TIMEX3 PX… */
const R_BARE_UNITS = sticky(`(?<u>decades|years|months|weeks|days|hours|minutes)(?![A-Za-z]|-)`, 'i');
const BARE_UNIT_VALUE: Record<string, string> = { decades: 'PXDE', years: 'PXY', months: 'PXM', weeks: 'PXW', days: 'PXD', hours: 'PTXH', minutes: 'PTXM' };

const mBareUnits: Matcher = (sc, at) => {
  const r = exec(R_BARE_UNITS, sc.text, at);
  if (!r || !r.groups) return null;
  if (!/^(?:for|within|in|over|take|takes|took|taken|taking|lasted|lasting|spent|spend)$/.test(prevWord(sc.text, at))) return null;
  const end = at + r[0].length;
  // "in years past", "for days ahead" stay whole words; "in days of old" is not a stretch.
  if (/^[ \u00a0]{1,2}(?:old|ago|earlier|later)\b/i.test(sc.text.slice(end, end + 9))) return null;
  return mention(sc, at, end, 'DURATION', BARE_UNIT_VALUE[r.groups.u.toLowerCase()], 'duration', 'unresolved');
};

/** "last year's third quarter", "1997's fourth quarter", "the 1997 fourth quarter": one TIMEX3, the year's quarter. */
const ORD = '(?<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)';
const R_YEARS_QUARTER = sticky(
  `(?:(?<the>the${S}{1,2})?(?<y>(?:19|20)\\d\\d)(?:['’]s)?|(?<det>last|this|next)${S}{1,2}year['’]s)${S}{1,2}${ORD}${S}{1,2}(?<u>quarter|half)(?![A-Za-z])`,
  'i',
);
const ORD_NUM: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const mYearsQuarter: Matcher = (sc, at) => {
  const r = exec(R_YEARS_QUARTER, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  // "1997 fourth quarter" needs "the" or a possessive: "in 1997 fourth-quarter sales …" is rarer than a list.
  if (g.y && !g.the && !/['’]s$/.test(r[0].slice(0, r[0].indexOf(g.y) + g.y.length + 2))) return null;
  const half = g.u.toLowerCase() === 'half';
  const o = g.o.toLowerCase();
  const n = ORD_NUM[o] ?? (half ? 2 : 4);
  if (half && n > 2) return null;
  let y: number | undefined = g.y ? Number(g.y) : undefined;
  let resolution: DateResolution = 'explicit';
  if (y === undefined) {
    if (!sc.ref) return mention(sc, at, at + r[0].length, 'DATE', `XXXX-${half ? 'H' : 'Q'}${n}`, half ? 'half' : 'quarter', 'unresolved');
    const det = g.det.toLowerCase();
    y = sc.ref.y + (det === 'last' ? -1 : det === 'next' ? 1 : 0);
    resolution = 'relative';
  }
  return mention(sc, at, at + r[0].length, 'DATE', `${pad4(y)}-${half ? 'H' : 'Q'}${n}`, half ? 'half' : 'quarter', resolution);
};

const mDecade: Matcher = (sc, at) => {
  const r = exec(R_DECADE, sc.text, at);
  if (!r || !r.groups) return null;
  return mention(sc, at, at + r[0].length, 'DATE', r.groups.dec, 'decade', 'explicit');
};

const mClock: Matcher = (sc, at) => {
  const r = exec(R_CLOCK, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  if (!g.M && !g.ap) return null;
  // "3:1", ratios and scores never have two-digit minutes and no context; a bare "10:30" needs "at"/"from" or a zone.
  if (!g.ap && !g.tz) {
    const prev = prevWord(sc.text, at);
    if (!/^(?:at|from|until|till|by|before|after|around|about|to|and|since)$/.test(prev)) return null;
  }
  const pc = at > 0 ? sc.text.charCodeAt(at - 1) : 0;
  if (pc === 58 || pc === 46 || pc === 36) return null;
  const t = clockValue(g.H, g.M, g.Sec, g.ap);
  if (!t) return null;
  // A bare clock time is on its section's day ("## Argument day (5 Nov 2025)", then "- 1:15 p.m. …");
  // in an entry headed by its day, on that day when in the head's sentence (settled after the scan).
  const day = sectionRef(sc, at);
  const value = day ? `${day.iso}T${t}` : `XXXX-XX-XXT${t}`;
  return mention(sc, at, at + r[0].length, 'TIME', value, 'time', day ? 'relative' : 'unresolved', day ? { from: day.iso, to: day.iso } : {});
};

/** A set-like "a year" after an amount or a frequency: "$5 billion a year", "twice a week". */
function setContext(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return /(?:\d|%|billion|million|trillion|thousand|cents?|dollars|yuan|euros|percent|per\s{1,2}cent|times|once|twice|tons|tonnes|barrels|units)\s{0,2}$/i.test(before);
}

function relativeShift(sc: Scan, start: number, end: number, qty: number, unit: string, sign: number, future: boolean): DateMention {
  const u = unitCode(unit);
  const unitName = unit.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century').replace(/^fortnight$/, 'week');
  if (Number.isNaN(qty)) {
    return mention(sc, start, end, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'reference', sc.ref ? 'relative' : 'unresolved', future ? { future: true } : {});
  }
  const n = qty * u.mult;
  if (!sc.ref) {
    const v = unitValue(null, u.time ? 'day' : unitName, 0);
    return mention(sc, start, end, 'DATE', v?.value ?? 'XXXX-XX-XX', v?.precision ?? 'day', 'unresolved', future ? { future: true } : {});
  }
  let v: { value: string; precision: DatePrecision } | null;
  if (u.time) v = { value: sc.ref.iso, precision: 'day' };
  else if (unitName === 'decade') v = unitValue(sc.ref, 'year', sign * n * 10);
  else if (unitName === 'century') v = unitValue(sc.ref, 'year', sign * n * 100);
  else if (unitName === 'year' && !Number.isInteger(n)) v = unitValue(sc.ref, 'month', Math.round(sign * n * 12));
  else if (unitName === 'month' && !Number.isInteger(n)) v = unitValue(sc.ref, 'day', Math.round(sign * n * 30));
  else v = unitValue(sc.ref, unitName, Math.round(sign * n));
  if (!v) return mention(sc, start, end, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'reference', 'relative');
  return mention(sc, start, end, 'DATE', v.value, v.precision, 'relative', future ? { future: true } : {});
}

/** " today" right after "a week ago": the one day that far back, not the week. */
const TODAY_AFTER = /^[ \u00a0]{1,2}today(?![A-Za-z])/i;

/**
 * "A week ago today", "a year ago today": the text's day that many weeks, months or years back,
 * one expression (as TimeML marks it) of day precision.
 */
function agoToday(sc: Scan, start: number, end: number, qty: number, unit: string): DateMention | null {
  const today = TODAY_AFTER.exec(sc.text.slice(end, end + 9));
  if (!today || !Number.isInteger(qty) || qty < 1) return null;
  const u = unit.toLowerCase().replace(/s$/, '');
  const span = end + today[0].length;
  if (!sc.ref) return mention(sc, start, span, 'DATE', 'XXXX-XX-XX', 'day', 'unresolved');
  let dn: number;
  if (u === 'day') dn = sc.ref.dn - qty;
  else if (u === 'week') dn = sc.ref.dn - 7 * qty;
  else if (u === 'month' || u === 'year') {
    const t = addMonths(sc.ref.y, sc.ref.m, -(u === 'year' ? 12 : 1) * qty);
    dn = dayNumber(t.y, t.m, Math.min(sc.ref.d, daysInMonth(t.y, t.m)));
  } else return null;
  return mention(sc, start, span, 'DATE', isoOfDayNumber(dn), 'day', 'relative');
}

const mDuration: Matcher = (sc, at) => {
  const r = exec(R_DUR, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  // "2 1/2 years", "two and a half years", "a minute and a half"
  const qty = quantity(g.n) + (g.half || g.half2 ? 0.5 : 0);
  const end = at + r[0].length;
  const tail = g.tail?.toLowerCase().replace(/\s+/g, ' ');
  const nLower = g.n.toLowerCase();
  if (/^\d/.test(g.n)) {
    // "2025 years" is not a duration; big numbers of days etc. are fine
    if (qty >= 1900 && qty <= 2100 && /year/i.test(g.u)) return null;
    const pc = at > 0 ? sc.text.charCodeAt(at - 1) : 0;
    if (pc === 36 || pc === 46 || pc === 44 || pc === 47) return null; // "$5", "1.5", "1,000", "1/2"
  }
  // An age ("45 years old") is not a TIMEX3: TimeBank, AQUAINT and the TempEval-3 test set leave
  // every one of theirs (40) unmarked.
  if (tail === 'old') return null;
  if (tail === 'ago') return agoToday(sc, at, end, qty, g.u) ?? relativeShift(sc, at, end, qty, g.u, -1, false);
  if (tail === 'from now') return relativeShift(sc, at, end, qty, g.u, 1, true);
  if (tail === 'earlier' || tail === 'later') return relativeShift(sc, at, end, qty, g.u, tail === 'earlier' ? -1 : 1, tail === 'later');
  // "a second round", "a second term": the ordinal, not a second of time ("a second later" is).
  if ((nLower === 'a' || nLower === 'one') && /^seconds?$/i.test(g.u) && !g.q && /^[ \u00a0]{1,2}(?!(?:ago|later|earlier|before|after|longer|or|and|to|too|more|less|each|every)\b)[a-z0-9]/.test(sc.text.slice(end, end + 12))) return null;
  const realEnd = end;
  if ((nLower === 'a' || nLower === 'an') && !g.q && setContext(sc.text, at)) {
    return mention(sc, at, realEnd, 'SET', durationValue(1, g.u), 'set', 'explicit');
  }
  const mod = g.q ? QUALIFIER_MOD[g.q.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return mention(sc, at, realEnd, 'DURATION', durationValue(qty, g.u), 'duration', 'explicit', { mod });
};

const mDurationAdj: Matcher = (sc, at) => {
  const r = exec(R_DUR_ADJ, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const qty = quantity(g.n);
  if (Number.isNaN(qty) || qty === 0) return null;
  if (g.tail?.toLowerCase() === '-old') return null; // an age, as "45 years old" above
  const pc = at > 0 ? sc.text.charCodeAt(at - 1) : 0;
  if (pc === 36 || pc === 46 || pc === 44 || pc === 45) return null;
  return mention(sc, at, at + r[0].length, 'DURATION', durationValue(qty, g.u), 'duration', 'explicit');
};

const mRelDay: Matcher = (sc, at) => {
  const r = exec(R_REL_DAY, sc.text, at);
  if (!r || !r.groups) return null;
  const w = r.groups.w.toLowerCase();
  const pod = w === 'tonight' ? 'night' : r.groups.pod?.toLowerCase();
  const end = at + (w === 'tonight' ? w.length : r[0].length);
  const off = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
  const future = w === 'tomorrow' || w === 'tonight' ? true : undefined;
  if (!sc.ref) {
    if (pod) return mention(sc, at, end, 'TIME', `XXXX-XX-XXT${podCode(pod)}`, 'time', 'unresolved', { future });
    return mention(sc, at, end, 'DATE', 'XXXX-XX-XX', 'day', 'unresolved', { future });
  }
  const iso = isoOfDayNumber(localRef(sc, at)!.dn + off);
  if (pod) return mention(sc, at, end, 'TIME', `${iso}T${podCode(pod)}`, 'time', 'relative', { from: iso, to: iso, future });
  return mention(sc, at, end, 'DATE', iso, 'day', 'relative', { future });
};

function podCode(pod: string): string {
  switch (pod.toLowerCase()) {
    case 'morning':
      return 'MO';
    case 'afternoon':
      return 'AF';
    case 'evening':
      return 'EV';
    default:
      return 'NI';
  }
}

const mDetUnit: Matcher = (sc, at) => {
  const r = exec(R_DET_UNIT, sc.text, at);
  if (!r || !r.groups) return null;
  const said = r.groups.det.toLowerCase().replace(/\s+/g, ' ');
  const u = r.groups.u.toLowerCase();
  const end = at + r[0].length;
  // "the current quarter" is "this quarter"; "the current morning" is nobody's phrase.
  const det = said.endsWith('current') ? 'this' : said;
  if (det !== said && /^(?:morning|afternoon|evening|night)$/.test(u)) return null;
  const off = det === 'next' ? 1 : det === 'this' ? 0 : -1;
  const future = det === 'next' ? true : undefined;
  if (u === 'morning' || u === 'afternoon' || u === 'evening' || u === 'night') {
    if (det === 'next') return null;
    const dayOff = det === 'last' || det === 'this past' ? -1 : 0;
    if (det === 'last' && u !== 'night' && u !== 'evening') return null;
    if (!sc.ref) return mention(sc, at, end, 'TIME', `XXXX-XX-XXT${podCode(u)}`, 'time', 'unresolved');
    const iso = isoOfDayNumber(localRef(sc, at)!.dn + dayOff);
    return mention(sc, at, end, 'TIME', `${iso}T${podCode(u)}`, 'time', 'relative', { from: iso, to: iso });
  }
  if (u in SEASON_CODE) {
    const code = SEASON_CODE[u];
    if (!sc.ref) return mention(sc, at, end, 'DATE', `XXXX-${code}`, 'season', 'unresolved', { future });
    const y = seasonYear(sc.ref, code, off);
    const m = mention(sc, at, end, 'DATE', `${pad4(y)}-${code}`, 'season', 'relative', { future });
    return m;
  }
  if (u === 'weekend') {
    if (!sc.ref) return mention(sc, at, end, 'DATE', 'XXXX-WXX-WE', 'week', 'unresolved', { future });
    const tense = tenseAt(sc.text, at, end).tense;
    const which = det === 'next' ? 'next' : det === 'this' ? 'this' : 'last';
    const v = weekendValue(sc.ref, which, tense);
    return mention(sc, at, end, 'DATE', v, 'week', 'relative', { future: future ?? (isFutureRange(sc, v) || undefined) });
  }
  // "Customs guidance issued last week", in a live blog's entry of Oct. 14: the week before that entry.
  const ref = localRef(sc, at);
  const v = unitValue(ref, u, off);
  if (!v) return null;
  return mention(sc, at, end, 'DATE', v.value, v.precision, sc.ref ? 'relative' : 'unresolved', { future, ...sundayWeek(ref, u, off) });
};

function isFutureRange(sc: Scan, value: string): boolean {
  const r = rangeOfValue(value);
  return !!(sc.ref && r && r.from > sc.ref.iso);
}

/** A weekday named alone, resolved by tense: the latest on or before the reference date, or the next on or after it. */
function weekdayDate(sc: Scan, w: number, mode: 'past' | 'future' | 'last' | 'next' | 'this'): string | null {
  const ref = sc.ref;
  if (!ref) return null;
  let dn: number;
  if (mode === 'past' || mode === 'last') {
    let delta = (ref.dow - w + 7) % 7;
    if (mode === 'last' && delta === 0) delta = 7;
    dn = ref.dn - delta;
  } else if (mode === 'future' || mode === 'next') {
    let delta = (w - ref.dow + 7) % 7;
    if (mode === 'next' && delta === 0) delta = 7;
    dn = ref.dn + delta;
  } else {
    const monday = ref.dn - ((ref.dow + 6) % 7);
    dn = monday + ((w + 6) % 7);
  }
  return isoOfDayNumber(dn);
}

function isoDow(w: number): number {
  return w === 0 ? 7 : w;
}

const mDetName: Matcher = (sc, at) => {
  const r = exec(R_DET_NAME, sc.text, at);
  if (!r || !r.groups) return null;
  const det = r.groups.det.toLowerCase().replace(/\s+/g, ' ');
  const name = r.groups.name;
  const end = at + r[0].length;
  const wd = WEEKDAY_NUM[name.toLowerCase()];
  // "this coming Sunday" is the next one, as "next Sunday" is.
  const ahead = det === 'next' || det === 'this coming';
  const future = ahead ? true : undefined;
  if (wd !== undefined && name.length > 3) {
    const mode = ahead ? 'next' : det === 'this' ? 'this' : 'last';
    const iso = weekdayDate(sc, wd, mode);
    if (!iso) return mention(sc, at, end, 'DATE', `XXXX-WXX-${isoDow(wd)}`, 'day', 'unresolved', { weekday: wd, future });
    return mention(sc, at, end, 'DATE', iso, 'day', 'relative', { weekday: wd, future: future ?? (iso > sc.ref!.iso || undefined) });
  }
  const month = monthOf(name);
  if (!month) return null;
  if (name.length <= 4 && !name.endsWith('.') && !/^(?:May|June|July|MAY|JUNE|JULY)$/.test(name)) return null;
  if (!sc.ref) return mention(sc, at, end, 'DATE', `XXXX-${pad2(month)}`, 'month', 'unresolved', { month, future });
  const back = det === 'last' || det === 'this past';
  // "last Oct. 23": the latest October 23 before the reference date, "next May 5" the first after it.
  const dd = exec(R_DET_NAME_DAY, sc.text, end);
  if (dd && dd.groups) {
    const day = parseInt(dd.groups.d, 10);
    const md = month * 100 + day;
    const refMd = sc.ref.m * 100 + sc.ref.d;
    const y = back ? (md < refMd ? sc.ref.y : sc.ref.y - 1) : ahead ? (md > refMd ? sc.ref.y : sc.ref.y + 1) : sc.ref.y;
    if (isValidDate(y, month, day)) {
      const iso = isoDate(y, month, day);
      return mention(sc, at, end + dd[0].length, 'DATE', iso, 'day', 'relative', { month, day, from: iso, to: iso, future: future ?? (iso > sc.ref.iso || undefined) });
    }
  }
  let y = sc.ref.y;
  if (back) y = month < sc.ref.m ? sc.ref.y : sc.ref.y - 1;
  else if (ahead) y = month > sc.ref.m ? sc.ref.y : sc.ref.y + 1;
  return mention(sc, at, end, 'DATE', `${pad4(y)}-${pad2(month)}`, 'month', 'relative', { month, future });
};

const mDetNum: Matcher = (sc, at) => {
  const r = exec(R_DET_NUM, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const w = g.w.toLowerCase();
  const plural = /s$/i.test(g.u) || /^centuries$/i.test(g.u);
  const end = at + r[0].length;
  const future = w === 'next' || w === 'coming' ? true : undefined;
  if (g.n) return mention(sc, at, end, 'DURATION', durationValue(quantity(g.n), g.u), 'duration', 'explicit', { future });
  // "recent weeks", "coming months": vague durations (TimeBank writes PXW, PXM …)
  if ((w === 'recent' || w === 'coming') && plural) return mention(sc, at, end, 'DURATION', durationValue(NaN, g.u), 'duration', 'explicit', { future });
  return null;
};

const mEarlier: Matcher = (sc, at) => {
  const r = exec(R_EARLIER, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const end = at + r[0].length;
  const later = g.w.toLowerCase() === 'later';
  if (g.today) {
    if (!sc.ref) return mention(sc, at, end, 'DATE', 'XXXX-XX-XX', 'day', 'unresolved', { future: later || undefined });
    return mention(sc, at, end, 'DATE', sc.ref.iso, 'day', 'relative', { future: later || undefined });
  }
  const det = g.det.toLowerCase();
  const v = unitValue(sc.ref, g.u.toLowerCase(), det === 'next' ? 1 : det === 'last' ? -1 : 0);
  if (!v) return null;
  const future = later && det !== 'last' ? true : undefined;
  return mention(sc, at, end, 'DATE', v.value, v.precision, sc.ref ? 'relative' : 'unresolved', { future });
};

/**
 * "last week" written on a Sunday is the ISO week before (its value) or, counted from Sunday as
 * many writers do, the seven days to Saturday: the week's reach (`to`) runs to the later end.
 */
function sundayWeek(ref: Ref | null, unit: string, offset: number): { from?: string; to?: string } {
  if (!ref || unit !== 'week' || weekdayOfDayNumber(ref.dn) !== 0) return {};
  return { from: isoOfDayNumber(ref.dn - 6 + offset * 7), to: isoOfDayNumber(ref.dn + 6 + offset * 7) };
}

const mPart: Matcher = (sc, at) => {
  const r = exec(R_PART, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const mod = PART_MOD[g.w.toLowerCase()];
  const end = at + r[0].length;
  if (g.m) {
    const month = monthOf(g.m);
    if (!month) return null;
    if (g.m.length <= 4 && !g.m.endsWith('.') && !/^(?:May|June|July|MAY|JUNE|JULY)$/.test(g.m)) return null;
    // "late June this year", "early March last year": one expression, as "June last year" is.
    const rel = g.y ? undefined : relativeYearAfter(sc, end);
    if (rel) {
      const m = monthMention(sc, at, rel.end, month, rel.y, mod);
      m.resolution = rel.named ? 'explicit' : 'relative';
      return m;
    }
    return monthMention(sc, at, end, month, g.y ? Number(g.y) : undefined, mod);
  }
  if (g.yr) return mention(sc, at, end, 'DATE', g.yr, 'year', 'explicit', { mod });
  if (g.dec) return mention(sc, at, end, 'DATE', g.dec, 'decade', 'explicit', { mod });
  if (g.det) {
    const det = g.det.toLowerCase();
    const v = unitValue(sc.ref, g.u.toLowerCase(), det === 'next' ? 1 : det === 'last' ? -1 : 0);
    if (!v) return null;
    return mention(sc, at, end, 'DATE', v.value, v.precision, sc.ref ? 'relative' : 'unresolved', { mod, future: det === 'next' || undefined });
  }
  if (g.rd) {
    // "late yesterday", "early today": the day, its part as the modifier.
    if (g.w.toLowerCase() === 'mid' || g.w.toLowerCase() === 'end') return null;
    const rd = g.rd.toLowerCase();
    const future = rd === 'tomorrow' || undefined;
    if (!sc.ref) return mention(sc, at, end, 'DATE', 'XXXX-XX-XX', 'day', 'unresolved', { mod, future });
    const iso = isoOfDayNumber(sc.ref.dn + (rd === 'yesterday' ? -1 : rd === 'tomorrow' ? 1 : 0));
    return mention(sc, at, end, 'DATE', iso, 'day', 'relative', { mod, future });
  }
  if (g.wd) {
    if (g.w.toLowerCase() === 'mid' || g.w.toLowerCase() === 'end') return null;
    const wd = WEEKDAY_NUM[g.wd.toLowerCase()];
    const t = tenseAt(sc.text, at, end);
    const iso = entryWeekdayDate(sc, at, wd, t.tense);
    if (!iso) return mention(sc, at, end, 'DATE', `XXXX-WXX-${isoDow(wd)}`, 'day', 'unresolved', { mod, weekday: wd });
    return mention(sc, at, end, 'DATE', iso, 'day', 'relative', { mod, weekday: wd, from: iso, to: iso, future: iso > sc.ref!.iso || undefined });
  }
  return null;
};

const mTheDecade: Matcher = (sc, at) => {
  const r = exec(R_THE_DECADE, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  let dec = g.dec;
  if (!dec) {
    const d = Number(g.yy);
    const refY = sc.ref?.y ?? sc.defaultYear ?? 2025;
    dec = 200 + d <= Math.floor(refY / 10) ? String(200 + d) : String(190 + d);
  }
  return mention(sc, at, at + r[0].length, 'DATE', dec, 'decade', 'explicit', { mod: g.w ? PART_MOD[g.w.toLowerCase()] : undefined });
};

function yearFor(sc: Scan, explicit: string | undefined, det: string | undefined): { y?: number; resolution: DateResolution } {
  if (explicit) return { y: Number(explicit), resolution: 'explicit' };
  const d = det?.toLowerCase();
  if (sc.ref) return { y: sc.ref.y + (d === 'last' ? -1 : d === 'next' ? 1 : 0), resolution: d && d !== 'the' ? 'relative' : 'year-inferred' };
  if (sc.defaultYear !== undefined && (!d || d === 'the' || d === 'this')) return { y: sc.defaultYear, resolution: 'year-inferred' };
  return { resolution: 'unresolved' };
}

const mTheQuarter: Matcher = (sc, at) => {
  const r = exec(R_THE_QUARTER, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const end = at + r[0].length;
  const o = g.o.toLowerCase();
  const half = g.u.toLowerCase() === 'half';
  let n = ORDINAL_NUM[o];
  if (half && (n === undefined || n > 2) && o !== 'final' && o !== 'last') return null;
  if (half && (o === 'final' || o === 'last')) n = 2;
  // "the second half of July" is part of July (the whole month: how the halves split is not said
  // closely enough to hold a writer to), not of the year.
  const ofMonth = half && !g.y && !g.det ? R_OF_MONTH.exec(sc.text.slice(end, end + 24)) : null;
  if (ofMonth) {
    const month = monthOf(ofMonth[1]);
    if (month) return monthMention(sc, at, end + ofMonth[0].length, month, ofMonth[2] ? Number(ofMonth[2]) : undefined);
  }
  const yr = yearFor(sc, g.y, g.det);
  // "the last quarter" with no year: the quarter before the reference date's.
  if (o === 'last' && !g.y && !g.det && !half) {
    const v = unitValue(sc.ref, 'quarter', -1);
    return v ? mention(sc, at, end, 'DATE', v.value, 'quarter', sc.ref ? 'relative' : 'unresolved') : null;
  }
  // "the year-ago third quarter": that quarter of the year before.
  return partOfYear(sc, at, end, n, half, yr, !g.y && !g.det, g.ago ? 1 : 0);
};

/** Quarter or half n of the year; when no year is named, a quarter later than the reference's, in past tense, is last year's. */
function partOfYear(sc: Scan, at: number, end: number, n: number, half: boolean, yr: { y?: number; resolution: DateResolution }, yearless: boolean, yearsBack = 0): DateMention {
  let y = yr.y;
  if (yearless && sc.ref && !half) {
    const t = tenseAt(sc.text, at, end).tense;
    if (n > quarterOf(sc.ref.m) && t === 'past') y = sc.ref.y - 1;
  }
  if (y !== undefined) y -= yearsBack;
  const value = `${y !== undefined ? pad4(y) : 'XXXX'}-${half ? 'H' : 'Q'}${n}`;
  return mention(sc, at, end, 'DATE', value, half ? 'half' : 'quarter', yr.resolution);
}

// "third-quarter profit", "first-half sales", "in fourth quarter": the quarter named without "the"
// (and not the fraction, "a third quarter of the crop").
const R_ORD_QUARTER = sticky(`(?<o>first|second|third|fourth)(?:-|${S})(?<u>quarter|half)(?![A-Za-z]|-[A-Za-z])`, 'i');
const mOrdQuarter: Matcher = (sc, at) => {
  const r = exec(R_ORD_QUARTER, sc.text, at);
  if (!r || !r.groups) return null;
  const n = ORDINAL_NUM[r.groups.o.toLowerCase()];
  const half = r.groups.u.toLowerCase() === 'half';
  if (half && n > 2) return null;
  // "a third-quarter loss" is the quarter; "a third quarter of the crop" the fraction.
  const hyphen = sc.text.charCodeAt(at + r.groups.o.length) === 45;
  if (!hyphen && /\b(?:an?|one|every|each)\s{1,2}$/i.test(sc.text.slice(Math.max(0, at - 7), at))) return null;
  const end = at + r[0].length;
  if (!hyphen) {
    // "first quarter of 2024", "second quarter 2024", "first half of July": the year or month
    // that follows is part of it, as after "the".
    const ofMonth = half ? R_OF_MONTH.exec(sc.text.slice(end, end + 24)) : null;
    const month = ofMonth ? monthOf(ofMonth[1]) : 0;
    if (ofMonth && month) return monthMention(sc, at, end + ofMonth[0].length, month, ofMonth[2] ? Number(ofMonth[2]) : undefined);
    const year = R_PART_YEAR.exec(sc.text.slice(end, end + 24));
    if (year) return partOfYear(sc, at, end + year[0].length, n, half, yearFor(sc, year[1], year[2]), false);
  }
  return partOfYear(sc, at, end, n, half, yearFor(sc, undefined, undefined), true);
};
/** "the last Friday of April", "the first Monday in March 2025": one day of a month, counted by its weekday. */
const NTH_WEEKDAY = `(?:the${S}{1,2})?(?<o>first|second|third|fourth|fifth|last|final)${S}{1,2}(?<wd>${WEEKDAY_FULL})${S}{1,2}(?:of|in)${S}{1,2}(?<m>${MON})`;
const R_NTH_WEEKDAY = sticky(`${NTH_WEEKDAY}(?:,?${S}{1,3}(?<y>${YEAR}))?(?![A-Za-z0-9])`, 'i');
const R_NTH_WEEKDAY_WHOLE = new RegExp(`^${NTH_WEEKDAY}`, 'i');
const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
/** Where the month's name stands in such a day. */
const R_MONTH_NAME = new RegExp(MON);

/** The day of `month` in `year` that is its `o` ("first" … "fifth", "last") weekday `w`; undefined past the month's end. */
function nthWeekday(year: number, month: number, w: number, o: string): number | undefined {
  if (o === 'last' || o === 'final') {
    let day = daysInMonth(year, month);
    while (weekdayOf(year, month, day) !== w) day--;
    return day;
  }
  let day = 1;
  while (weekdayOf(year, month, day) !== w) day++;
  day += 7 * (NTH[o] - 1);
  return day <= daysInMonth(year, month) ? day : undefined;
}

/**
 * The day "the last Friday of April" (as written at the start of `text`) falls on in `year`: a day
 * counted by its weekday moves with the year, so one read in a guessed year is read again in another.
 */
export function nthWeekdayIn(text: string, year: number): { month: number; day: number } | undefined {
  const r = R_NTH_WEEKDAY_WHOLE.exec(text);
  if (!r || !r.groups) return undefined;
  const month = monthOf(r.groups.m);
  const day = month ? nthWeekday(year, month, WEEKDAY_NUM[r.groups.wd.toLowerCase()], r.groups.o.toLowerCase()) : undefined;
  return day === undefined ? undefined : { month, day };
}

const mNthWeekdayOfMonth: Matcher = (sc, at) => {
  const r = exec(R_NTH_WEEKDAY, sc.text, at);
  if (!r || !r.groups) return null;
  const end = at + r[0].length;
  // The month's year, read as the month alone would be ("the last Friday of April" in a story of June is this April).
  const month = monthOf(r.groups.m);
  if (!month) return null;
  const m = monthMention(sc, at + r[0].search(R_MONTH_NAME), end, month, r.groups.y ? Number(r.groups.y) : undefined);
  const y = Number(m.value.slice(0, 4));
  const day = Number.isFinite(y) ? nthWeekday(y, month, WEEKDAY_NUM[r.groups.wd.toLowerCase()], r.groups.o.toLowerCase()) : undefined;
  if (day === undefined) return null;
  return mention(sc, at, end, 'DATE', isoDate(y, month, day), 'day', m.resolution, { month, day, future: m.future });
};

/** The year after a quarter or half named without "the": " of 2024", " 2024", ", 2024", " of last year". */
const R_PART_YEAR = new RegExp(`^(?:(?:${S}{1,2}of|,)?${S}{1,2}(${YEAR})|${S}{1,2}of${S}{1,2}(this|last|next)${S}{1,2}year(?![A-Za-z]))`, 'i');

const mThePart: Matcher = (sc, at) => {
  const r = exec(R_THE_PART, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const mod = PART_MOD[g.w.toLowerCase()];
  const end = at + r[0].length;
  if (g.m) {
    const month = monthOf(g.m);
    if (!month) return null;
    return monthMention(sc, at, end, month, g.y ? Number(g.y) : undefined, mod);
  }
  if (g.yr) return mention(sc, at, end, 'DATE', g.yr, 'year', 'explicit', { mod });
  if (g.det) {
    const det = g.det.toLowerCase();
    const v = unitValue(sc.ref, g.u.toLowerCase(), det === 'next' ? 1 : det === 'last' ? -1 : 0);
    if (!v) return null;
    const prec: DatePrecision = v.precision === 'month' ? 'part-of-month' : v.precision;
    return mention(sc, at, end, 'DATE', v.value, prec, sc.ref ? 'relative' : 'unresolved', { mod, future: det === 'next' || undefined });
  }
  return null;
};

const mTheRel: Matcher = (sc, at) => {
  const r = exec(R_THE_REL, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const w = g.w.toLowerCase();
  const u = g.u.toLowerCase();
  const plural = /s$/.test(u);
  const end = at + r[0].length;
  const forward = w === 'next' || w === 'coming' || w === 'following';
  const future = w === 'next' || w === 'coming' ? true : undefined;
  if (g.n) return mention(sc, at, end, 'DURATION', durationValue(quantity(g.n), u), 'duration', 'explicit', { future });
  if (plural) {
    if (w === 'previous' || w === 'following' || w === 'first' || w === 'final') return null;
    return mention(sc, at, end, 'DURATION', durationValue(NaN, u), 'duration', 'explicit', { future });
  }
  // "the latest quarter" of results is the last one completed before the text's date.
  if (w === 'previous' || w === 'following' || ((w === 'next' || w === 'coming') && u === 'day') || (w === 'latest' && u === 'quarter')) {
    const v = unitValue(sc.ref, u, forward ? 1 : -1);
    if (!v) return null;
    return mention(sc, at, end, 'DATE', v.value, v.precision, sc.ref ? 'relative' : 'unresolved', { future: forward || undefined });
  }
  if (w === 'past' || w === 'last' || w === 'next' || w === 'coming') {
    return mention(sc, at, end, 'DURATION', durationValue(1, u), 'duration', 'explicit', { future });
  }
  return null;
};

// "the nine months ended Sept. 30", "the four days of talks": a counted stretch with its article, as
// TimeML marks it (TimeBank and AQUAINT: 13 with "the" inside, 2 without).
const R_THE_COUNT = sticky(`${THE}(?=(?:\\d{1,3}|${NUMWORD})${S}{1,2}(?:${UNIT})(?![A-Za-z]))`, 'i');
const mTheCount: Matcher = (sc, at) => {
  const r = exec(R_THE_COUNT, sc.text, at);
  if (!r) return null;
  const d = mDuration(sc, at + r[0].length);
  if (!d || d.type !== 'DURATION' || d.mod) return null;
  return mention(sc, at, d.end, 'DURATION', d.value, 'duration', 'explicit');
};

const mTheRef: Matcher = (sc, at) => {
  const r = exec(R_THE_REF, sc.text, at);
  if (!r || !r.groups) return null;
  const w = r.groups.w.toLowerCase();
  const value = w === 'past' ? 'PAST_REF' : w === 'future' ? 'FUTURE_REF' : 'PRESENT_REF';
  return mention(sc, at, at + r[0].length, 'DATE', value, 'reference', sc.ref ? 'relative' : 'unresolved', { future: w === 'future' || undefined });
};

function seasonMention(sc: Scan, start: number, end: number, s: string, year: string | undefined, which: number | null, mod?: TimexMod): DateMention {
  const code = SEASON_CODE[s.toLowerCase()];
  const extra: Extra = mod ? { mod } : {};
  if (year) return mention(sc, start, end, 'DATE', `${year}-${code}`, 'season', 'explicit', extra);
  if (sc.ref) {
    let y: number;
    if (which === null) {
      const t = tenseAt(sc.text, start, end).tense;
      y = t === 'future' ? seasonYear(sc.ref, code, seasonYear(sc.ref, code, 0) === sc.ref.y && isInSeason(sc.ref, code) ? 0 : 1) : t === 'past' ? (isInSeason(sc.ref, code) ? seasonYear(sc.ref, code, 0) : seasonYear(sc.ref, code, -1)) : sc.ref.y;
    } else y = seasonYear(sc.ref, code, which);
    return mention(sc, start, end, 'DATE', `${pad4(y)}-${code}`, 'season', 'year-inferred', extra);
  }
  if (sc.defaultYear !== undefined) return mention(sc, start, end, 'DATE', `${pad4(sc.defaultYear)}-${code}`, 'season', 'year-inferred', extra);
  return mention(sc, start, end, 'DATE', `XXXX-${code}`, 'season', 'unresolved', extra);
}

/** "the spring of this year", "autumn of last year": the season in the year named from the text's own, as one expression. */
function seasonOfRelativeYear(sc: Scan, start: number, end: number, s: string, mod?: TimexMod): DateMention | null {
  const rel = relativeYearAfter(sc, end);
  if (!rel) return null;
  const m = seasonMention(sc, start, rel.end, s, pad4(rel.y), null, mod);
  m.resolution = rel.named ? 'explicit' : 'relative';
  return m;
}

/** A season as written: with its year, or with " of" and a year named from the text's ("of last year"), or alone. */
function seasonAt(sc: Scan, start: number, end: number, s: string, year: string | undefined, mod?: TimexMod): DateMention | null {
  if (!year && /^[ \u00a0]{1,2}of\b/i.test(sc.text.slice(end, end + 5))) return seasonOfRelativeYear(sc, start, end, s, mod);
  return seasonMention(sc, start, end, s, year, null, mod);
}

/** The words of time a bare "fall" needs before it to be autumn ("in the fall", not "a fall in prices"). */
const FALL_TIME_WORD = /^(?:in|during|until|till|by|since|through|before|after|throughout|over)$/;

function isInSeason(ref: Ref, code: string): boolean {
  const s = SEASON_START[code];
  if (code === 'WI') return ref.m === 12 || ref.m <= 2;
  return ref.m >= s && ref.m <= s + 2;
}

const mTheSeason: Matcher = (sc, at) => {
  const r = exec(R_THE_SEASON, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  // "The fall in prices" is a drop, not autumn: a bare "the fall" needs "in/by/until…" before it
  // and no "in/of/from/to/…" after it.
  if (!g.y && /^fall$/i.test(g.s)) {
    if (!FALL_TIME_WORD.test(prevWord(sc.text, at))) return null;
    if (/^[ \u00a0]{1,2}(?:of|in|from|to|on|at|was|is|has|had)\b/i.test(sc.text.slice(at + r[0].length, at + r[0].length + 6))) return seasonOfRelativeYear(sc, at, at + r[0].length, g.s);
  }
  return seasonAt(sc, at, at + r[0].length, g.s, g.y);
};

/** "early spring", "the late summer of 1997", "mid-winter of last year": a part of a season, its modifier inside. */
const R_PART_SEASON = sticky(`(?:${THE})?(?<w>early|mid|late)(?:${S}{0,2}-${S}{0,2}|${S}{1,2})(?<s>spring|summer|autumn|fall|winter)(?![A-Za-z])(?:,?${S}{1,2}(?:of${S}{1,2})?(?<y>${YEAR}))?`, 'i');

const mPartSeason: Matcher = (sc, at) => {
  const r = exec(R_PART_SEASON, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const end = at + r[0].length;
  const mod = PART_MOD[g.w.toLowerCase()];
  // "late fall in prices": a bare fall only after a word of time, and with no "in/of/from…" after it.
  if (!g.y && /^fall$/i.test(g.s) && (!FALL_TIME_WORD.test(prevWord(sc.text, at)) || /^[ \u00a0]{1,2}(?:in|from|to|on|at|was|is|has|had)\b/i.test(sc.text.slice(end, end + 6)))) return null;
  return seasonAt(sc, at, end, g.s, g.y, mod);
};

const mTheWeekend: Matcher = (sc, at) => {
  const r = exec(R_THE_WEEKEND, sc.text, at);
  if (!r) return null;
  const end = at + r[0].length;
  if (!sc.ref) return mention(sc, at, end, 'DATE', 'XXXX-WXX-WE', 'week', 'unresolved');
  const v = weekendValue(sc.ref, 'the', tenseAt(sc.text, at, end).tense);
  return mention(sc, at, end, 'DATE', v, 'week', 'relative', { future: isFutureRange(sc, v) || undefined });
};

/** "the last day of August", "the first day of June 2025": that day (TIMEX3 gives the day, not the month). */
const mTheDayOf: Matcher = (sc, at) => {
  const r = exec(R_THE_DAY_OF, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const month = monthOf(g.m);
  if (!month) return null;
  const first = /^(?:first|opening)$/i.test(g.w);
  // February's last day depends on the year; without one, the 28th (a leap year is the rarer case).
  const day = first ? 1 : daysInMonth(g.y ? Number(g.y) : 2001, month);
  return dayWithYear(sc, at, at + r[0].length, month, day, g.y, undefined, undefined);
};

const mTheDay: Matcher = (sc, at) => {
  const r = exec(R_THE_DAY, sc.text, at);
  if (!r || !r.groups) return null;
  const end = at + r[0].length;
  const alone = r.groups.s?.toLowerCase();
  if (alone) {
    // Resolved from the text's day here; fromStoryDay counts it from the story's last day.
    const v = unitValue(sc.ref, 'day', alone === 'before' ? -1 : 1);
    if (!v) return null;
    return mention(sc, at, end, 'DATE', v.value, v.precision, sc.ref ? 'relative' : 'unresolved', { future: alone === 'after' || undefined });
  }
  const off = r.groups.b ? -2 : 2;
  if (!sc.ref) return mention(sc, at, end, 'DATE', 'XXXX-XX-XX', 'day', 'unresolved', { future: off > 0 || undefined });
  return mention(sc, at, end, 'DATE', isoOfDayNumber(sc.ref.dn + off), 'day', 'relative', { future: off > 0 || undefined });
};

const mTheCentury: Matcher = (sc, at) => {
  const r = exec(R_THE_CENTURY, sc.text, at);
  if (!r || !r.groups) return null;
  return mention(sc, at, at + r[0].length, 'DATE', pad2(Number(r.groups.c) - 1), 'decade', 'explicit');
};

const SEASON_PREP = new Set(['in', 'during', 'until', 'till', 'by', 'since', 'through', 'before', 'after', 'over', 'early', 'late', 'mid', 'throughout']);

const mSeason: Matcher = (sc, at) => {
  const r = exec(R_SEASON, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  if (!g.y) {
    const prev = prevWord(sc.text, at);
    if (!SEASON_PREP.has(prev)) return null;
    if (/^fall$/i.test(g.s) && !/^(?:in|during|until|by|since|through|before|after|throughout)$/.test(prev)) return null;
  }
  return seasonAt(sc, at, at + r[0].length, g.s, g.y);
};

const mQuarter: Matcher = (sc, at) => {
  const r = exec(R_QUARTER, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const half = g.k[0] === 'H';
  const n = Number(g.k[1]);
  let yStr = g.y ?? (g.yy ? `20${g.yy}` : undefined);
  if (half && !yStr) return null;
  const end = at + r[0].length;
  let resolution: DateResolution = 'explicit';
  if (!yStr) {
    const yr = yearFor(sc, undefined, undefined);
    resolution = yr.resolution;
    let y = yr.y;
    if (y !== undefined && sc.ref && n > quarterOf(sc.ref.m) && tenseAt(sc.text, at, end).tense === 'past') y -= 1;
    yStr = y !== undefined ? pad4(y) : 'XXXX';
  }
  return mention(sc, at, end, 'DATE', `${yStr}-${half ? 'H' : 'Q'}${n}`, half ? 'half' : 'quarter', resolution);
};

const OVERNIGHT_NOT = /^[ \u00a0]{1,2}(?:rate|rates|lending|repo|index|interbank|deposit|deposits|swap|swaps|borrowing|loan|loans|funding|shibor|hibor|libor|sofr|stay|flight|success|sensation)(?![A-Za-z])/i;

const mWordRef: Matcher = (sc, at) => {
  const r = exec(R_WORD_REF, sc.text, at);
  if (!r || !r.groups) return null;
  const w = r.groups.w.toLowerCase();
  const end = at + r[0].length;
  const rel: DateResolution = sc.ref ? 'relative' : 'unresolved';
  switch (w) {
    case 'now':
    case 'currently':
    case 'nowadays': {
      // "now-defunct", "Now" as a discourse marker is still PRESENT_REF in TimeBank practice.
      if (sc.text.charCodeAt(end) === 45) return null;
      return mention(sc, at, end, 'DATE', 'PRESENT_REF', 'reference', rel);
    }
    case 'recently':
    case 'formerly':
      // "most recently last Friday": the date that follows is the reference.
      if (/^(?:most|more)$/.test(prevWord(sc.text, at))) return null;
      return mention(sc, at, end, 'DATE', 'PAST_REF', 'reference', rel);
    case 'overnight': {
      if (OVERNIGHT_NOT.test(sc.text.slice(end, end + 20))) return null;
      // The night before the reference date: TIME with the night part, reaching into the reference day.
      if (!sc.ref) return mention(sc, at, end, 'TIME', 'XXXX-XX-XXTNI', 'time', 'unresolved');
      const prev = isoOfDayNumber(sc.ref.dn - 1);
      return mention(sc, at, end, 'TIME', `${prev}TNI`, 'time', 'relative', { from: prev, to: sc.ref.iso });
    }
    case 'annually':
    case 'yearly':
    case 'quarterly':
    case 'monthly':
    case 'weekly':
    case 'daily':
      // As an adverb ("reports results quarterly."), not as an adjective ("monthly sales").
      if (w !== 'annually' && !/^[ \u00a0]{0,2}(?:[.,;:)!?]|$)/.test(sc.text.slice(end, end + 3))) return null;
      return mention(sc, at, end, 'SET', ADVERB_SET[w], 'set', 'explicit');
    case 'noon':
    case 'midnight': {
      const t = w === 'noon' ? 'T12:00' : 'T24:00';
      if (!sc.ref) return mention(sc, at, end, 'TIME', `XXXX-XX-XX${t}`, 'time', 'unresolved');
      return mention(sc, at, end, 'TIME', `${sc.ref.iso}${t}`, 'time', 'relative', { from: sc.ref.iso, to: sc.ref.iso });
    }
    default:
      return null;
  }
};

const mSet: Matcher = (sc, at) => {
  const month = exec(R_SET_MONTH, sc.text, at);
  if (month && month.groups) return mention(sc, at, at + month[0].length, 'SET', `XXXX-${pad2(monthOf(month.groups.m))}`, 'set', 'explicit');
  const r = exec(R_SET, sc.text, at);
  if (!r || !r.groups) return null;
  const g = r.groups;
  const end = at + r[0].length;
  const u = (g.u ?? g.u2).toLowerCase();
  const wd = WEEKDAY_NUM[u];
  let value: string;
  if (wd !== undefined) value = `XXXX-WXX-${isoDow(wd)}`;
  else if (u === 'morning' || u === 'evening' || u === 'night') value = `XXXX-XX-XXT${podCode(u)}`;
  else if (u === 'weekend') value = 'XXXX-WXX-WE';
  else if (u === 'quarter') value = 'P3M';
  else {
    let n = 1;
    if (g.n) n = g.n.toLowerCase() === 'other' ? 2 : quantity(g.n);
    if (Number.isNaN(n)) return null;
    value = durationValue(n, u);
  }
  return mention(sc, at, end, 'SET', value, 'set', 'explicit');
};

const WEEKDAY_NOT_BEFORE = new Set(['black', 'good', 'cyber', 'super', 'easter', 'palm', 'ash', 'bloody', 'holy', 'giving', 'shrove', 'maundy', 'manic', 'blue']);
const WEEKDAY_NOT_AFTER = /^[ \u00a0]{1,2}(?:Times|Telegraph|Express|Post|Mirror|Herald|Independent|Star|Night\s{1,2}(?:Live|Football)|Business|Morning\s{1,2}(?:Post|Herald))(?![A-Za-z])/;

/** "Bessent's warning of Tuesday", "the statement of Monday": a saying or paper of that day. */
const OF_DAY = /\b(?:warning|statement|remarks|comments|letter|decision|announcement|meeting|call|vote|order|post|speech|session|talks)\s+of\s+$/i;

/** "called for", "scheduled for", "set for" a weekday: a day fixed ahead. */
const SET_FOR = /\b(?:called|scheduled|set|planned|slated|due|fixed|convened|booked|arranged)\s+(?:[\w'’-]+\s+){0,4}?for\s+$/i;

/** What may open a list entry before its head word: a mark, bold, the first day of a span ("Tuesday-"). */
const ENTRY_LEAD = /^[ \t]*(?:[-*•–][ \t]+)?(?:\*\*|__)?[ \t]*(?:[A-Z][a-z]{2,5}day[ \t]*[-–][ \t]*)?$/;

/** A weekday's day and month in brackets: " (13/7)". */
const R_WD_NUMERIC = /^[ \u00a0]?\((\d{1,2})\/(\d{1,2})\)/;

/** The tense that picks a bare weekday's week. */
function weekdayTense(sc: Scan, at: number, end: number): { tense: Tense; pastPlan?: boolean; target?: boolean } {
  // "the event she had called for Sunday": set for a day, which is ahead, whatever the tense.
  // "Bessent's warning of Tuesday": a thing of that day, told after it, whatever the sentence's tense.
  // "### The week ahead" then "- **Thursday:** Statistics Canada's survey": an entry of the days to come.
  const aheadEntry = ENTRY_LEAD.test(sc.text.slice(Math.max(0, sc.text.lastIndexOf('\n', at - 1) + 1), at)) && inSectionAhead(sc.text, at);
  if (SET_FOR.test(sc.text.slice(Math.max(0, at - 48), at)) || aheadEntry) return { tense: 'future' };
  if (OF_DAY.test(sc.text.slice(Math.max(0, at - 40), at))) return { tense: 'past' };
  // "to get around Wednesday's ruling": a thing of that day, named by it once it has happened,
  // whatever the sentence goes on to plan; not "ahead of Friday's vote", "Thursday's talks will".
  if (/^['’]s\s/.test(sc.text.slice(end, end + 3))) {
    const ahead = AHEAD_OF_DAYS.test(sc.text.slice(Math.max(0, at - 40), at)) || DAYS_THING_AHEAD.test(sc.text.slice(end, end + 60));
    return { tense: ahead ? 'future' : 'past' };
  }
  return tenseAt(sc.text, at, end);
}

/** Words before a day's possessive that look ahead to it: "ahead of Friday's vote", "before Sunday's deadline". */
const AHEAD_OF_DAYS = /\b(?:ahead\s+of|before|until|till|by|for|await(?:s|ed|ing)?|next|upcoming|coming|looming|prepar(?:e|es|ed|ing)\s+for)\s+(?:the\s+)?$/i;
/** A day's thing that is still ahead: "Thursday's talks will", "Friday's deadline is due", "Sunday's vote, expected to". */
const DAYS_THING_AHEAD = /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:deadline|expiry|will|is\s+(?:due|set|expected|scheduled|likely)|are\s+(?:due|set|expected|scheduled|likely)|,\s+(?:expected|due|set|scheduled))\b/i;

/** "from Monday to Friday", "Tuesday through Thursday", "Friday or Saturday": the weekday just before and what joins them. */
const WEEKDAY_PAIR_BEFORE = new RegExp(`(?<![A-Za-z])(${WEEKDAY_FULL})[ \\u00a0]{0,2}(?:[-–—]|(?:to|through|thru|until|till|and|or)(?![A-Za-z]))[ \\u00a0]{0,2}$`);

/**
 * The second weekday of a pair falls on or after the first, whatever its own sentence's tense:
 * "The talks ran from Monday to Friday" on a Wednesday ends this Friday, not last week's.
 */
function weekdayAfter(sc: Scan, at: number, wd: number): string | null {
  if (!sc.ref) return null;
  const lo = Math.max(0, at - 20);
  const pair = WEEKDAY_PAIR_BEFORE.exec(sc.text.slice(lo, at));
  if (!pair) return null;
  const at0 = lo + pair.index;
  const w0 = WEEKDAY_NUM[pair[1].toLowerCase()];
  const tense = weekdayTense(sc, at0, at0 + pair[1].length).tense;
  const first = entryWeekdayDate(sc, at0, w0, tense);
  if (!first) return null;
  const after = addDays(first, (wd - w0 + 7) % 7);
  // "statements made Friday and Thursday", told on a Friday: a list of past days is not a span,
  // and its second day is no more ahead of the story than its first.
  if (tense === 'past' && after > sc.ref.iso && /(?:and|or)[ \u00a0]{0,2}$/.test(pair[0])) return null;
  return after;
}

const mWeekday: Matcher = (sc, at) => {
  const r = exec(R_WEEKDAY, sc.text, at);
  if (!r || !r.groups) return null;
  const word = r.groups.w;
  const wd = WEEKDAY_NUM[word.replace(/\.$/, '').toLowerCase()];
  if (wd === undefined) return null;
  const wEnd = at + word.length;
  const weekday = { w: wd, s: at, e: word.endsWith('.') ? wEnd - 1 : wEnd };
  // "Wednesday, June 4" / "Wed., 4 June 2025" / "Wednesday (June 4)"
  const open = exec(R_WD_OPEN, sc.text, wEnd);
  const sep = open ?? exec(R_WD_SEP, sc.text, wEnd);
  if (sep) {
    const p = wEnd + sep[0].length;
    for (const re of [R_MD, R_DM]) {
      const d = exec(re, sc.text, p);
      if (d && d.groups) {
        const g = d.groups;
        const month = monthOf(g.m);
        const d2 = g.d2 ?? g.d3;
        let end = p + d[0].length;
        if (open) {
          const close = exec(R_WD_CLOSE, sc.text, end);
          if (!close) continue;
          end += close[0].length;
        }
        const m = absoluteDate(sc, at, end, month, parseInt(g.d, 10), g.y ? Number(g.y) : undefined, g.m2 ? monthOf(g.m2) : d2 ? month : undefined, d2 ? parseInt(d2, 10) : undefined, weekday);
        if (m) return open ? m : withTime(sc, m);
      }
    }
  }
  // "on Sunday (13/7)": a day and month in brackets, as Indonesian and Malaysian releases write
  // them; day first or month first, whichever puts the weekday on it.
  const nums = R_WD_NUMERIC.exec(sc.text.slice(wEnd, wEnd + 12));
  if (nums) {
    const [a, b] = [Number(nums[1]), Number(nums[2])];
    for (const [day, month] of [[a, b], [b, a]]) {
      if (month < 1 || month > 12) continue;
      const m = absoluteDate(sc, at, wEnd + nums[0].length, month, day, undefined, undefined, undefined, weekday);
      if (m && /^\d{4}-\d\d-\d\d$/.test(m.value) && weekdayOfDayNumber(dayNumber(Number(m.value.slice(0, 4)), month, day)) === wd) return m;
    }
  }
  const isFull = word.length > 4 && !word.endsWith('.');
  if (!isFull) return null;
  if (WEEKDAY_NOT_BEFORE.has(prevWord(sc.text, at))) return null;
  if (WEEKDAY_NOT_AFTER.test(sc.text.slice(wEnd, wEnd + 24))) return null;
  const pod = exec(R_WD_POD, sc.text, wEnd);
  const end = pod ? wEnd + pod[0].length : wEnd;
  const t = weekdayTense(sc, at, end);
  // (So is a start set in a past act's sentence, "lowered the duty …, effective Wednesday": it may
  // fall before the story or after it, and the nearer Wednesday is the one meant.)
  const iso = weekdayAfter(sc, at, wd) ?? (t.pastPlan || (t.tense === 'neutral' && t.target) ? nearerWeekday(sc, at, wd) : entryWeekdayDate(sc, at, wd, t.tense));
  const extra: Extra = { weekday: wd, weekdayStart: at, weekdayEnd: wEnd };
  if (!iso) {
    if (t.tense === 'future') extra.future = true;
    if (pod) return mention(sc, at, end, 'TIME', `XXXX-WXX-${isoDow(wd)}T${podCode(pod.groups!.pod)}`, 'time', 'unresolved', extra);
    return mention(sc, at, end, 'DATE', `XXXX-WXX-${isoDow(wd)}`, 'day', 'unresolved', extra);
  }
  if (iso > sc.ref!.iso || (t.tense === 'future' && iso === sc.ref!.iso)) extra.future = true;
  if (pod) return mention(sc, at, end, 'TIME', `${iso}T${podCode(pod.groups!.pod)}`, 'time', 'relative', { ...extra, from: iso, to: iso });
  return mention(sc, at, end, 'DATE', iso, 'day', 'relative', extra);
};

// ---------------------------------------------------------------------------------------------
// Dispatch: which matchers can start at a trigger word

const DIGIT_MATCHERS: Matcher[] = [mIso, mNumeric, mDayMonthSpan, mDayMonth, mDecade, mYear, mYearsQuarter, mDuration, mDurationAdj, mClock];
const MONTH_MATCHERS: Matcher[] = [mMonthDay, mMonthDaySpan, mMonthYear, mBareMonth];
const WEEKDAY_MATCHERS: Matcher[] = [mWeekday];
const DURATION_MATCHERS: Matcher[] = [mDuration, mDurationAdj];

const KEYWORDS: Record<string, Matcher[]> = Object.create(null);
function on(words: string[], ms: Matcher[]): void {
  for (const w of words) KEYWORDS[w] = [...(KEYWORDS[w] ?? []), ...ms];
}
on(['today', 'tonight', 'tomorrow', 'yesterday'], [mRelDay]);
// (A tokenizer may read "twenty-first" as one word.)
on([...Object.keys(ORDINAL_DAY), 'twenty', 'thirty', ...Object.keys(ORDINAL_DAY).filter((o) => ORDINAL_DAY[o] < 10).map((o) => `twenty-${o}`), 'thirty-first'], [mWordDayOfMonth]);
on(['now', 'currently', 'nowadays', 'recently', 'formerly', 'overnight', 'annually', 'quarterly', 'monthly', 'weekly', 'daily', 'yearly', 'noon', 'midnight'], [mWordRef]);
on(['this', 'last', 'next'], [mDetUnit, mDetName, mDetNum, mYearsQuarter, mNthWeekdayOfMonth]);
on(['current'], [mDetUnit]);
on(['fiscal', 'fy'], [mFiscal]);
on(['decades', 'years', 'months', 'weeks', 'days', 'hours', 'minutes'], [mBareUnits]);
on(['past', 'coming', 'recent'], [mDetNum]);
on(['earlier', 'later'], [mEarlier]);
on(['early', 'mid', 'late', 'end'], [mPartSeason, mPart]);
on(['the'], [mNthWeekdayOfMonth, mPartSeason, mTheDayOf, mYearTwoThousand, mDetUnit, mYearsQuarter, mTheDecade, mTheQuarter, mThePart, mThePod, mTheRel, mTheRef, mTheSeason, mTheWeekend, mTheDay, mTheCentury, mTheCount]);
on(['a', 'an', 'several', 'few', 'couple', 'more', 'less', 'fewer', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'at'], DURATION_MATCHERS);
on(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred'.split(
    ' ',
  ),
  DURATION_MATCHERS,
);
on(['eighteen', 'nineteen', 'twenty'], [mSpokenYear]);
on(['spring', 'summer', 'autumn', 'fall', 'winter'], [mSeason]);
on(['every', 'each', 'once', 'twice'], [mSet]);
on(['first', 'second', 'third', 'fourth'], [mOrdQuarter, mNthWeekdayOfMonth]);
on(['fifth', 'final'], [mNthWeekdayOfMonth]);
const QUARTER_MATCHERS: Matcher[] = [mQuarter];

/**
 * Where an expression may start: a digit, "Q3"/"H1", or a whole word that some matcher starts at
 * (matchersAt looks the word up exactly). Built from those words, so no other word is tried.
 */
const TRIGGER = new RegExp(
  `(?<![A-Za-z0-9])(?:\\d|[QqHh][1-4]|(?:${[...new Set([...Object.keys(KEYWORDS), ...Object.keys(MONTH_NUM), ...Object.keys(WEEKDAY_NUM)])].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z]))`,
  'gi',
);

function matchersAt(text: string, at: number): Matcher[] | null {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return DIGIT_MATCHERS;
  if ((c === 81 || c === 72) && at + 1 < text.length) {
    const d = text.charCodeAt(at + 1);
    if (d >= 49 && d <= 52) return QUARTER_MATCHERS; // Q1–Q4, H1/H2
  }
  WORD.lastIndex = at;
  const w = WORD.exec(text);
  if (!w) return null;
  const word = w[0];
  const lower = word.toLowerCase();
  const fc = word.charCodeAt(0);
  if (isUpper(fc)) {
    if (MONTH_NUM[lower] !== undefined) return MONTH_MATCHERS;
    if (WEEKDAY_NUM[lower] !== undefined) return WEEKDAY_MATCHERS;
  }
  if (lower === 'mid' || lower === 'end') {
    // only "mid-June", "mid June", "end-June"
    return KEYWORDS[lower];
  }
  return KEYWORDS[lower] ?? null;
}

function scan(sc: Scan): DateMention[] {
  const text = sc.text;
  const out: DateMention[] = [];
  const re = new RegExp(TRIGGER.source, TRIGGER.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    const ms = matchersAt(text, at);
    let best: DateMention | null = null;
    if (ms) {
      for (const f of ms) {
        const c = f(sc, at);
        if (c && c.end > c.start && (!best || c.end > best.end)) best = c;
      }
    }
    if (best) {
      out.push(best);
      re.lastIndex = best.end;
    } else {
      // skip the rest of this word or number so a trigger is never retried inside it
      let i = at + 1;
      const n = text.length;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
        i++;
      }
      re.lastIndex = i;
    }
  }
  return out;
}

/**
 * Every date, time, duration and set expression in `text`, sorted by start and non-overlapping,
 * with TimeML values resolved against `ctx.referenceDate` when it is given. Never throws.
 */
export function extractDates(text: string, ctx: DateContext): DateMention[] {
  if (typeof text !== 'string' || !text) return [];
  const raw = text;
  text = unwrapDates(raw);
  const ref = makeRef(ctx?.referenceDate ?? null);
  const dy = ctx?.defaultYear;
  const sc: Scan = { text, ref, defaultYear: typeof dy === 'number' && Number.isInteger(dy) && dy > 0 && dy < 10000 ? dy : undefined, dateline: ctx?.dateline, dayFirst: ctx?.dayFirst ?? writesDayFirst(text) };
  try {
    const found = aheadOfTheSaying(sc, sameDayAsStory(sc, fromStoryDay(sc, timeOnDay(sc, theMonthMentioned(sc, theQuarterMentioned(sc, yearBackFromQuarter(sc, weekdayOfNamedWeek(sc, weekOfDay(sc, weekdayInDatedEntry(sc, weekdayNamedBefore(sc, weekdayOfLastWeek(sc, weekdayGivenItsDate(sc, scan(sc))))))))))))));
    // A date read across a line break is written as the text has it.
    if (raw === text) return found;
    return found.map((m) => {
      const written = raw.slice(m.start, m.end);
      return written === m.text ? m : { ...m, text: written };
    });
  } catch {
    return [];
  }
}

// "Three days later", "the next day", "a week earlier", "the following month": counted from the
// day the story last named, not from the text's date ("ago" and "tomorrow" are the text's).
const STORY_SHIFT = /^(?:the[ \u00a0]{1,2}day[ \u00a0]{1,2}(?<ba>before|after)|the[ \u00a0]{1,2}(?<w>next|following|previous)[ \u00a0]{1,2}(?:(?<u1>day|week|month)|(?<pod>morning|afternoon|evening|night))|(?:(?:(?:less|more|fewer)[ \u00a0]{1,2}than|nearly|almost|about|around|roughly|some|just|barely)[ \u00a0]{1,2})?(?<n>[a-z0-9-]+(?:[ \u00a0]{1,2}(?:few|couple[ \u00a0]{1,2}of))?)[ \u00a0]{1,2}(?<u2>days?|weeks?|months?|hours?|minutes?)[ \u00a0]{1,2}(?<dir>later|earlier))$/i;

/** Sentence ends allowed between a story-relative date and the date it counts from. */
const STORY_REACH = 3;

/**
 * Story-relative dates resolved from the date named just before them (in the same sentence or
 * the three before), or from one in apposition ("two weeks earlier, on Nov. 6"). After a sentence
 * with several dates, "the next day" is the stretch its candidates span (approximate). When there is
 * no past day (or month, or week, for "the following month") to count from, the expression is left
 * unresolved: a fact put on a day counted from the text's own date would contradict a brief that
 * has it right.
 */
function fromStoryDay(sc: Scan, mentions: DateMention[]): DateMention[] {
  // Each is counted from what came before as already resolved: "Three days later … The next day".
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) out.push(storyDay(sc, mentions, out, i));
  return out;
}

/** A bare "midnight" or "noon". */
const CLOCK_WORD = /^(?:midnight|noon)$/i;

/**
 * "The Commission said on Friday evening that it would let its temporary measures expire at
 * midnight": a bare midnight or noon after a day named earlier in its sentence is that day's, not the
 * text's own day's.
 */
function clockOfStoryDay(sc: Scan, m: DateMention, prev: DateMention | undefined): DateMention {
  const day = prev && /^(\d{4}-\d\d-\d\d)(?:T|$)/.exec(prev.value)?.[1];
  if (!prev || !day || !sc.ref || day === sc.ref.iso || m.start - prev.end > 120 || /[.!?;]\s|\n\s*\n/.test(sc.text.slice(prev.end, m.start))) return m;
  const t = m.value.slice(m.value.indexOf('T'));
  return mention(sc, m.start, m.end, 'TIME', `${day}${t}`, 'time', prev.resolution, { from: day, to: day, future: day > sc.ref.iso || undefined });
}

function storyDay(sc: Scan, mentions: DateMention[], done: DateMention[], i: number): DateMention {
  const day = storyDayOf(sc, mentions, done, i);
  const pod = STORY_SHIFT.exec(mentions[i].text)?.groups?.pod;
  if (!pod) return day;
  // "The following morning": the morning of the day counted, a time as "tomorrow morning" is.
  const d = /^(?:\d{4}|XXXX)-\d\d-\d\d$/.exec(day.value);
  if (!d || day.precision !== 'day') return mentions[i];
  const iso = d[0].startsWith('X') ? {} : { from: d[0], to: d[0] };
  return mention(sc, day.start, day.end, 'TIME', `${d[0]}T${podCode(pod)}`, 'time', day.resolution, { ...yearlessFields(d[0]), ...iso, future: day.future });
}

function storyDayOf(sc: Scan, mentions: DateMention[], done: DateMention[], i: number): DateMention {
  const m = mentions[i];
  if (m.type !== 'DATE' && m.type !== 'TIME') return m;
  if (m.type === 'TIME' && CLOCK_WORD.test(m.text)) return clockOfStoryDay(sc, m, done[i - 1]);
  if (m.weekday !== undefined && m.weekdayStart === m.start && (m.precision === 'day' || m.precision === 'time') && SAME_BEFORE.test(sc.text.slice(Math.max(0, m.start - 20), m.start))) return sc.ref ? sameWeekday(sc, m, done, i) : m;
  if (m.weekday !== undefined && m.weekdayStart === m.start && m.precision === 'day') return sc.ref ? storyWeekday(sc, m, done, i) : m;
  const g = STORY_SHIFT.exec(m.text)?.groups;
  if (!g) return m;
  let unit = (g.u1 ?? g.u2 ?? 'day').toLowerCase().replace(/s$/, '');
  const n = g.w || g.ba ? 1 : quantity(g.n);
  if (!Number.isFinite(n)) return m; // "a few days later": a vague past or future, no day
  const back = g.ba ? g.ba.toLowerCase() === 'before' : g.w ? g.w.toLowerCase() === 'previous' : g.dir.toLowerCase() === 'earlier';
  const sign = back ? -1 : 1;
  const subDay = unit === 'hour' || unit === 'minute';
  if (subDay) unit = 'day';
  const unresolved = () => {
    const v = unitValue(null, unit, 0)!;
    return mention(sc, m.start, m.end, 'DATE', v.value, v.precision, 'unresolved');
  };
  const after = (value: string) => (sc.ref && /^\d{4}/.test(value) ? value.slice(0, 10) > sc.ref.iso.slice(0, value.length) || undefined : undefined);
  // "Two weeks earlier, on Nov. 6, …": the date in apposition is the one meant. (Not a bare weekday:
  // "the next day, Wednesday," after "Tuesday, December 9" is counted from the 9th, and the weekday
  // only names it.)
  const next = mentions[i + 1];
  if (next && WRITTEN_DATE.test(next.text) && /^,?[ \u00a0]{1,2}(?:on[ \u00a0]{1,2}|in[ \u00a0]{1,2})?$/.test(sc.text.slice(m.end, next.start))) {
    const at = storyRef(next, unit);
    const v = at && !subDay ? unitValue(at, unit, 0) : null;
    if (v) return mention(sc, m.start, m.end, 'DATE', v.value, v.precision, next.resolution, { future: next.future });
  }
  // "On July 15, two days later, Trump said …": set off by commas after a written date, it says how
  // far that date is from the one before; it names the written date, not two days after it.
  const prev = done[i - 1];
  if (prev && !subDay && WRITTEN_DATE.test(prev.text) && /^,[ \u00a0]{1,2}$/.test(sc.text.slice(prev.end, m.start)) && /^[ \u00a0]?,/.test(sc.text.slice(m.end, m.end + 2))) {
    const at = storyRef(prev, unit);
    const v = at ? unitValue(at, unit, 0) : null;
    if (v) return mention(sc, m.start, m.end, 'DATE', v.value, v.precision, prev.resolution, { future: prev.future });
  }
  const anchors = storyAnchors(sc, done, i, m);
  if (anchors.length > 1) {
    if (subDay) return unresolved();
    if (unit !== 'day') {
      // "On Friday, 5 September … the following morning. … the following week": one week whichever day is meant.
      const values = anchors.map((a) => {
        const from = storyRef(a, unit, sign);
        return from ? unitValue(from, unit, sign * n) : null;
      });
      const v = values[0];
      if (!v || values.some((o) => !o || o.value !== v.value)) return unresolved();
      return mention(sc, m.start, m.end, 'DATE', v.value, v.precision, anchors[0].resolution, { future: after(v.value) });
    }
    const days = anchors.map((a) => dayCounted(a, sign * n));
    return days.every((d): d is string => d !== null) ? storyDays(sc, m, days) : unresolved();
  }
  if (!anchors.length) return subDay ? m : unresolved(); // "An hour later" with no day before it is most likely about the text's day
  const from = storyRef(anchors[0], unit, sign);
  if (!from) {
    // A text that never gives its year ("May 30", "in May") still counts days and months.
    if (subDay) return m;
    const v = unit === 'day' ? dayCounted(anchors[0], sign * n) : unit === 'month' ? monthCounted(anchors[0], sign * n) : null;
    // Yearless like its anchor, and as firm about month and day.
    return v ? mention(sc, m.start, m.end, 'DATE', v, unit === 'day' ? 'day' : 'month', 'unresolved', yearlessFields(v)) : unresolved();
  }
  // Hours or minutes later is that day or the next.
  if (subDay) {
    const other = isoOfDayNumber(from.dn + sign);
    const [a, b] = sign > 0 ? [from.iso, other] : [other, from.iso];
    return mention(sc, m.start, m.end, 'DATE', from.iso, 'range', 'relative', { from: a, to: b, future: after(b) });
  }
  const v = unitValue(from, unit, sign * n);
  if (!v) return unresolved();
  // Counted from a day the text names, it is as sure as that day (not as the text's own date).
  return mention(sc, m.start, m.end, 'DATE', v.value, v.precision, anchors[0].resolution, { future: after(v.value) });
}

/** The yearless day (month, day) a story date stands on, counting forward from a range's end and back from its start. */
function yearlessDay(anchor: DateMention, sign: number): { m: number; d: number } | null {
  if (anchor.month === undefined || anchor.day === undefined || !anchor.value.startsWith('XXXX-')) return null;
  if (anchor.precision === 'day') return { m: anchor.month, d: anchor.day };
  if (anchor.precision === 'range' && anchor.mod !== 'APPROX') return sign > 0 && anchor.endDay !== undefined ? { m: anchor.endMonth ?? anchor.month, d: anchor.endDay } : { m: anchor.month, d: anchor.day };
  return null;
}

/**
 * The day `days` after (or, negative, before) a story date. A yearless one ("May 30" in a text
 * that never names its year) is counted in a common and in a leap year: the day is known, as
 * "XXXX-MM-DD", when both agree (only a count across the end of February depends on the year).
 */
function dayCounted(anchor: DateMention, days: number): string | null {
  const ref = storyRef(anchor, 'day', Math.sign(days) || 1);
  if (ref) return isoOfDayNumber(ref.dn + days);
  const md = yearlessDay(anchor, Math.sign(days) || 1);
  if (!md || (md.m === 2 && md.d === 29)) return null;
  const [common, leap] = [2023, 2024].map((y) => isoOfDayNumber(dayNumber(y, md.m, md.d) + days).slice(4));
  return common === leap ? `XXXX${common}` : null;
}

/** The month and day fields a yearless value carries, as the yearless dates of the text do. */
function yearlessFields(value: string): Extra {
  const p = /^XXXX-(\d\d)(?:-(\d\d))?$/.exec(value);
  return p ? { month: Number(p[1]), day: p[2] ? Number(p[2]) : undefined } : {};
}

/** "The following month" after a yearless "May 30" or "in May": "XXXX-06". */
function monthCounted(anchor: DateMention, months: number): string | null {
  const month = anchor.month ?? Number(/^XXXX-(\d\d)(?:-\d\d)?$/.exec(anchor.value)?.[1] ?? NaN);
  if (!anchor.value.startsWith('XXXX-') || !(month >= 1 && month <= 12) || (anchor.precision !== 'day' && anchor.precision !== 'month')) return null;
  const to = ((((month - 1 + months) % 12) + 12) % 12) + 1;
  return `XXXX-${String(to).padStart(2, '0')}`;
}

// "told him in a letter on July 7 that it would apply from Aug. 1": what "would" happen is ahead of
// the saying, not of the text's date. Between the two dates: "that", then "would", and no sentence end.
const SAID_WOULD = /^[^.;!?\n]{0,60}?(?:^|[^A-Za-z])that(?![A-Za-z])[^.;!?\n]{0,80}?(?:^|[^A-Za-z])would(?![A-Za-z])(?![^.;!?\n]*(?:^|[^A-Za-z])(?:will|shall)(?![A-Za-z]))[^.;!?\n]*$/i;

/**
 * A yearless day put ahead of the text's date only because it "would" happen, told of a saying dated
 * earlier in its sentence: the first such day after the saying (the year before, when the saying
 * came months back; unchanged when that day is still ahead of it).
 */
function aheadOfTheSaying(sc: Scan, mentions: DateMention[]): DateMention[] {
  return mentions.map((m, i) => {
    if (!m.future || m.resolution !== 'year-inferred' || m.precision !== 'day' || !m.month || !m.day || !sc.ref) return m;
    const said = mentions[lastDateBefore(mentions, i)];
    if (!said || said.future || said.precision !== 'day' || !/^\d{4}-\d\d-\d\d$/.test(said.value) || said.value > sc.ref.iso) return m;
    if (!SAID_WOULD.test(sc.text.slice(said.end, m.start))) return m;
    const y = Number(said.value.slice(0, 4));
    const year = isoDate(y, m.month, m.day) >= said.value ? y : y + 1;
    const iso = isoDate(year, m.month, m.day);
    if (iso === m.value) return m;
    return { ...m, value: iso, from: iso, to: iso, future: iso > sc.ref.iso || undefined };
  });
}

// "The same day", "that same evening", "later that day", "the same date": the day the story last named.
const SAME_DAY = /\b(?:(?:[Tt]he|[Tt]hat)[ \u00a0]{1,2}(?:very[ \u00a0]{1,2})?same[ \u00a0]{1,2}(?:day|date|evening|morning|afternoon|night)|(?:[Ll]ater|[Ee]arlier)[ \u00a0]{1,2}that[ \u00a0]{1,2}(?:day|evening|morning|afternoon|night))(?![A-Za-z])/g;

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function sameDayAsStory(sc: Scan, mentions: DateMention[]): DateMention[] {
  SAME_DAY.lastIndex = 0;
  if (!SAME_DAY.test(sc.text)) return mentions;
  SAME_DAY.lastIndex = 0;
  let out = mentions;
  for (let r = SAME_DAY.exec(sc.text); r; r = SAME_DAY.exec(sc.text)) {
    const start = r.index;
    const end = start + r[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const at = out.findIndex((o) => o.start >= end);
    const i = at === -1 ? out.length : at;
    const here = mention(sc, start, end, 'DATE', 'XXXX-XX-XX', 'day', 'unresolved');
    const anchors = storyAnchors(sc, out, i, here);
    // "landed on Monday afternoon, from the summit he attended on Sunday. He was received … the same
    // afternoon": of the sentence's days, the one named with that part of the day.
    const pod = PART_OF_DAY[/(?:evening|morning|afternoon|night)$/.exec(r[0])?.[0] ?? ''];
    const withPod = pod && anchors.length > 1 ? anchors.filter((a) => a.value.endsWith(`T${pod}`)) : [];
    const anchor = anchors.length === 1 ? anchors[0] : withPod.length === 1 ? withPod[0] : undefined;
    let found = here;
    if (anchor) {
      const day = dayCounted(anchor, 0);
      if (day) found = mention(sc, start, end, 'DATE', day, 'day', day.startsWith('X') ? 'unresolved' : anchor.resolution, day.startsWith('X') ? yearlessFields(day) : { future: anchor.future });
    }
    out = [...out.slice(0, i), found, ...out.slice(i)];
  }
  return out;
}

/** "the same", "that same", "that very same" right before a weekday. */
const SAME_BEFORE = /\b(?:[Tt]he|[Tt]hat)[ \u00a0]{1,2}(?:very[ \u00a0]{1,2})?same[ \u00a0]{1,2}$/;

/**
 * "… the one-day round in New Delhi on Sept. 16 …. Trump phoned Modi the same Tuesday evening": the
 * day the story last named, when it is that weekday; else the weekday stays unplaced (counting from
 * the page's date would give another week's).
 */
function sameWeekday(sc: Scan, m: DateMention, mentions: DateMention[], i: number): DateMention {
  const extra = { weekday: m.weekday, weekdayStart: m.weekdayStart, weekdayEnd: m.weekdayEnd };
  const days = [...new Set(storyAnchors(sc, mentions, i, m).map((a) => dayCounted(a, 0)))];
  const day = days.length === 1 && days[0] && /^\d{4}-\d\d-\d\d$/.test(days[0]) && new Date(`${days[0]}T00:00:00Z`).getUTCDay() === m.weekday ? days[0] : undefined;
  if (!day) return mention(sc, m.start, m.end, 'DATE', `XXXX-WXX-${isoDow(m.weekday!)}`, 'day', 'unresolved', extra);
  const pod = m.precision === 'time' ? /T(MO|AF|EV|NI)$/.exec(m.value)?.[1] : undefined;
  const future = day > sc.ref!.iso || undefined;
  if (pod) return mention(sc, m.start, m.end, 'TIME', `${day}T${pod}`, 'time', 'relative', { ...extra, from: day, to: day, future });
  return mention(sc, m.start, m.end, 'DATE', day, 'day', 'relative', { ...extra, future });
}

/** "The following Tuesday" after June 10 is June 17; "the previous Friday" the one before that day. */
function storyWeekday(sc: Scan, m: DateMention, mentions: DateMention[], i: number): DateMention {
  // "the next day, Wednesday,": the weekday names the day just counted, when it falls on it.
  const prev = mentions[i - 1];
  if (prev && prev.precision === 'day' && /^\d{4}-\d\d-\d\d$/.test(prev.value) && /^,[ \u00a0]{1,2}$/.test(sc.text.slice(prev.end, m.start)) && STORY_SHIFT.test(prev.text) && new Date(`${prev.value}T00:00:00Z`).getUTCDay() === m.weekday) {
    return mention(sc, m.start, m.end, 'DATE', prev.value, 'day', prev.resolution, { weekday: m.weekday, weekdayStart: m.weekdayStart, weekdayEnd: m.weekdayEnd, future: prev.future });
  }
  const det = /\b[Tt]he[ \u00a0]{1,2}(following|next|previous)[ \u00a0]{1,2}$/.exec(sc.text.slice(Math.max(0, m.start - 24), m.start));
  if (!det) return m;
  const back = det[1].toLowerCase() === 'previous';
  const extra = { weekday: m.weekday, weekdayStart: m.weekdayStart, weekdayEnd: m.weekdayEnd };
  const days = storyAnchors(sc, mentions, i, m).map((a) => {
    const from = storyRef(a, 'day', back ? -1 : 1);
    return from ? weekdayDate({ ...sc, ref: from }, m.weekday!, back ? 'last' : 'next') : null;
  });
  if (!days.length || days.some((d) => d === null)) return mention(sc, m.start, m.end, 'DATE', `XXXX-WXX-${isoDow(m.weekday!)}`, 'day', 'unresolved', extra);
  return storyDays(sc, m, days as string[], extra);
}

/**
 * The index of the last mention before `i` that is not a stretch of time (-1 if none): "a second
 * 90-day extension, agreed in a call the day before" counts from the date before "90-day".
 */
function lastDateBefore(mentions: DateMention[], i: number): number {
  let at = i - 1;
  while (at >= 0 && mentions[at].type === 'DURATION') at--;
  return at;
}

/**
 * The date the story last named before mention `i`, if it can be counted from (in reach, not the
 * dateline, not ahead of the text), with the other dates of its sentence: after "met on June 9 and
 * 10, a month after the meeting on May 12", which one "the next day" follows is anyone's guess.
 */
function storyAnchors(sc: Scan, mentions: DateMention[], i: number, current: DateMention): DateMention[] {
  const at = lastDateBefore(mentions, i);
  const anchor = mentions[at];
  if (!anchor || anchor.future || !sameStory(sc.text, anchor, current)) return [];
  const filed = (o: DateMention) => !!sc.dateline && o.start < sc.dateline.end && o.end > sc.dateline.start;
  if (filed(anchor)) return [];
  // A weekday the text could not place ("rose on Tuesday, from the rate that took effect on
  // February 4") is still a day the story may mean: "the same day" is then not surely February 4.
  const dated = (o: DateMention) => (o.type === 'DATE' || o.type === 'TIME') && /^(?:\d{4}-\d\d|XXXX-\d\d-\d\d|XXXX-WXX-\d)/.test(o.value) && !filed(o) && !o.future;
  const out = [anchor];
  for (let k = at - 1; k >= 0 && sameSentence(sc.text, mentions[k], anchor); k--) if (dated(mentions[k])) out.push(mentions[k]);
  return out;
}

/**
 * Days counted from each date the story may mean: one day when they agree, else the stretch
 * between them, marked approximate (it agrees with any day in it and contradicts none in its month).
 */
function storyDays(sc: Scan, m: DateMention, days: string[], extra: Extra = {}): DateMention {
  const sorted = [...new Set(days)].sort();
  const last = sorted[sorted.length - 1];
  // Yearless days have no stretch between them that a year would not change: one day or none.
  if (last.startsWith('X')) return sorted.length === 1 ? mention(sc, m.start, m.end, 'DATE', last, 'day', 'relative', { ...extra, ...yearlessFields(last) }) : mention(sc, m.start, m.end, 'DATE', 'XXXX-XX-XX', 'day', 'unresolved');
  if (sorted[0].startsWith('X')) return mention(sc, m.start, m.end, 'DATE', 'XXXX-XX-XX', 'day', 'unresolved');
  const future = sc.ref ? last > sc.ref.iso || undefined : undefined;
  if (sorted.length === 1) return mention(sc, m.start, m.end, 'DATE', last, 'day', 'relative', { ...extra, future });
  return mention(sc, m.start, m.end, 'DATE', sorted[0], 'range', 'relative', { ...extra, mod: 'APPROX', from: sorted[0], to: last, future });
}

/** The anchor as a reference date, when it is precise enough for the unit counted (a range counts from its end going on, its start going back). */
function storyRef(anchor: DateMention, unit: string, sign = 1): Ref | null {
  if (anchor.mod === 'APPROX') return null; // a guessed stretch ("the next day" after two dates) counts nothing on
  const day = /^(\d{4}-\d\d-\d\d)/.exec(anchor.value);
  if (day && (anchor.precision === 'day' || anchor.precision === 'time')) return makeRef(day[1]);
  if (anchor.precision === 'range' && anchor.from && anchor.to) return makeRef(sign > 0 ? anchor.to : anchor.from);
  if (unit === 'month' && anchor.precision === 'month' && /^\d{4}-\d\d$/.test(anchor.value)) return makeRef(`${anchor.value}-01`);
  const week = /^(\d{4})-W(\d\d)$/.exec(anchor.value);
  if (unit === 'week' && week) return makeRef(isoOfDayNumber(isoWeekStart(Number(week[1]), Number(week[2]))));
  return null;
}

/** A full stop that ends a sentence, not an initial ("M. Lee Pearce") or a title ("Mr."). */
const SENTENCE_END = /(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Corp|Inc|Ltd|Gov|Sen|Rep|Gen|Jan|Feb|Aug|Sept|Oct|Nov|Dec))[.!?]["'”’)]?\s/g;

/** At most STORY_REACH sentence ends apart (a news paragraph is a sentence or two). */
function sameStory(text: string, a: DateMention, b: DateMention): boolean {
  return (text.slice(a.end, b.start).match(SENTENCE_END)?.length ?? 0) <= STORY_REACH;
}

/** "the end of the month", "the start of the month": a part of the month the sentence speaks of. */
const OF_THE_MONTH = /^(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+the\s+month$/i;

/**
 * "asked the WTO in mid-October …, and the DSB noted the request at the end of the month": the
 * month the sentence named before, not the month of the text's date.
 */
function theMonthMentioned(sc: Scan, mentions: DateMention[]): DateMention[] {
  return mentions.map((m) => {
    if (!OF_THE_MONTH.test(m.text)) return m;
    const named = mentions.filter((o) => o !== m && o.end <= m.start && sameSentence(sc.text, o, m) && /^\d{4}-\d\d(?:-\d\d)?$/.test(o.value) && (o.precision === 'month' || o.precision === 'part-of-month' || o.precision === 'day')).pop();
    if (!named) return m;
    const month = named.value.slice(0, 7);
    return m.value === month ? m : { ...m, value: month, month: Number(month.slice(5, 7)), resolution: named.resolution };
  });
}

/**
 * "Third-quarter net rose 5% from a year ago": a year back from the quarter the sentence names
 * (last year's third quarter), not from the text's date.
 */
function yearBackFromQuarter(sc: Scan, mentions: DateMention[]): DateMention[] {
  return mentions.map((m) => {
    if (m.precision !== 'year' || !/^(?:a|one)\s{1,2}year\s{1,2}(?:ago|earlier)$/i.test(m.text)) return m;
    const isQuarter = (o: DateMention) => o.precision === 'quarter' && /^\d{4}-Q[1-4]$/.test(o.value);
    // In the sentence, or, where the sentence compares results ("from $93 million a year
    // earlier"), the quarter the text last named: an earnings report's year back is that quarter's.
    // A sentence with a month of its own ("In September, exports rose 8% from a year earlier")
    // compares with that month a year back, not with a quarter.
    const month = mentions.filter((o) => o.end <= m.start && o.precision === 'month' && /^\d{4}-\d\d$/.test(o.value) && sameSentence(sc.text, o, m)).pop();
    if (month) return mention(sc, m.start, m.end, 'DATE', aYearBack(month.value), 'month', m.resolution);
    const q = mentions.find((o) => isQuarter(o) && sameSentence(sc.text, o, m)) ?? (comparesResults(sc.text, m.start) ? mentions.filter((o) => o.end <= m.start && isQuarter(o)).pop() : undefined);
    if (!q) return m;
    return mention(sc, m.start, m.end, 'DATE', aYearBack(q.value), 'quarter', m.resolution);
  });
}

/**
 * "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": a time of day followed by the day it
 * falls on is one expression on that day (read apart, the time went to the text's own date).
 */
/** What may stand before the day that opens a line of a timeline: a bullet, nothing, or an indent. */
const DATED_ENTRY = /(?:^|\n)[ \t]*(?:[-*•–][ \t]+)?$/;

const ZONE_THEN_DAY = /^[ \u00a0]{1,2}(?:U\.?S\.?[ \u00a0]{1,2})?(?:(?:[Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific|[Aa]tlantic)[ \u00a0]{1,2}(?:[Dd]aylight|[Ss]tandard)[ \u00a0]{1,2}[Tt]ime|(?:[A-Z][a-z]+|local)[ \u00a0]{1,2}time|[A-Z]{2,4}),?[ \u00a0]{1,2}(?:on[ \u00a0]{1,2})?$/;

/** Expressions a row's clock looks back past for the day that opens the row. */
const ROW_HEAD_REACH = 4;

function timeOnDay(sc: Scan, mentions: DateMention[]): DateMention[] {
  const isDay = (o: DateMention | undefined): o is DateMention => !!o && o.type === 'DATE' && o.precision === 'day' && /^\d{4}-\d\d-\d\d$/.test(o.value);
  /** The clock time `t` (its own span) on day `d`. */
  const timeOn = (t: DateMention, d: DateMention, clock: string) => mention(sc, t.start, t.end, 'TIME', `${d.value}T${clock}`, 'time', d.resolution, { from: d.value, to: d.value, future: d.future });
  const out: DateMention[] = [];
  /** A stop, semicolon or line break between two offsets ("a.m." and "p.m." are none). */
  const sentenceEndsBetween = (from: number, to: number) => /[\n.!?;]/.test(sc.text.slice(from, to).replace(/\b[ap]\.m\./gi, ''));
  /** The day that opens the table row `t` stands in, if one does (a few expressions back at most, on its line). */
  const rowHeadBefore = (read: DateMention[], t: DateMention): DateMention | undefined => {
    for (let k = read.length - 1; k >= Math.max(0, read.length - ROW_HEAD_REACH); k--) {
      const o = read[k];
      if (sc.text.slice(o.end, t.start).includes('\n')) return undefined;
      if (isDay(o) && headsRow(sc.text, o.start, o.end)) return o;
    }
    return undefined;
  };
  for (let i = 0; i < mentions.length; i++) {
    const t = mentions[i];
    const d = mentions[i + 1];
    const clock = t.type === 'TIME' ? /T(\d\d(?::\d\d)?)$/.exec(t.value) : null;
    // A time read alone went to the text's own date; the rules below move it to its day.
    const onTextDate = !!clock && !!sc.ref && t.value === `${sc.ref.iso}T${clock[1]}`;
    // ("with effect from 00:00 hours on Monday, 23 June 2025": the clock's "hours" joins them too.)
    if (clock && isDay(d) && !d.mod && /^,?[ \u00a0]{1,2}(?:(?:hours|hrs\.?)[ \u00a0]{1,2})?(?:on[ \u00a0]{1,2})?$/.test(sc.text.slice(t.end, d.start))) {
      const { weekday, weekdayStart, weekdayEnd } = d;
      let { value, future } = d;
      // A weekday named alone took its week from the words before it, which are now before the
      // time: "until 9 a.m. Tuesday" looks ahead as "until Tuesday" does.
      if (weekday !== undefined && weekdayStart === d.start && weekdayEnd === d.end && sc.ref) {
        const ahead = tenseAt(sc.text, t.start, d.end).tense === 'future';
        value = weekdayDate(sc, weekday, ahead ? 'future' : 'past') ?? value;
        future = value > sc.ref.iso || (ahead && value === sc.ref.iso) || undefined;
      }
      out.push(mention(sc, t.start, d.end, 'TIME', `${value}T${clock[1]}`, 'time', d.resolution, { from: value, to: value, weekday, weekdayStart, weekdayEnd, future }));
      i++;
      continue;
    }
    // "at 3 p.m. (0700 GMT) on Thursday": the time in another zone stands between, so the two are
    // kept apart, but the time is on that Thursday, not on the text's own date.
    // So is "at 12:01 a.m. eastern daylight time on August 27".
    if (onTextDate && isDay(d) && (/^[ \u00a0]{0,2}\([^()\n]{1,24}\),?[ \u00a0]{1,2}(?:on[ \u00a0]{1,2})?$/.test(sc.text.slice(t.end, d.start)) || ZONE_THEN_DAY.test(sc.text.slice(t.end, d.start)))) {
      out.push(timeOn(t, d, clock![1]));
      continue;
    }
    // "Wednesday at 10 p.m.": two expressions, but the time is on that Wednesday.
    const prev = out[out.length - 1];
    if (onTextDate && isDay(prev) && /^,?[ \u00a0]{1,2}(?:at|around|about|by|from|before|after|until)[ \u00a0]{1,2}$/i.test(sc.text.slice(prev.end, t.start))) {
      out.push(timeOn(t, prev, clock![1]));
      continue;
    }
    // A dated entry of a timeline ("- March 4 — The tariffs take effect at 12:01 a.m.") or a row
    // opened by its day ("| Oct. 14, 2025 (Tue.) | Tariffs take effect at 12:01 a.m. EDT |"): its day.
    // A row is its day's to its end, past a semicolon or a full stop ("| 13 Nov 2025 | Frameworks
    // announced; 12:01 a.m. EST is the start point |"); an entry line to its first sentence's end.
    // (The row's day heads it though other expressions stand between: "| 2025-11-10 | … for one
    // year | paused from 13:01 Beijing time |".)
    const row = onTextDate ? rowHeadBefore(out, t) : undefined;
    const head = row ?? prev;
    const entryHead = !!row || (isDay(prev) && DATED_ENTRY.test(sc.text.slice(Math.max(0, prev.start - 8), prev.start)));
    if (onTextDate && entryHead && !(row ? /\n/ : /[\n.!?;]/).test(sc.text.slice(head!.end, t.start).replace(/\b[ap]\.m\./gi, '').replace(/\([A-Za-z]{2,4}\.?\)/g, ''))) {
      out.push(timeOn(t, head!, clock![1]));
      continue;
    }
    // "On Nov. 10, China's ministry halted its fees from 13:01 Beijing time": a clock later in the
    // sentence a day opens, with no other day after it (a stretch, "for one year", is none), is on that day.
    if (onTextDate && isDay(prev) && (!d || d.type === 'DURATION' || sentenceEndsBetween(t.end, d.start)) && SENTENCE_DAY_LEAD.test(sc.text.slice(Math.max(0, prev.start - 8), prev.start)) && !sentenceEndsBetween(prev.end, t.start)) {
      out.push(timeOn(t, prev, clock![1]));
      continue;
    }
    out.push(t);
  }
  return out;
}

/** "On" opening a sentence (or its line) right before the day: "On Nov. 10, …". */
const SENTENCE_DAY_LEAD = /(?:^|[.!?]\s+|\n\s*)[Oo]n\s+$/;

/**
 * "Third-quarter exports fell … In the quarter, imports rose": "the quarter" is the quarter the text
 * last named, and "the year-earlier period" (or "year-ago quarter", "year-earlier" results) that
 * quarter a year back. With no quarter named before, they are left alone (which one is anyone's guess).
 */
function theQuarterMentioned(sc: Scan, mentions: DateMention[]): DateMention[] {
  // ("The year-ago results": the article is the results', so the span is "year-ago" alone.)
  const PHRASE = /\b(?:(?:[Tt]he[ \u00a0]{1,2})?(?:comparable[ \u00a0]{1,2})?[Yy]ear-(?<back>earlier|ago)[ \u00a0]{1,2}(?:quarter|period)|[Yy]ear-(?<back2>earlier|ago)|[Tt]he[ \u00a0]{1,2}quarter)(?![A-Za-z-])/g;
  // Every phrase here repeats a quarter named before it: without one there is nothing to look for.
  if (!mentions.some((o) => o.precision === 'quarter')) return mentions;
  let out = mentions;
  const yearBack = new Set<DateMention>(); // the quarter a year back is not the one later phrases mean
  for (let m = PHRASE.exec(sc.text); m; m = PHRASE.exec(sc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const named = out.filter((o) => o.end <= start && o.precision === 'quarter' && /^\d{4}-Q[1-4]$/.test(o.value) && !yearBack.has(o)).pop();
    if (!named) continue;
    const back = m.groups?.back !== undefined || m.groups?.back2 !== undefined;
    const value = back ? aYearBack(named.value) : named.value;
    const at = out.findIndex((o) => o.start >= end);
    const quarter = mention(sc, start, end, 'DATE', value, 'quarter', named.resolution); // as sure as the quarter it repeats
    if (back) yearBack.add(quarter);
    out = at === -1 ? [...out, quarter] : [...out.slice(0, at), quarter, ...out.slice(at)];
  }
  return out;
}

/**
 * "Talks ran on Saturday, 10 May and Sunday, 11 May. … as they left on Sunday evening": a bare
 * weekday the story has just given with its date is that day, not the one before the text's date.
 */
function weekdayNamedBefore(sc: Scan, mentions: DateMention[]): DateMention[] {
  if (!sc.ref) return mentions;
  return mentions.map((m, i) => {
    if (m.weekday === undefined || m.resolution !== 'relative' || m.weekdayStart !== m.start || /\d/.test(m.text)) return m;
    if (m.precision !== 'day' && m.precision !== 'time') return m;
    for (let k = i - 1; k >= 0 && sameStory(sc.text, mentions[k], m); k--) {
      const o = mentions[k];
      const day = /^(\d{4}-\d\d-\d\d)$/.exec(o.value)?.[1];
      if (o.weekday !== m.weekday || !day || o.precision !== 'day' || !/\d/.test(o.text) || o.future) continue;
      if (m.precision === 'day') return mention(sc, m.start, m.end, 'DATE', day, 'day', o.resolution, { weekday: m.weekday, weekdayStart: m.weekdayStart, weekdayEnd: m.weekdayEnd, from: day, to: day });
      const pod = /T(MO|AF|EV|NI)$/.exec(m.value)?.[1];
      return pod ? mention(sc, m.start, m.end, 'TIME', `${day}T${pod}`, 'time', o.resolution, { weekday: m.weekday, weekdayStart: m.weekdayStart, weekdayEnd: m.weekdayEnd, from: day, to: day }) : m;
    }
    return m;
  });
}

/** What may come before a line's head date: a table cell's bar, a list mark, bold marks. */
const LINE_HEAD = /\n[ \t]*(?:\|[ \t]*|[-*•–][ \t]+)?(?:\*\*|__)?[ \t]*$/;
const LINE_HEAD_AT_START = /^(?:[^\n]*\n)?[ \t]*(?:\|[ \t]*|[-*•–][ \t]+)?(?:\*\*|__)?[ \t]*$/;
const HEAD_REACH = 24;

/**
 * "| Oct. 17-18 | a video call (Friday evening in Washington, Saturday morning in Beijing)", "| 2025-08-22 |
 * … halt shipments over the weekend": a bare weekday or weekend in a table row or list entry headed
 * by a day is the one nearest that day, not the one before the page's date.
 */
function weekdayInDatedEntry(sc: Scan, mentions: DateMention[]): DateMention[] {
  if (!sc.ref) return mentions;
  let head: { m: DateMention; from: number; to: number; lineEnd: number } | undefined;
  return mentions.map((m) => {
    if (head && m.start >= head.lineEnd) head = undefined;
    // A head date sits within a few marks of its line's start: only that much is read back.
    const before = sc.text.slice(Math.max(0, m.start - HEAD_REACH), m.start);
    if (!head && (m.precision === 'day' || m.precision === 'range') && /\d/.test(m.text) && m.from && m.to && /^\d{4}/.test(m.from) && (m.start <= HEAD_REACH ? LINE_HEAD_AT_START.test(before) : LINE_HEAD.test(before))) {
      const lineEnd = sc.text.indexOf('\n', m.end);
      const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
      head = { m, from: day(m.from), to: day(m.to), lineEnd: lineEnd < 0 ? sc.text.length : lineEnd };
      return m;
    }
    if (head && m.resolution === 'year-inferred' && m.precision === 'day' && m.month !== undefined && m.day !== undefined) return inHeadYear(sc, m, head);
    if (!head || m.resolution !== 'relative' || /\d/.test(m.text)) return m;
    const opts = { weekday: m.weekday, weekdayStart: m.weekdayStart, weekdayEnd: m.weekdayEnd };
    if (m.weekday !== undefined && m.weekdayStart === m.start && (m.precision === 'day' || m.precision === 'time')) {
      // The day of that weekday from two days before the head to six after, nearest the head.
      const { from, to } = head;
      const distance = (dn: number) => Math.max(from - dn, dn - to, 0);
      let best: number | undefined;
      for (let dn = from - 2; dn <= to + 6; dn++) if (weekdayOfDayNumber(dn) === m.weekday && (best === undefined || distance(dn) < distance(best))) best = dn;
      if (best === undefined) return m;
      const iso = isoOfDayNumber(best);
      const pod = /T(MO|AF|EV|NI)$/.exec(m.value)?.[1];
      if (m.precision === 'time') return pod ? mention(sc, m.start, m.end, 'TIME', `${iso}T${pod}`, 'time', head.m.resolution, { ...opts, from: iso, to: iso }) : m;
      return mention(sc, m.start, m.end, 'DATE', iso, 'day', head.m.resolution, { ...opts, from: iso, to: iso });
    }
    if (/^\d{4}-W\d\d-WE$/.test(m.value)) {
      // The weekend on or after the head's first day.
      let sat = head.from;
      while (weekdayOfDayNumber(sat) !== 6) sat++;
      return mention(sc, m.start, m.end, 'DATE', `${weekValue(sat)}-WE`, 'week', head.m.resolution, { from: isoOfDayNumber(sat), to: isoOfDayNumber(sat + 1) });
    }
    return m;
  });
}

/**
 * "| 21-24 Apr 2025 | JD Vance visits India | Vance meets Modi on 21 Apr |": a yearless day in a row
 * or entry headed by a dated day is in the year that puts it nearest that day, not in the year the
 * page's date and the row's present tense would give (the next April, from a page of September).
 */
const HEAD_YEAR_DAYS = 31;

function inHeadYear(sc: Scan, m: DateMention, head: { m: DateMention; from: number; to: number }): DateMention {
  const year = Number(head.m.from!.slice(0, 4));
  const distance = (dn: number) => Math.max(head.from - dn, dn - head.to, 0);
  let best: number | undefined;
  for (const y of [year - 1, year, year + 1]) {
    if (!isValidDate(y, m.month!, m.day!)) continue;
    const dn = dayNumber(y, m.month!, m.day!);
    if (best === undefined || distance(dn) < distance(best)) best = dn;
  }
  // Only a day near the head's: "proposed on Oct. 7" under "**June 30, 2026**", or "extended by 90
  // days, to Nov 10" under "Aug 11, 2025", tells a day months from it, whose year the head does not give.
  if (best === undefined || distance(best) > HEAD_YEAR_DAYS) return m;
  const iso = isoOfDayNumber(best);
  // The year the page's date gave is borne out by a head that writes its own: then the text tells it.
  if (iso === m.value) return head.m.resolution === 'explicit' || head.m.resolution === 'year-in-text' ? { ...m, resolution: 'year-in-text' } : m;
  return mention(sc, m.start, m.end, 'DATE', iso, 'day', 'year-in-text', { ...(m.weekday !== undefined ? { weekday: m.weekday, weekdayStart: m.weekdayStart, weekdayEnd: m.weekdayEnd } : {}), month: m.month, day: m.day, from: iso, to: iso });
}

/**
 * "… between the two leaders last week, after Trump said on Tuesday": a weekday after "last week" in
 * its sentence, read as this week's (or today), is that week's day.
 */
function weekdayOfLastWeek(sc: Scan, mentions: DateMention[]): DateMention[] {
  const ref = sc.ref;
  if (!ref) return mentions;
  const monday = ref.dn - ((ref.dow + 6) % 7);
  return mentions.map((m, i) => {
    if (m.weekday === undefined || m.precision !== 'day' || m.resolution !== 'relative' || m.weekdayStart !== m.start || m.weekdayEnd !== m.end || !m.from) return m;
    const dn = dayNumber(Number(m.from.slice(0, 4)), Number(m.from.slice(5, 7)), Number(m.from.slice(8, 10)));
    if (dn < monday || dn > ref.dn) return m;
    const last = mentions.slice(0, i).reverse().find((o) => /^last[ \u00a0]{1,2}week$/i.test(o.text));
    if (!last || !sameSentence(sc.text, last, m) || m.start - last.end > 120) return m;
    const iso = isoOfDayNumber(dn - 7);
    return mention(sc, m.start, m.end, 'DATE', iso, 'day', 'relative', { mod: m.mod, weekday: m.weekday, from: iso, to: iso });
  });
}

/**
 * "the week of Oct. 27", "the week beginning 17 November": the ISO week that holds the day, not the
 * day itself (read as the day, a brief that put the talks on the Wednesday of that week contradicted it).
 */
function weekOfDay(sc: Scan, mentions: DateMention[]): DateMention[] {
  return mentions.map((m) => {
    if (m.type !== 'DATE' || m.precision !== 'day' || !/^(?:\d{4}|XXXX)-\d\d-\d\d$/.test(m.value)) return m;
    const before = /(?:[Tt]he[ \u00a0]{1,2})?[Ww]eek[ \u00a0]{1,2}(?:of|beginning|starting|commencing)[ \u00a0]{1,2}$/.exec(sc.text.slice(Math.max(0, m.start - 26), m.start));
    if (!before) return m;
    const start = m.start - before[0].length;
    if (start > 0 && /[A-Za-z]/.test(sc.text[start - 1])) return m;
    // Without its year the week cannot be numbered: it keeps its day, read as that day's week.
    if (m.value.startsWith('X')) return mention(sc, start, m.end, 'DATE', m.value, 'week', m.resolution, { month: m.month, day: m.day, future: m.future });
    const dn = dayNumber(Number(m.value.slice(0, 4)), Number(m.value.slice(5, 7)), Number(m.value.slice(8, 10)));
    return mention(sc, start, m.end, 'DATE', weekValue(dn), 'week', m.resolution, { future: m.future });
  });
}

/**
 * "next Wednesday, Nov. 12", "this Friday (14 November)", "22 May 2025 (Thursday)": a weekday the
 * text dates at once is that date, when it falls on that weekday, whatever "next" would count to
 * from the page's day.
 */
function weekdayGivenItsDate(sc: Scan, mentions: DateMention[]): DateMention[] {
  // A bracketed weekday that does not fall on the date before it ("2025-07-31 (Wednesday)") is
  // still that date's weekday, as in "Wednesday, 2025-07-31": the date carries it, to be checked.
  const carried = new Map<DateMention, DateMention>();
  const out = mentions.map((m, i) => {
    if (m.weekday === undefined || (m.resolution !== 'relative' && m.resolution !== 'unresolved') || m.precision !== 'day' || /\d/.test(m.text)) return m;
    // The date after it ("next Wednesday, Nov. 12"), or before it in brackets ("22 May 2025 (Thursday)").
    const after = mentions[i + 1];
    const before = mentions[i - 1];
    // ("On 6 July 2025, a Sunday, …": a weekday set beside the date as what day it was is that date.)
    const bracketed = !!before && ((WEEKDAY_IN_BRACKETS.test(sc.text.slice(before.end, m.start)) && /^[ \u00a0]?\)/.test(sc.text.slice(m.end, m.end + 2))) || WEEKDAY_APPOSED.test(sc.text.slice(before.end, m.start)));
    const o = after && DATE_BESIDE.test(sc.text.slice(m.end, after.start)) ? after : bracketed ? before : undefined;
    const day = o?.precision === 'day' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(o.value) : null;
    if (!o || !day) return m;
    if (weekdayOfDayNumber(dayNumber(Number(day[1]), Number(day[2]), Number(day[3]))) !== m.weekday) {
      if (o === before && o.weekday === undefined && o.resolution === 'explicit') carried.set(o, m);
      return m;
    }
    return mention(sc, m.start, m.end, 'DATE', o.value, 'day', o.resolution, { weekday: m.weekday, from: o.value, to: o.value, future: m.future });
  });
  if (!carried.size) return out;
  const gone = new Set(carried.values());
  return out.filter((m) => !gone.has(m)).map((m) => {
    const w = carried.get(m);
    return w ? { ...m, weekday: w.weekday, weekdayStart: w.start, weekdayEnd: w.end } : m;
  });
}
const DATE_BESIDE = /^(?:,[ \u00a0]{0,2}|[ \u00a0]{0,2}\([ \u00a0]?|[ \u00a0]{0,2}[-–—][ \u00a0]{0,2})$/;
const WEEKDAY_IN_BRACKETS = /^[ \u00a0]{0,2}\([ \u00a0]?$/;
const WEEKDAY_APPOSED = /^,[ \u00a0]{1,2}(?:a|which[ \u00a0]{1,2}was[ \u00a0]{1,2}a)[ \u00a0]{1,2}$/i;

/**
 * "on the Tuesday of the week beginning 17 November 2025", "Tuesday and Wednesday of the week of
 * Nov. 17", "on Thursday of last week": a weekday said to be of a named week is that week's day,
 * not the one nearest the page's date.
 */
function weekdayOfNamedWeek(sc: Scan, mentions: DateMention[]): DateMention[] {
  const out = mentions.slice();
  for (let i = 1; i < out.length; i++) {
    const week = /^(\d{4})-W(\d\d)$/.exec(out[i].value);
    const counted = COUNTED_WEEK.test(out[i].text);
    if (!week || (!counted && !/^(?:the[ \u00a0]{1,2})?week\b/i.test(out[i].text))) continue;
    const monday = isoWeekStart(Number(week[1]), Number(week[2]));
    // Back from the week over its weekdays: "Tuesday of", "Tuesday and Wednesday of", "Monday to Wednesday of"
    // (and before a week counted from the text's date, "Thursday last week" as well).
    let gap = counted ? OF_A_COUNTED_WEEK : OF_THE_WEEK;
    for (let k = i - 1; k >= 0; k--) {
      const m = out[k];
      if (!gap.test(sc.text.slice(m.end, out[k + 1].start)) || !bareWeekday(m)) break;
      const iso = isoOfDayNumber(monday + ((m.weekday! + 6) % 7));
      out[k] = mention(sc, m.start, m.end, 'DATE', iso, 'day', out[i].resolution, { weekday: m.weekday, weekdayStart: m.weekdayStart, weekdayEnd: m.weekdayEnd, from: iso, to: iso });
      gap = BETWEEN_WEEKDAYS;
    }
  }
  return out;
}
const OF_THE_WEEK = /^[ \u00a0]{1,2}of[ \u00a0]{1,2}$/;
/** "Thursday of last week", "Tuesday last week", "Monday of next week": a week counted from the text's date. */
const COUNTED_WEEK = /^(?:last|next|this|past|previous|coming|following)[ \u00a0]{1,2}week$/i;
const OF_A_COUNTED_WEEK = /^[ \u00a0]{1,2}(?:of[ \u00a0]{1,2})?$/;
const BETWEEN_WEEKDAYS = /^(?:,?[ \u00a0]{1,2}(?:and|or|to|through|until)[ \u00a0]{1,2}|[ \u00a0]?[-–][ \u00a0]?|,[ \u00a0]{1,2})$/;

/** A weekday standing alone ("Tuesday"), with no day or month written beside it. */
function bareWeekday(m: DateMention): boolean {
  return m.weekday !== undefined && m.weekdayStart === m.start && m.weekdayEnd === m.end && m.precision === 'day';
}

/** The sentence up to `at` states a financial result: a sum, a share, or a result's name. */
function comparesResults(text: string, at: number): boolean {
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return /\$|%|\b(?:cents?|million|billion|net|revenues?|sales|profits?|earnings|income|loss(?:es)?)\b/i.test(stop >= 0 ? before.slice(stop) : before);
}

/** "2025-Q3" → "2024-Q3", "2025-09" → "2024-09": the same part of the year before. */
function aYearBack(value: string): string {
  return `${pad4(Number(value.slice(0, 4)) - 1)}${value.slice(4)}`;
}

function sameSentence(text: string, a: DateMention, b: DateMention): boolean {
  const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  return !/[.!?]["'”’)]?\s|\n/.test(between);
}

// Re-exported for tests and other layers.
export { isoWeekStart, fromDayNumber };
