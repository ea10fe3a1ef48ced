// The dates a brief cites, each with the year it is meant in. Writers state the year once and
// then drop it, so a yearless date takes the year of the nearest explicit date before it (or
// after it), and only failing that the year most of the corpus is about.
import { extractDates } from '../dates/extract';
import { weekdayOf } from '../dates/calendar';
import { BOUND_BEFORE, WRITTEN_DATE } from '../dates/lexicon';
import type { DateMention } from '../types';

export type YearSource = 'explicit' | 'brief' | 'corpus' | 'none';

export interface CitedDate {
  mention: DateMention;
  year?: number;
  yearSource: YearSource;
}

const CHECKABLE = new Set(['day', 'range', 'part-of-month', 'month', 'week', 'time']);

function explicitYear(m: DateMention): number | undefined {
  if (m.resolution !== 'explicit') return undefined;
  const y = /^(\d{4})/.exec(m.value);
  return y ? Number(y[1]) : undefined;
}

/** A bare year lends its year only to the dates after it in its sentence ("In 2019, talks began on May 12"). */
function sameSentence(prose: string, a: DateMention, b: DateMention): boolean {
  return !/[.!?]\s|\n\s*\n/.test(prose.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}

// "Dates below fall in 2025", "All dates are 2025 unless stated", "(all dates 2025)", "All dates 2025".
const DECLARED_YEAR = /\b(?:all\s+dates|dates\s+(?:below|above|here|that\s+follow|in\s+this\s+(?:brief|note|memo|paper)))\b(?:[^.\n]{0,30}?\b(?:fall\s+in|are\s+in|are|refer\s+to|in)|:?)\s+((?:19|20)\d\d)\b(?![-–/]\d)/i;

/** The year a brief says its yearless dates are in, if it says so. */
function declaredYear(prose: string): number | undefined {
  const m = DECLARED_YEAR.exec(prose);
  return m ? Number(m[1]) : undefined;
}

/** The day a brief dates itself in its title ("# Morning Briefing — Tuesday, November 11, 2025"), if it does. */
function briefOwnDate(prose: string, mentions: DateMention[]): string | undefined {
  const title = /^\s*#[^\n]*/.exec(prose);
  if (!title) return undefined;
  const end = title.index + title[0].length;
  const m = mentions.find((x) => x.end <= end && x.precision === 'day' && /^\d{4}-\d\d-\d\d$/.test(x.value));
  return m?.value;
}

/** Words that set the date after them ahead of what a brief tells: an entry into force, a deadline, a plan. */
const LOOKS_AHEAD = /\b(?:enters?\s+into\s+force|takes?\s+effect|comes?\s+into\s+(?:force|effect)|will|scheduled|due|set\s+to|expected\s+to|floated|mooted|pencilled|planned|expires?|lapses?|until|through)\b[^.;\n]{0,40}$|\b(?:from|starting|effective|beginning|as\s+of)\s+(?:on\s+)?$/i;

/** A blank line or a heading: where a paragraph ends. */
const PARAGRAPH_BREAK = /\n[ \t]*\n|\n[ \t]*#/;
/** A paragraph break, or a new list item or table row: each item of a list stands alone. */
const ITEM_BREAK = new RegExp(`${PARAGRAPH_BREAK.source}|\\n[ \\t]*(?:[-*+•]|\\d{1,3}[.)]|\\|)[ \\t]`);
/** A sentence's last stop, with any quote or bracket that closes it. */
const SENTENCE_STOP = String.raw`[.!?]["'”’)]*`;
/** The same, or a line that ends a sentence. */
const ITEM_OR_LINE_BREAK = new RegExp(`${ITEM_BREAK.source}|${SENTENCE_STOP}[ \\t]*\\n`);
const ENDS_A_SENTENCE = new RegExp(`${SENTENCE_STOP}\\s*$`);
/** Lines that each end a sentence: at least this many, with no blank line between, make a brief written one claim to a line. */
const CLAIM_LINES = 4;

/**
 * A brief written one claim to a line, with no blank line between them (a list without its marks):
 * each line is an item. A paragraph of a few lines is still one paragraph.
 */
function linesAreItems(prose: string): boolean {
  const body = prose.replace(/^\s*#[^\n]*\n/, '').trim();
  if (PARAGRAPH_BREAK.test(body)) return false;
  const lines = body.split('\n').filter((l) => l.trim());
  return lines.length >= CLAIM_LINES && lines.every((l) => ENDS_A_SENTENCE.test(l));
}

function counts(years: Array<number | undefined>): Map<number, number> {
  const out = new Map<number, number>();
  for (const y of years) if (y !== undefined) out.set(y, (out.get(y) ?? 0) + 1);
  return out;
}

/** The year the brief's own full dates give most often, if any (the fallback year of its weekdays). */
export function commonestYear(cited: CitedDate[]): number | undefined {
  return mainYear(counts(cited.map((c) => (c.yearSource === 'explicit' ? c.year : undefined))), undefined, 1)?.year;
}

/** The year most of the brief's full dates give (the sources' year on a tie), when at least `least` do. */
function mainYear(yearCounts: Map<number, number>, corpusYear?: number, least = 2): { year: number; count: number } | undefined {
  let best: { year: number; count: number } | undefined;
  for (const [year, count] of yearCounts) if (!best || count > best.count || (count === best.count && year === corpusYear)) best = { year, count };
  return best && best.count >= least ? best : undefined;
}

/** A date written with a number or a month's name, not only counted from another ("the same day"). */
export function writtenOut(m: DateMention): boolean {
  return WRITTEN_DATE.test(m.text);
}

export function citedDates(prose: string, corpusYear?: number): CitedDate[] {
  const mentions = extractDates(prose, { referenceDate: null });
  // Full dates lend their year to the yearless dates around them; a bare year only to those after it
  // in its sentence ("on Thursday, October 30, their first meeting since 2019" is not in 2019).
  const years = mentions.map((m) => (m.precision === 'year' || m.precision === 'decade' ? undefined : explicitYear(m)));
  // "its best day since 2009", "through 2029": a bound, not the year of what the sentence tells.
  const bare = mentions.map((m) => (m.precision === 'year' && !BOUND_BEFORE.test(prose.slice(Math.max(0, m.start - 12), m.start)) ? explicitYear(m) : undefined));
  const declared = declaredYear(prose);
  const yearCounts = counts(years);
  const main = mainYear(yearCounts, corpusYear);
  // The year the brief's full days give most (its months may be horizons: "deadlines in April 2026 and October 2026").
  const mainOfDays = mainYear(counts(years.map((y, k) => (mentions[k].precision === 'day' ? y : undefined))), corpusYear);
  const dated = briefOwnDate(prose, mentions);
  const itemBreak = linesAreItems(prose) ? ITEM_OR_LINE_BREAK : ITEM_BREAK;
  const out: CitedDate[] = [];
  mentions.forEach((m, i) => {
    if (m.type !== 'DATE' && m.type !== 'TIME') return;
    if (!CHECKABLE.has(m.precision)) return;
    const own = explicitYear(m);
    if (own !== undefined) {
      out.push({ mention: m, year: own, yearSource: 'explicit' });
      return;
    }
    if (m.month === undefined && !/^XXXX-\d{2}/.test(m.value)) return; // relative or vague: nothing to pin
    // "the previous day", "the same evening": counted from the brief's own dates, they say nothing new
    // and a misreading of the story would make a false warning.
    if (!writtenOut(m)) return;
    let year: number | undefined;
    // "Dates below fall in 2025 unless another year is given": the brief's own rule, over its
    // neighbours' years (a full date in its own sentence still lends its year).
    if (declared !== undefined) {
      for (let k = i - 1; k >= 0 && year === undefined && sameSentence(prose, mentions[k], m); k--) year = years[k] ?? bare[k];
      for (let k = i + 1; k < years.length && year === undefined && sameSentence(prose, mentions[k], m); k++) year = years[k];
      year ??= declared;
    }
    // "from Wednesday, 11 July to Tuesday, 17 July 2018": the first end of a span takes the year
    // written at its other end, before any date of another sentence.
    if (year === undefined && years[i + 1] !== undefined && SPAN_JOIN.test(prose.slice(m.end, mentions[i + 1].start))) year = years[i + 1];
    let nearest: number | undefined;
    // A dated neighbour in another sentence: the tests below say when it lends its year only within its own.
    const elsewhere = (k: number) => years[k] !== undefined && !sameSentence(prose, mentions[k], m);
    const monthElsewhere = (k: number) => elsewhere(k) && mentions[k].precision !== 'day' && mentions[k].precision !== 'range';
    for (let k = i - 1; k >= 0 && year === undefined; k--) {
      // A date after the brief's own ("lapses on November 10, 2026" in a note of November 11, 2025)
      // looks ahead.
      if (dated && elsewhere(k) && mentions[k].value.slice(0, 10) > dated) continue;
      // In a brief that dates itself, a month of another year ("launched in January 2022") is background.
      if (dated && monthElsewhere(k) && years[k] !== Number(dated.slice(0, 4))) continue;
      // So is a month of a year the brief gives far less often than its main one ("Trump's previous
      // trip was in November 2017"), unless it is the sources' own year ("autumn 2025 review" above a
      // close on "14 January 2026").
      if (monthElsewhere(k) && years[k] !== corpusYear && main && years[k] !== main.year && main.count >= 2 * (yearCounts.get(years[k]!) ?? 0)) continue;
      // A date another sentence sets ahead ("enters into force on 1 January 2026", "is scheduled to end
      // by March 25, 2026") does not carry the brief's later dates into its year: they tell what led
      // up to it, in the sources' year.
      if (corpusYear !== undefined && elsewhere(k) && years[k] !== corpusYear && LOOKS_AHEAD.test(prose.slice(Math.max(0, mentions[k].start - 60), mentions[k].start))) continue;
      // So does a month, quarter or half of a year after the sources' ("puts the first deadline in
      // April 2026", "before the second half of 2026"): a horizon, not the year of the days after it.
      // (Not the year the brief's full days give most: "In early December 2024 Washington moved again"
      // in a brief mostly of 2024, over sources mostly of 2023, dates "On Monday, December 2" below it.)
      if (corpusYear !== undefined && monthElsewhere(k) && years[k]! > corpusYear && years[k] !== mainOfDays?.year) continue;
      // A brief that gives no year more than once does not move its later sections or items to the year of
      // a lone full date of another year than the sources' ("The order signed on July 30, 2024" is
      // history, or a slip, for the table of August stoppages below it).
      if (!main && corpusYear !== undefined && elsewhere(k) && years[k] !== corpusYear && yearCounts.get(years[k]!) === 1 && itemBreak.test(prose.slice(mentions[k].end, m.start))) continue;
      year = years[k] ?? (bare[k] !== undefined && sameSentence(prose, mentions[k], m) ? bare[k] : undefined);
      // A full date of a year the brief gives far less often than the one it shares with its sources
      // lends its year only within its paragraph or list item: "applied from May 14, 2024" (history, or a slip) does not date the
      // sections after it.
      // (Unless it goes on from that date and its weekday says so: "Friday, Dec. 6" a day after
      // "Thursday, 5 December 2024" is of 2024.)
      if (year !== undefined && main && year !== main.year && (corpusYear === undefined || corpusYear === main.year) && years[k] !== undefined && main.count >= 2 * (yearCounts.get(year) ?? 0) && itemBreak.test(prose.slice(mentions[k].end, m.start)) && !(weekdayFitsOnly(m, year, main.year) && soonAfter(mentions[k], m, year))) year = main.year;
      // A weekday that does not fall on the day in the year of the nearest date of another sentence
      // looks further back for a year beside it where it does: "Tuesday, 16 December" below "first
      // delayed in December 2024" (a Monday then), under "Friday, 4 December 2025", is of 2025.
      // With none, the nearest year stands, and the weekday is checked in it.
      if (year !== undefined && (elsewhere(k) || SINCE_BEFORE.test(prose.slice(Math.max(0, mentions[k].start - 30), mentions[k].start)))) {
        if (weekdayMisses(m, year)) {
          nearest ??= year;
          year = undefined;
        } else if (nearest !== undefined && Math.abs(year - nearest) > 1) year = nearest;
      }
    }
    year ??= nearest;
    // A later month of another year than the sources' lends its year only within its sentence:
    // "talks had been launched in January 2022" on the next line does not date "Monday 30 June".
    for (let k = i + 1; k < years.length && year === undefined; k++) {
      if (years[k] === undefined || (monthElsewhere(k) && corpusYear !== undefined && years[k] !== corpusYear)) continue;
      // Nor does a later date of another year than the sources' in another paragraph or list item: a table's
      // "until 10 November 2027" below does not put "Wednesday, October 30" above it in 2027.
      if (corpusYear !== undefined && years[k] !== corpusYear && itemBreak.test(prose.slice(m.end, mentions[k].start))) continue;
      year = years[k];
    }
    if (year !== undefined) out.push({ mention: m, year, yearSource: 'brief' });
    else if (corpusYear !== undefined) out.push({ mention: m, year: corpusYear, yearSource: 'corpus' });
    else out.push({ mention: m, yearSource: 'none' });
  });
  return corpusYear === undefined ? out : yearOfWeekdayParagraphs(prose, out, corpusYear);
}

/** What joins the two ends of a span of days: "to", "until", "and", a dash. */
const SPAN_JOIN = /^\s*(?:to|until|till|through|and|[-–—])\s*$/i;

/** "trade commissioner since Saturday, 1 December 2024, met McClay on Monday, 10 March": a state's start, not the sentence's time. */
const SINCE_BEFORE = /\bsince\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?$/i;

/** Whether the mention names a weekday on which its day does not fall in `year`. */
function weekdayMisses(m: DateMention, year: number): boolean {
  const md = m.weekday === undefined ? undefined : monthDayOf(m);
  return !!md && weekdayOf(year, md.month, md.day) !== m.weekday;
}

/** Whether the mention's weekday falls on its day in `year` and not in `other`. */
function weekdayFitsOnly(m: DateMention, year: number, other: number): boolean {
  const md = m.weekday === undefined ? undefined : monthDayOf(m);
  return !!md && weekdayOf(year, md.month, md.day) === m.weekday && weekdayOf(other, md.month, md.day) !== m.weekday;
}

/** The days a yearless day may follow the full date before it and still go on from it. */
const GOES_ON_DAYS = 31;

/** Whether the yearless day `m`, read in `year`, falls on or within a month after the full day `lender`. */
function soonAfter(lender: DateMention, m: DateMention, year: number): boolean {
  const md = monthDayOf(m);
  if (!md || (lender.precision !== 'day' && lender.precision !== 'range') || !/^\d{4}-\d\d-\d\d/.test(lender.value)) return false;
  const gap = (Date.UTC(year, md.month - 1, md.day) - Date.parse(`${lender.value.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
  return gap >= 0 && gap <= GOES_ON_DAYS;
}

/** Month and day of a cited day, if it is one. */
export function monthDayOf(m: DateMention): { month: number; day: number } | undefined {
  if (m.precision !== 'day' && m.precision !== 'time') return undefined;
  const month = m.month ?? Number(m.value.slice(5, 7));
  const day = m.day ?? Number(m.value.slice(8, 10));
  return month && day ? { month, day } : undefined;
}

/**
 * "## The de-escalation / - … sealed it at Busan on Thursday, October 30": a paragraph whose
 * yearless weekdays all fall in the sources' year and none in the year a date above lent it is in
 * the sources' year, and so are its other yearless dates.
 */
function yearOfWeekdayParagraphs(prose: string, cited: CitedDate[], corpusYear: number): CitedDate[] {
  const breaks = [...prose.matchAll(new RegExp(PARAGRAPH_BREAK.source, 'g'))].map((b) => b.index!);
  const lent = new Map<number, CitedDate[]>();
  for (const c of cited) {
    if (c.yearSource !== 'brief' || c.year === corpusYear) continue;
    const paragraph = breaks.filter((b) => b < c.mention.start).length;
    lent.set(paragraph, [...(lent.get(paragraph) ?? []), c]);
  }
  if (!lent.size) return cited;
  const moved = new Set<CitedDate>();
  for (const list of lent.values()) {
    const named = list.filter((c) => c.mention.weekday !== undefined && monthDayOf(c.mention));
    const fits = (c: CitedDate, y: number) => {
      const md = monthDayOf(c.mention)!;
      return weekdayOf(y, md.month, md.day) === c.mention.weekday;
    };
    // Most of them, two at least: the one that fits only the lent year is then a slip in the sources' year
    // ("Monday, 17 November" and "Friday, 14 November" of 2025 beside "Sunday, November 15").
    const sources = named.filter((c) => fits(c, corpusYear) && !fits(c, c.year!)).length;
    const lentOnly = named.filter((c) => fits(c, c.year!)).length;
    if (named.length && (sources === named.length || (sources >= 2 && sources > lentOnly))) for (const c of list) moved.add(c);
  }
  return cited.map((c) => (moved.has(c) ? { ...c, year: corpusYear } : c));
}
