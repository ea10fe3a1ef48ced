// One source article: decoded text, front matter, title, and the document date with the way it
// was found (front matter, then a dateline, then inference from the text, else unknown).
import { createHash } from 'crypto';
import * as path from 'path';
import { findDateline, findSignatureDate, findWireDatelineSpan, findYearlessStamp, inferDocumentDate, dayOnOrBefore, monthDayOnOrAfter, nearestMonthDay } from '../dates/documentDate';
import { scanUndated } from '../dates/undatedScan';
import { tenseAt } from '../dates/tense';
import { addDays, daysInMonth, isoDate, isValidDate, pad2, weekdayOf } from '../dates/calendar';
import { WEEKDAY_NAMES } from '../dates/lexicon';
import { normaliseDateString } from '../dates/normalise';
import { lineStarts } from '../text/lines';
import type { CorpusProblem, DateMention, DateSource, SourceDocument } from '../types';
import { decodeText } from './decode';
import { readFrontMatter } from './frontMatter';
import { htmlToText } from './html';
import { pageDateOf, type PageDate } from './pageDate';

export interface ParsedArticle {
  doc?: SourceDocument;
  problems: CorpusProblem[];
  /** How the text was made from the decoded bytes (`blanksOf`). */
  blanks?: number[] | null;
  /** A yearless wire dateline's day, when the corpus may give its year (see `corpusNear`). */
  corpusDay?: CorpusDay;
}

/** A yearless wire dateline's day, and the year its text guesses, if any. */
export interface CorpusDay {
  month: number;
  day: number;
  /** The date by the text's own full dates, months away from it: the corpus overrules it only by its sources near the day. */
  guess?: string;
  /** The guess leans on a full date just after the wire's day (a digest's, or history's): only a corpus dated near the day in one other year overrules it. */
  leans?: boolean;
  /** The guess is the first year the wire can be of, after the past its text tells: the corpus may put it later, never earlier. */
  floor?: boolean;
  /** Dated firmly by its own weekdays: it votes for other sources' years as a dateline does (see votingDays). */
  votes?: boolean;
  /** The guess is only the latest year before a schedule the page sets: the corpus may put it earlier, by its nearest sources alone. */
  ceiling?: boolean;
}

export function relativeName(root: string, file: string): string {
  const rel = path.relative(path.dirname(root), file);
  return rel.split(path.sep).join('/');
}

// Where a scraped page's article ends and its links begin: "Related stories", "Read more", ….
const CHROME_HEADING = /^[ \t]*(?:#{1,4}[ \t]*)?(?:(?:相關新聞|相关新闻|延伸閱讀|延伸阅读|相關報道|相关报道|推薦閱讀|推荐阅读|熱門新聞|热门新闻)[ \t]*)?(?:相關新聞|相关新闻|延伸閱讀|延伸阅读|相關報道|相关报道|推薦閱讀|推荐阅读|熱門新聞|热门新闻|related(?:[ \t]+(?:stories|articles|news|coverage|content|reading))?|read[ \t]+more|more[ \t]+(?:on[ \t]+this(?:[ \t]+story)?|stories|from[ \t]+[A-Z][\w ]{1,30})|recommended(?:[ \t]+stories)?|you[ \t]+may[ \t]+also[ \t]+like|also[ \t]+read|latest[ \t]+news|(?:recent|latest|more)[ \t]+(?:press[ \t]+)?releases|recent[ \t]+(?:stories|news|posts|articles)|most[ \t]+(?:read|popular|viewed)|trending(?:[ \t]+(?:now|stories|news))?|top[ \t]+stories|popular(?:[ \t]+stories)?|editor'?s[ \t]+picks)[ \t]*:?[ \t]*$/im;
// A link to another story inside the article ("Also read: Modi thanks Trump for birthday call (Sep 17, 2025)").
const LINK_LINE = /^[ \t]*(?:[-*•][ \t]*)?(?:also[ \t]+read|read[ \t]+(?:more|also)|related|see[ \t]+also|recommended|watch|listen|more(?:[ \t]+live)?[ \t]+coverage)[ \t]*[:|][ \t]*\S[^\n]*$/gim;

/**
 * The text of a source as the index reads it: an HTML page without its tags, and a scraped page
 * without the list of links after its article (their dates are other stories', and dated the page).
 * Offsets and lines are kept: what is left out becomes spaces.
 */
/**
 * A line that is a linked headline with its date at the end ("China opens probe into US chips
 * 2025-09-14"): no sentence ends in it and nothing labels the date (a dateline's "發佈日期:" does);
 * or its full date in brackets ("Copper Tariff Proclamation: First Take (July 31, 2025)").
 */
const LINKED_HEADLINE = /^[ \t]*(?:[-*•][ \t]*)?(?:[^\n.!?:：|]{8,200}?[ \t]\(?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?\)?|[^\n|]{8,200}?[ \t]\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]\d{1,2},[ \t]\d{4}\))[ \t]*$/;

/**
 * A headline that opens on its publication stamp, a date with its clock time ("(2025-10-28 17:40)
 * Trump arrives in Japan, …"): the time says it is a posting, not an event, link or none.
 */
const STAMPED_HEADLINE = /^[ \t]*(?:[-*•][ \t]*)?\(?\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}\)?[ \t]+[^\n.!?]{8,200}$/m;

/** A headline in Chinese characters: a Hong Kong or mainland page's related-news link, even as plain text. */
const CJK = /[\u3400-\u9fff]/;

/**
 * Lists of two or more linked headlines with their dates are blanked: the dates are the links', not
 * the story's. A line counts when it is a link on a saved page (`raw`, the HTML, line for line) or a
 * headline in Chinese characters; an English timeline ("- Washington adds 10% on imports 2025-02-04")
 * is the story's own.
 */
function blankLinkedHeadlines(text: string, raw?: string): string {
  // Most pages: no line ends on a date, nor opens on a time-stamped one.
  if (!/(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?\)?|\d, \d{4}\))[ \t]*$/m.test(text) && !STAMPED_HEADLINE.test(text)) return text;
  const lines = text.split('\n');
  const rawLines = raw?.split('\n');
  const hit = lines.map((l, i) => (LINKED_HEADLINE.test(l) && (rawLines ? /<a\s/i.test(rawLines[i] ?? '') : CJK.test(l))) || STAMPED_HEADLINE.test(l));
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!hit[i]) continue;
    // Neighbours in the list, blank lines between them allowed.
    const near = (step: number) => {
      for (let k = i + step; k >= 0 && k < lines.length; k += step) {
        if (hit[k]) return true;
        if (lines[k].trim()) return false;
      }
      return false;
    };
    if (near(-1) || near(1)) {
      lines[i] = lines[i].replace(/[^\r]/g, ' ');
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

export function articleText(file: string, decoded: string): string {
  const html = /\.html?$/i.test(file);
  const page = html ? htmlToText(decoded) : decoded;
  const text = blankLinkedHeadlines(page.replace(LINK_LINE, (line) => ' '.repeat(line.length)), html ? decoded : undefined);
  const m = CHROME_HEADING.exec(text);
  // Only after some article: a page that opens with such a heading is not cut.
  if (!m || m.index < 400) return text;
  return text.slice(0, m.index) + text.slice(m.index).replace(/[^\n\r]/g, ' ');
}

/**
 * Where the article text differs from the decoded one, as [start, end) pairs of ranges blanked to
 * spaces ([] when it is the same text): kept in the cache, so that a warm start makes the text
 * again without the scans above. Null when the difference is not blanks alone (an HTML page's
 * entities): the text is then derived again.
 */
export function blanksOf(decoded: string, article: string): number[] | null {
  if (article === decoded) return [];
  if (article.length !== decoded.length) return null;
  const out: number[] = [];
  for (let i = 0; i < article.length; i++) {
    if (article.charCodeAt(i) === decoded.charCodeAt(i)) continue;
    let j = i;
    for (; j < article.length && article.charCodeAt(j) !== decoded.charCodeAt(j); j++) if (article.charCodeAt(j) !== 32) return null;
    out.push(i, j);
    i = j;
  }
  return out;
}

/** The decoded text with the ranges of `blanksOf` blanked: the article text again. */
export function withBlanks(decoded: string, blanks: number[]): string {
  if (!blanks.length) return decoded;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < blanks.length; k += 2) {
    parts.push(decoded.slice(at, blanks[k]), ' '.repeat(blanks[k + 1] - blanks[k]));
    at = blanks[k + 1];
  }
  parts.push(decoded.slice(at));
  return parts.join('');
}

/**
 * `corpusNear`: a day the engine reads from the corpus's dated sources, in whose year a yearless
 * wire dateline is read when its own text tells the year only as a guess, or not at all.
 * `corpusNearToldBy`: how another source told that day, when its year came from there ("news.txt gives
 * this day in full", "… gives the day before it in full").
 */
export function parseArticle(root: string, file: string, bytes: Uint8Array, corpusNear?: string, corpusNearToldBy?: string): ParsedArticle {
  const rel = relativeName(root, file);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problems: [{ file: rel, severity: 'warning', message: `skipped: ${decoded.reason}` }] };
  let text = decoded.text;
  // A web page dates itself in tags that blanking removes: read them first.
  const html = /\.html?$/i.test(file);
  const page = html ? pageDateOf(text) : null;
  // The footer's copyright line may sit below the links that articleText blanks.
  const copyrightYear = COPYRIGHT_YEAR.exec(text)?.[1];
  const decodedText = text;
  text = articleText(file, text);
  const blanks = blanksOf(decodedText, text);
  const fm = readFrontMatter(text);
  const problems: CorpusProblem[] = fm.problems.map((p) => ({ ...p, file: rel }));
  const body = text.slice(fm.bodyStart);
  const { date, dateSource, dateNote, dateline, corpusDay } = documentDate(fm.data.date, body, countLines(text, fm.bodyStart), problems, rel, page, copyrightYear, corpusNear, corpusNearToldBy);
  return {
    doc: {
      path: file,
      file: rel,
      text,
      bodyStart: fm.bodyStart,
      title: fm.data.title ?? firstLine(body) ?? path.basename(file),
      // Absent, not undefined: a document read here and one sent from a worker must compare equal.
      ...(fm.data.outlet !== undefined ? { outlet: fm.data.outlet } : {}),
      ...(fm.data.url !== undefined ? { url: fm.data.url } : {}),
      date,
      dateSource,
      dateNote,
      ...(dateline ? { dateline: { start: fm.bodyStart + dateline.start, end: fm.bodyStart + dateline.end } } : {}),
      lineStarts: lineStarts(text),
      hash: createHash('sha1').update(bytes).digest('hex'),
    },
    problems,
    blanks,
    ...(corpusDay ? { corpusDay } : {}),
  };
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function firstLine(body: string): string | undefined {
  const m = /^\s*(?:#+\s*)?(\S[^\r\n]{0,200})/.exec(body);
  return m?.[1].trim();
}

/** How near a full date in the text must be for a yearless wire dateline's year to count as known. */
const WIRE_YEAR_REACH_DAYS = 62;

/** Days before the text's latest full date within which a wire dateline's day is in that date's year. */
const WIRE_SAME_WEEK_DAYS = 14;

/**
 * The year of a yearless wire dateline: nearest the text's dates when they look ahead, otherwise on or
 * after them, unless the text's latest full date is only days after the dateline's day (a digest
 * issued on Friday 17 October leads with "SHANGHAI, Oct 14": the same October, not the next).
 */
function filedDay(month: number, day: number, inferred: { date: string; ahead?: boolean }): string | null {
  const nearest = nearestMonthDay(month, day, inferred.date);
  // (Before the days it looks ahead to, not after: "WASHINGTON, July 31" over a repeal "with effect
  // from July 1, 2027" is no later than July 31, 2026.)
  if (inferred.ahead) return dayOnOrBefore(month, day, inferred.date) ?? nearest;
  if (nearest && nearest <= inferred.date && Date.parse(inferred.date) - Date.parse(nearest) <= WIRE_SAME_WEEK_DAYS * 86_400_000) return nearest;
  return monthDayOnOrAfter(month, day, inferred.date);
}

/** The yearless days the text writes with their weekdays ("Monday, June 30"). */
function writtenWeekdays(mentions: DateMention[]): DateMention[] {
  return mentions.filter((m) => m.weekday !== undefined && m.month !== undefined && m.day !== undefined && !/^\d{4}/.test(m.value));
}

/** The years of the text's explicit dates of that precision (and `also`), with the years beside them. */
function yearsNear(mentions: DateMention[], precision: RegExp, also?: number): { given: Set<number>; near: Set<number> } {
  const given = new Set(mentions.flatMap((m) => (m.resolution === 'explicit' && precision.test(m.value) ? [Number(m.value.slice(0, 4))] : [])));
  if (also !== undefined) given.add(also);
  return { given, near: new Set([...given].flatMap((y) => [y - 1, y, y + 1])) };
}

/**
 * The filing day a year after `filed` when the yearless days the text writes with their weekdays
 * ("Monday, June 30") all fall on them in that year and none does in `filed`'s; else `filed`.
 */
function yearOfWrittenWeekdays(filed: string, month: number, day: number, mentions: DateMention[]): string {
  const written = writtenWeekdays(mentions);
  if (!written.length) return filed;
  const year = Number(filed.slice(0, 4));
  const fitsIn = (y: number) => written.filter((m) => isValidDate(y, m.month!, m.day!) && weekdayOf(y, m.month!, m.day!) === m.weekday).length;
  return fitsIn(year) === 0 && fitsIn(year + 1) === written.length && isValidDate(year + 1, month, day) ? isoDate(year + 1, month, day) : filed;
}

/** How many days before a past it tells a wire may come out, as a digest of what is scheduled: "began on Oct. 1, 2023" under "BRUSSELS, Sept 29". */
const WIRE_DIGEST_DAYS = 14;

/** How many years after the latest past a wire tells it may have been filed, when no year it names fits. */
const WIRE_PAST_REACH_YEARS = 4;

/** What names a law by its year: "the Trade Act of 1974", "the Tariff Act of 1930". */
const LAW_NAMED_BEFORE = /\b(?:Act|Law|Code|Treaty)\s+of\s+$/;

/** A limit set before a date: "to end farm subsidies by the end of 2013", "before 2030". */
const LIMIT_BEFORE = /\b(?:by|before|deadline\s+of)\s+(?:the\s+)?$/i;

/** The words right before a date match `before` ("by " for a limit, "through " for an end). */
function setBefore(body: string, m: DateMention, before: RegExp): boolean {
  return before.test(body.slice(Math.max(0, m.start - 24), m.start));
}

/** The date is set in the text as a limit ahead ("by Aug. 18, 2021"). */
function setAsLimit(body: string, m: DateMention): boolean {
  return setBefore(body, m, LIMIT_BEFORE);
}

/** How far into a wire story its lead sentence's weekday is looked for. */
const LEAD_CHARS = 400;

// (Of "on Tuesday and Wednesday", the later day is the one the wire is filed on; "in the early
// hours of Saturday", "late Friday" tell a day as "on" does; so does a weekday with no word before
// it, in the American style, "approved China's entry Saturday", "the ministry said Tuesday", but
// not one that names another day, "next Monday", "by Friday", "Friday's vote".)
const LEAD_WEEKDAY = /(?:\b(?:on|early|late|overnight|(?:early|small)\s+hours\s+of|(?:morning|afternoon|evening|night)\s+of)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|to|through)\s+)?|(?<=\b[a-z]{2,}\s)(?<!\b(?:next|last|this|coming|past|by|until|till|before|after|since|from|through|every|each|of|that|the|a|an|to|and|or|between|than|for|previous|following)\s))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![’']s)/;
/** Where a lead sentence ends: not at the stop of an initial ("U.S. Commerce Department") or a month's abbreviation ("from Aug. 1, the ministry said on Monday"). */
const LEAD_END = /(?<!\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))[.!?](?:\s|$)|\n/;

/** The first sentence of the text after a wire's dateline (`lead`): what the wire reports. */
export function leadSentence(lead: string): string {
  const end = LEAD_END.exec(lead);
  return end ? lead.slice(0, end.index) : lead;
}

/** The weekday a wire's lead sentence names ("… on Monday gave final approval"), if any. */
function leadWeekday(lead: string): string | undefined {
  const sentence = leadSentence(lead);
  // A day the lead looks ahead to ("will begin charging duties … on Friday", "will witness the
  // signing … on Thursday, a spokesperson said on Tuesday") is after the wire's: the day told is next.
  // (The tense reading of the date layer looks a few words back; a lead's "will" may stand a clause
  // before its weekday.) A verb told in the past just before the weekday ("said on Tuesday", "a notice
  // released on Wednesday") tells its own day, whatever the sentence looks ahead to.
  // Of two told days a few days apart ("said on Tuesday …, and followed up late on Wednesday"), the
  // later is nearer the wire's own.
  let told: string | undefined;
  for (const m of sentence.matchAll(LEAD_WEEKDAY_G)) {
    const before = sentence.slice(Math.max(0, m.index! - 160), m.index!);
    if (!PAST_FORM_JUST_BEFORE.test(before) && LOOKS_AHEAD.test(before)) continue;
    if (!told) told = m[1];
    // (Told in the past itself: not "printed on Tuesday and enters into force on Wednesday".)
    else if (m[1] !== told && daysAfter(told, m[1]) <= LEAD_DAYS_APART && PAST_VERB_NEAR.test(before)) return m[1];
  }
  return told;
}

/** A verb in the past a few words before a day: "followed up late on". */
const PAST_VERB_NEAR = /\b(?:said|told|[a-z]{2,}ed)\b[^.,;]{0,25}$/i;
/** How far apart two days a lead tells may be for the later to stand for the wire's day. */
const LEAD_DAYS_APART = 3;

/** Days from one weekday to the next of another (Tuesday to Wednesday: 1; Friday to Monday: 3). */
function daysAfter(from: string, to: string): number {
  return (WEEKDAY_NAMES.indexOf(to) - WEEKDAY_NAMES.indexOf(from) + 7) % 7;
}
const LEAD_WEEKDAY_G = new RegExp(LEAD_WEEKDAY.source, 'g');

/** A past form in -ed, not one that looks ahead ("expected", "scheduled"). */
const PAST_ED = String.raw`[a-z]{2,}(?<!expect|schedul|plann|slat|propos|intend|need|due)ed`;
/** A verb in the past: "raised", "took", "was". */
const PAST_VERB = new RegExp(String.raw`\b(?:${PAST_ED}|was|were|had|did|took|made|gave|began|rose|fell|won|met|said|told|signed|left|came|went|cut|set|put|sent|held|brought|sought)\b`, 'i');
/** A saying, or a verb in -ed, right before a weekday: "said on Tuesday", "a notice released on Wednesday". */
const PAST_FORM_JUST_BEFORE = new RegExp(String.raw`\b(?:said|says|told\s+\w+|${PAST_ED})\s*$`, 'i');
/** The clause before a weekday looks ahead to it: "will begin …", "is due to …", "plans to …". */
// (The stops of initials, "U.S. imports", are no sentence's end.)
const LOOKS_AHEAD = /\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to|plans?\s+to|is\s+expected\s+to|are\s+expected\s+to)\b(?:[^.;]|(?<=(?:^|[^A-Za-z])[A-Z])\.)*$/i;

/**
 * The year of a yearless wire dateline whose lead tells its day by weekday ("on Monday"): of the
 * years of the text's full dates and those beside them, the only one in which the dateline's day is that
 * weekday. None when no year or more than one fits, or the text gives no full date.
 */
function yearOfLeadWeekday(month: number, day: number, lead: string, mentions: DateMention[], before?: string, body?: string): { date: string; weekday: string; from: string; overnight?: boolean; wide?: boolean } | null {
  const named = leadWeekday(lead);
  if (!named) return null;
  // Full dates, or months when the day must come before a schedule's: a bare year in a wire story
  // is history as often as not ("the 1977 law").
  const { given, near } = yearsNear(mentions, before ? /^\d{4}-\d{2}/ : /^\d{4}-\d{2}-\d{2}/);
  // Before a schedule, the wire is also after the past it tells ("the previous ministerial in June
  // 2022" under "ABU DHABI, March 2 - … in the early hours of Saturday", before "March 31, 2026"):
  // every year between the two is a candidate, and none before that past.
  const fitting = (years: Iterable<number>) => [...years].filter((y) => weekdayFalls(named, y, month, day) && (!before || isoDate(y, month, day) <= before));
  const after = before && body ? latestPast(mentions, before, body) : undefined;
  const between = new Set(near);
  if (after) for (let y = Number(after.slice(0, 4)); y <= Number(before!.slice(0, 4)); y++) between.add(y);
  const bounded = after ? fitting(between).filter((y) => isoDate(y, month, day) >= after) : [];
  // (Where no year between them puts the weekday on the day, the one that puts it on the day before
  // is a story filed overnight: "WASHINGTON, Nov 2 - The White House on Saturday released …" over
  // controls "imposed in April 2025" and before "Nov. 10, 2026" is Nov 2, 2025, a Sunday, not 2024.)
  // (A past told by its month is not the wire's own: "talks resume in October 2026", a future the tense
  // reading took for a past, does not date "LONDON, Oct 17", which would call it "this month".)
  const overnight = after && !bounded.length ? [...between].filter((y) => weekdayFalls(named, y, month, day, 1) && isoDate(y, month, day).slice(0, after.length) > after && isoDate(y, month, day) <= before!) : [];
  if (overnight.length === 1) return { date: isoDate(overnight[0], month, day), weekday: named, from: [...given].sort().join(', '), overnight: true };
  // (A past the tense reading got wrong, "talks resume in October 2026", may leave no year: then it is no bound.)
  const fits = bounded.length ? bounded : fitting(near);
  if (fits.length !== 1) return null;
  // (Found only among the years between a past and a schedule far apart, not beside a year the text
  // gives: one weekday in a decade of years is weak, and the corpus's year may better it.)
  return { date: isoDate(fits[0], month, day), weekday: named, from: [...given].sort().join(', '), ...(near.has(fits[0]) ? {} : { wide: true }) };
}

/** The latest month or day the text gives in full, told in the past tense, before a day (`before`, ISO). */
function latestPast(mentions: DateMention[], before: string, body: string, verb?: RegExp): string | undefined {
  let latest: string | undefined;
  for (const m of mentions) {
    // (A quarter or half told as past, "had fallen sharply in the final quarter of 2025", bounds the
    // wire from its first day.)
    const part = /^\d{4}-[QH]\d$/.test(m.value) && m.from ? m.from : undefined;
    if (m.resolution !== 'explicit' || m.future || (!part && !/^\d{4}-\d{2}/.test(m.value)) || tenseAt(body, m.start, m.end).tense !== 'past') continue;
    // (Not the end a past act set: "extended it in 2015 through September 2025".)
    if (setBefore(body, m, END_SET_BEFORE)) continue;
    if (verb && !verb.test(sentenceAround(body, m.start, m.end))) continue;
    const v = part ?? m.value.slice(0, 10);
    if (v < before && (!latest || v > latest)) latest = v;
  }
  return latest;
}

/** The end a past act set, right before its date: "through", "until", "by the end of". */
const END_SET_BEFORE = /\b(?:through|thru|until|till|by|before)\s+(?:the\s+end\s+of\s+)?$/i;

/** The sentence around [start, end): from the stop before it to the stop after it. */
function sentenceAround(body: string, start: number, end: number): string {
  const from = Math.max(body.lastIndexOf('. ', start), body.lastIndexOf('\n', start)) + 1;
  const stop = body.slice(end).search(/[.!?](?:\s|$)|\n/);
  return body.slice(from, stop < 0 ? body.length : end + stop);
}

/** What a yearless wire's text gives to tell its year: its lead, its dates, and the first day it sets ahead after its past. */
interface WireText {
  lead: string;
  mentions: DateMention[];
  body?: string;
  schedule?: string;
}

/** The one year in which the text gives the wire's own month and day in full ("ends on Sept. 30, 2025"), if one. */
function ownDayInFull(month: number, day: number, mentions: DateMention[]): { date: string; text: string } | undefined {
  const key = `-${pad2(month)}-${pad2(day)}`;
  const found = mentions.filter((m) => m.resolution === 'explicit' && m.precision === 'day' && /^\d{4}-\d\d-\d\d$/.test(m.value) && m.value.endsWith(key));
  const years = new Set(found.map((m) => m.value.slice(0, 4)));
  return years.size === 1 ? { date: found[0].value, text: found[0].text } : undefined;
}

/**
 * The year a yearless wire dateline's text gives by its weekdays when the year chosen otherwise
 * contradicts them: "BRUSSELS, May 16 - … will enter into force on Wednesday, May 17" is 2023
 * (May 17 is a Sunday in 2026, the year its schedule names); "BRUSSELS, Feb 26 - The Commission
 * on Wednesday proposed …" is 2025, not 2027, the year of the schedule it proposed. The chosen
 * year holds while every weekday the text writes beside a day falls on it there and the lead's
 * weekday is the dateline's day or the day before; otherwise the one year near the text's full
 * dates where all of them fall exactly is taken, and none when no year or more than one fits.
 */
function yearTheWeekdaysGive(chosen: string, month: number, day: number, text: WireText, anyNamedYear = false): string {
  const { lead, mentions, body, schedule } = text;
  const written = writtenWeekdays(mentions);
  const named = leadWeekday(lead);
  if (!written.length && !named) return chosen;
  // A written day more than half a year from the dateline's is in the year before or after it.
  const yearOf = (y: number, m: number) => (m - month > 6 ? y - 1 : month - m > 6 ? y + 1 : y);
  const writtenFit = (y: number) => written.every((m) => isValidDate(yearOf(y, m.month!), m.month!, m.day!) && weekdayOf(yearOf(y, m.month!), m.month!, m.day!) === m.weekday);
  const leadIs = (y: number, back: number) => !named || weekdayFalls(named, y, month, day, back);
  const year = Number(chosen.slice(0, 4));
  if (writtenFit(year) && leadIs(year, 0)) return chosen;
  const thisYear = new Date().getUTCFullYear();
  // The latest past the text tells, read once when a rule below needs it: the wire comes after it,
  // and before the first day the text sets ahead of it (`schedule`).
  let past: string | null | undefined;
  const pastTold = () => (past === undefined ? (past = (body && latestPast(mentions, '9999', body)) || null) : past) ?? undefined;
  const fitsBetween = (years: Iterable<number>, from: string) =>
    [...years].filter((y) => y <= thisYear && isValidDate(y, month, day) && writtenFit(y) && leadIs(y, 0) && isoDate(y, month, day) >= from && (!schedule || isoDate(y, month, day) <= schedule));
  // ("WASHINGTON, Oct 24 - Trump said late on Thursday …": a lead's "late" weekday the day before the
  // dateline's is the overnight story the chosen year makes it, whatever year puts it on the day itself.)
  if (writtenFit(year) && leadIs(year, 1) && LATE_WEEKDAY.test(leadSentence(lead))) return chosen;
  if (writtenFit(year) && leadIs(year, 1)) {
    // A lead's weekday the day before the dateline's is a story filed overnight; but a year that
    // puts it on the dateline's day itself, after the past the text tells and before a schedule it
    // sets, is the plainer reading: the one year between that past and that schedule ("MEXICO CITY,
    // April 15 - … said on Tuesday", after "May 7, 2019" and before duties that "would start to apply
    // on July 14, 2025"); and where the corpus chose the year, a year the text names or one beside
    // it ("CANBERRA, May 18 - … said on Monday" over sales "in 2019": 2020), of several the latest,
    // as below; else the year before or after the corpus's ("HANOI, Nov 15 - … signed on Sunday": 2020).
    // (Without a past to bound them, those years are no surer than an overnight filing: "TOKYO,
    // Sept 5 - Trump signed an executive order on Thursday" is Sept 4, 2025.)
    const from = pastTold();
    if (!from) return chosen;
    const fitsExactly = (years: Iterable<number>) => fitsBetween(years, from);
    if (schedule) {
      const between = fitsExactly(yearsFromTo(Number(from.slice(0, 4)), Number(schedule.slice(0, 4))));
      if (between.length === 1) return isoDate(between[0], month, day);
    }
    if (!anyNamedYear) return chosen;
    const named = fitsExactly(yearsNear(mentions, /^\d{4}/).near);
    if (named.length) return isoDate(Math.max(...named), month, day);
    const beside = fitsExactly([year - 1, year + 1]);
    return beside.length === 1 ? isoDate(beside[0], month, day) : chosen;
  }
  const fitting = (precision: RegExp) => [...yearsNear(mentions, precision, year).near].filter((y) => isValidDate(y, month, day) && writtenFit(y) && leadIs(y, 0));
  // (Never before the past the text tells: "WASHINGTON, May 14 - … on Tuesday" beside history of July
  // 6, 2018 is not 2019 when the text goes on to a review "launched in May 2022".)
  const fits = fitting(/^\d{4}-\d{2}-\d{2}/).filter((y) => !pastTold() || isoDate(y, month, day) >= pastTold()!);
  // (Of several such years, the one after the past the text tells: "WASHINGTON, Feb 13 - … agreed on
  // Thursday" near "24 February 2020" and the "2024" of a trade figure is 2025, not 2020.)
  const pastOfMany = fits.length > 1 ? pastTold() : undefined;
  const afterPast = pastOfMany ? fitsBetween(fits, pastOfMany) : [];
  if (afterPast.length === 1) return isoDate(afterPast[0], month, day);
  // (A year the corpus chose may be far from the text's full dates, or the text may give none: then
  // the years it names at all, "the last four months of 2020", are candidates.)
  // (Nor years well before the past the text tells, though a digest may come out days before it.)
  const told = pastTold();
  const floor = told && addDays(told.length === 7 ? `${told}-01` : told, -WIRE_DIGEST_DAYS);
  let wider = anyNamedYear && !fits.length ? fitting(/^\d{4}/).filter((y) => y <= thisYear && (!floor || isoDate(y, month, day) >= floor)) : fits;
  // (A wire is filed after the past it tells: "SYDNEY, Aug 4 - … said on Friday, lifting a barrier
  // put up in May 2020" is 2023, not 2017, the year of a sales figure it quotes. The years from
  // that past to the latest the text names are candidates too, or, where none of them fits, the one
  // year of the next few that does: "applied in September 2021" over "AUCKLAND, July 16 - … on
  // Sunday" is 2023. A past that leaves no year is no bound.)
  const pastOfNone = !fits.length ? pastTold() : undefined;
  if (pastOfNone) {
    const from = Number(pastOfNone.slice(0, 4));
    // (Not a year it looks ahead to, "subsidies to end by the end of 2013": the wire came before it.)
    const named = new Set(yearsNear(mentions.filter((m) => !m.future && !(body && setAsLimit(body, m))), /^\d{4}/, year).near);
    for (const y of yearsFromTo(from, Math.max(...named))) named.add(y);
    let bounded = fitsBetween(named, pastOfNone);
    if (!bounded.length) {
      const next = fitsBetween(yearsFromTo(from, from + WIRE_PAST_REACH_YEARS), pastOfNone);
      if (next.length === 1) bounded = next;
    }
    // (A year the text's full dates gave is only overruled by one other.)
    if (bounded.length && (anyNamedYear || bounded.length === 1)) wider = bounded;
  }
  if (wider.length === 1) return isoDate(wider[0], month, day);
  // (Of several years the text names, a wire tells of the past ones: "launched in June 2015, three
  // years after leaders first agreed in 2012" under "KIGALI, March 21 - … signed on Wednesday" is
  // 2018, the latest in which March 21 was a Wednesday.)
  if (anyNamedYear && !fits.length && wider.length > 1) return isoDate(Math.max(...wider), month, day);
  // (Where no year the text names will do, and the lead's weekday falls neither on the corpus's
  // year's day nor the day before, the corpus's guess is wrong, not the lead: the nearest year that
  // puts the weekday on the day, within two, "WASHINGTON, March 5 - Bush on Tuesday imposed tariffs"
  // in a corpus of late 2003 is 2002.)
  if (anyNamedYear && !wider.length && named && !leadIs(year, 0) && !leadIs(year, 1)) {
    const from = pastTold() ?? '0000';
    const order = [year - 1, year + 1, year - 2, year + 2, year - 3, year + 3];
    const near = fitsBetween(order, from);
    // (A wire looks no further ahead than the year after its own: "BRUSSELS, Dec 14 - … signed … on
    // Wednesday", which sets a vote for "the first quarter of 2024", is the overnight story of
    // Wednesday, Dec 13, 2023, not of Dec 14, 2022, a Wednesday, when 2024 was the year after next.
    // Where no nearer year does better, the lead's day stands: "expire in March 2005" is as far from
    // 2003 as from 2002.)
    const latestNamed = Math.max(...yearsNear(mentions, /^\d{4}/).given);
    const looksNear = (y: number) => latestNamed <= y + 1;
    if (near.length && !looksNear(near[0])) {
      const overnight = order.filter((y) => y <= thisYear && isValidDate(y, month, day) && writtenFit(y) && leadIs(y, 1) && isoDate(y, month, day) >= from);
      if (overnight.length && looksNear(overnight[0])) return isoDate(overnight[0], month, day);
    }
    if (near.length) return isoDate(near[0], month, day);
  }
  // (Nor is a wire filed before the past it tells, whatever year the corpus chose: "NEW DELHI, Jan 8 -
  // … on Monday" after shipments that "had fallen sharply in the final quarter of 2025" is 2026,
  // though no year near puts Monday on Jan 8 or the day before.)
  if (anyNamedYear && told && floor && chosen < floor) {
    const after = yearsFromTo(Number(told.slice(0, 4)), Number(told.slice(0, 4)) + 1).find((y) => isValidDate(y, month, day) && isoDate(y, month, day) >= told);
    if (after !== undefined && after <= thisYear) return isoDate(after, month, day);
  }
  return chosen;
}

/** "late on Thursday", "late Thursday", "Thursday night", "overnight on Thursday": a day's end, from which a story is filed the next. */
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
const LATE_WEEKDAY = new RegExp(`\\b(?:(?:late|overnight)\\s+(?:on\\s+)?${WEEKDAY}|${WEEKDAY}\\s+(?:night|evening))\\b`);

/** The years from `from` to `to`, both in. */
function yearsFromTo(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

/** The lead names a weekday that falls neither on the wire's day nor the day before in `date`'s year. */
function leadDenies(month: number, day: number, lead: string, date: string): boolean {
  const named = leadWeekday(lead);
  const year = Number(date.slice(0, 4));
  return !!named && !weekdayFalls(named, year, month, day) && !weekdayFalls(named, year, month, day, 1);
}

/** The lead's weekday falls on the wire's day in `date`'s year or on one of the `days` days before it. */
function leadWithinDaysBefore(month: number, day: number, lead: string, date: string, days: number): boolean {
  const named = leadWeekday(lead);
  const year = Number(date.slice(0, 4));
  if (!named) return false;
  for (let back = 0; back <= days; back++) if (weekdayFalls(named, year, month, day, back)) return true;
  return false;
}

/** The weekday `named` falls on that day of `year` (`back` 0) or on the day before it (`back` 1). */
function weekdayFalls(named: string, year: number, month: number, day: number, back = 0): boolean {
  return isValidDate(year, month, day) && WEEKDAY_NAMES[(weekdayOf(year, month, day) + 7 - back) % 7] === named;
}

/**
 * A wire's year taken from the corpus is borne out when its lead's weekday falls on the dateline's
 * day in that year ("BRUSSELS, Sept 29 - … governments on Monday gave final approval", in 2025):
 * two signals agree, and the page is as firmly dated as by a dateline with its year.
 */
function corpusYearBorneOut(month: number, day: number, lead: string, date: string): { dateSource: DateSource; also: string } {
  const named = leadWeekday(lead);
  const year = Number(date.slice(0, 4));
  if (!named || !weekdayFalls(named, year, month, day)) return { dateSource: 'inferred', also: '' };
  return { dateSource: 'dateline', also: `, where it falls on the ${named} its lead names` };
}

/** A line near the top that gives only a month and year ("*Analysis | January 2025*", "March 2024"). */
const MONTH_STAMP = /^[\s*_#>|-]{0,6}(?:[A-Za-z][A-Za-z ]{0,30}\s{0,2}[|·•—–:,]\s{0,3})?(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s{1,3}(?<y>(?:19|20)\d\d)[\s*_|]*$/;

function monthStamp(body: string): { month: string; text: string } | undefined {
  let seen = 0;
  for (const line of body.split('\n', 40)) {
    if (!line.trim()) continue;
    if (++seen > 6) break;
    const r = MONTH_STAMP.exec(line);
    if (r?.groups) return { month: `${r.groups.y}-${pad2(MONTH_INDEX[r.groups.m])}`, text: line.trim() };
  }
  return undefined;
}
const MONTH_INDEX: Record<string, number> = { January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12 };

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return isoDate(y, m, daysInMonth(y, m));
}

/** "© 2025 Meridian Wire", "(c) Meridian Wire 2025", "Copyright 2024-2025": the last year a page claims. */
const COPYRIGHT_YEAR = /(?:©|\([cC]\)|\bcopyright\b)[^\d\n]{0,40}?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b/i;

/** How far into the body a page's one full date may stand and still be its stamp, not history. */
const LONE_DATE_STAMP_CHARS = 300;

/** Why a page's latest full date is history, not its day: it is its one date, below its top, or the text tells a later month in the past. */
function historyNotDay(inferred: NonNullable<ReturnType<typeof inferDocumentDate>>, mentions: DateMention[], body: string): string | undefined {
  if (!inferred.told && !inferred.ahead) {
    const later = latestPast(mentions, '9999', body, PAST_VERB);
    if (later && later.length === 7 && later > inferred.date.slice(0, 7)) return `its latest full date, "${inferred.date}", is history: it tells of ${later} after it`;
  }
  if (inferred.lone !== undefined && inferred.lone >= LONE_DATE_STAMP_CHARS) return `"${mentions.find((m) => m.start === inferred.lone)?.text ?? inferred.date}", its one full date, is history`;
  return undefined;
}

function documentDate(
  fmDate: string | undefined,
  body: string,
  bodyLine: number,
  problems: CorpusProblem[],
  rel: string,
  page: PageDate | null,
  copyrightYear: string | undefined,
  corpusNear?: string,
  corpusNearToldBy?: string,
): { date: string | null; dateSource: DateSource; dateNote: string; dateline?: { start: number; end: number }; corpusDay?: CorpusDay } {
  // How a note names the year `corpusNear` gave: by the source that writes the day out, or by the sources near it.
  const corpusYear = (near: string) => (corpusNearToldBy ? `the year ${corpusNearToldBy}` : near);
  if (!fmDate && page) {
    // A saved web page says when it was published; a visible dateline is still kept out of the facts.
    const dl = findDateline(body) ?? findWireDatelineSpan(body);
    return { date: page.date, dateSource: 'page-metadata', dateNote: page.note, ...(dl ? { dateline: { start: dl.start, end: dl.end } } : {}) };
  }
  if (fmDate) {
    const d = normaliseDateString(fmDate);
    if (d) {
      // A dateline under front matter is still the filing date, never an event's: keep its span.
      const dl = findDateline(body);
      return { date: d, dateSource: 'front-matter', dateNote: `front matter date "${fmDate}"`, ...(dl ? { dateline: { start: dl.start, end: dl.end } } : {}) };
    }
    problems.push({ file: rel, line: 1, severity: 'warning', message: `front matter date "${fmDate}" is not a date this tool can read; looking in the text instead` });
  }
  const dateline = findDateline(body);
  if (dateline) {
    const quoted = body.slice(dateline.start, dateline.end).trim().replace(/\s+/g, ' ');
    return { date: dateline.date, dateSource: 'dateline', dateNote: `dateline "${quoted}" on line ${bodyLine + dateline.line + 1}`, dateline: { start: dateline.start, end: dateline.end } };
  }
  const signed = findSignatureDate(body);
  if (signed) {
    const quoted = body.slice(signed.start, signed.end).trim().replace(/\s+/g, ' ');
    return { date: signed.date, dateSource: 'dateline', dateNote: `signature date "${quoted}" on line ${bodyLine + signed.line + 1}`, dateline: { start: signed.start, end: signed.end } };
  }
  // A yearless wire dateline cannot date the article, but its span is kept out of the facts.
  const wire = findWireDatelineSpan(body) ?? findYearlessStamp(body);
  const span = wire ? { dateline: { start: wire.start, end: wire.end } } : {};
  // The wire's lead (whose weekday may tell its day) and its dateline as a note quotes it.
  const lead = wire ? body.slice(wire.end, wire.end + LEAD_CHARS) : '';
  const quoted = wire ? body.slice(wire.start, wire.end).trim() : '';
  // (Not the year in a law's name, "Section 201 of the Trade Act of 1974": it dates the law, not the page.)
  const mentions = scanUndated(body).filter((m) => (!wire || m.start >= wire.end || m.end <= wire.start) && !(m.precision === 'year' && LAW_NAMED_BEFORE.test(body.slice(Math.max(0, m.start - 12), m.start))));
  let inferred = inferDocumentDate(mentions, body);
  // A page that claims "© 2025" was not written in 1987, the year of the speech it quotes: its
  // latest full date is history, not its own day.
  if (inferred && copyrightYear && Number(inferred.date.slice(0, 4)) < Number(copyrightYear) - 1) inferred = null;
  // "*Analysis | January 2025*" under the title: the page's own month. Its text's latest full date
  // may be a schedule ("30 June 2026 – obligations apply …"): the page is of its month, not of that.
  const stamp = !wire ? monthStamp(body) : undefined;
  if (stamp && (!inferred || inferred.date.slice(0, 7) !== stamp.month)) {
    const date = inferred && inferred.date > stamp.month ? lastDayOf(stamp.month) : `${stamp.month}-01`;
    return { date, dateSource: 'inferred', dateNote: `the page's month stamp "${stamp.text}" (no day given)`, ...span };
  }
  // "JOHANNESBURG, Sept 30 - … set to expire at midnight on Tuesday … ends on Sept. 30, 2025": the
  // text names the wire's own day in full, in one year, and that year is the wire's (when the
  // text's weekdays agree).
  // (Not a limit a year on, "would normally be completed by Aug. 18, 2021"; and the lead's weekday,
  // if it names one, falls on the day itself.)
  const ownDay = wire?.month && wire.day ? ownDayInFull(wire.month, wire.day, mentions.filter((m) => !setAsLimit(body, m))) : undefined;
  const leadDay = leadWeekday(lead);
  if (ownDay && wire && (!leadDay || weekdayFalls(leadDay, Number(ownDay.date.slice(0, 4)), wire.month!, wire.day!, 0)) && yearTheWeekdaysGive(ownDay.date, wire.month!, wire.day!, { lead, mentions, body }) === ownDay.date) {
    return { date: ownDay.date, dateSource: 'dateline', dateNote: `wire dateline "${quoted}", in ${ownDay.date.slice(0, 4)}, the year of its own day as the text gives it in full ("${ownDay.text}")`, ...span };
  }
  // The wire's own day is the filing day; the text's full dates only say which year it falls in.
  // Filed after the past it reports ("opened the probe on Jan. 5, 2024" under "BEIJING, Oct. 8"
  // is October 2024); before the deadlines it announces, in the nearest year.
  // When every full date looks ahead ("ships report from Jan. 1, 2028"), they only bound the year
  // from above: the lead's weekday ("voted on Friday") picks it among the years the text names.
  const beforeSchedule = inferred?.ahead && wire?.month && wire.day ? yearOfLeadWeekday(wire.month, wire.day, lead, mentions, inferred.date, body) : null;
  // "SANTIAGO, July 31" over a story whose one full date is history ("in force since January 1, 2004")
  // but which names its own year ("its 2025 U.S. sales"): the wire was filed in that year.
  const named = inferred?.named && wire?.month && wire.day && isValidDate(inferred.named.year, wire.month, wire.day) ? inferred.named : undefined;
  // Where the text's weekdays say otherwise, they decide (see yearTheWeekdaysGive).
  const byWeekdays = (date: string, anyNamedYear = false) => (wire?.month && wire.day ? yearTheWeekdaysGive(date, wire.month, wire.day, { lead, mentions, body, schedule: inferred?.schedule }, anyNamedYear) : date);
  const weekdaysSay = (date: string) => `wire dateline "${body.slice(wire!.start, wire!.end).trim()}", in ${date.slice(0, 4)}, the year near the text's dates that the weekdays it gives and the past it tells point to`;
  // A year the corpus gave, which the text's weekdays deny: the year they give instead. (It is kept
  // when the corpus changes: the weekdays, not the corpus's vote, chose it.)
  // (A year another source told by writing the day out in full is only denied by weekdays that fit
  // neither the day nor the day before it: "WASHINGTON, April 15 - … said on Monday" is a story filed
  // overnight in that year, not one of the day itself in the year beside it.)
  const weekdaysDeny = (byCorpus: string | null) => {
    const told = byCorpus ? byWeekdays(byCorpus, !corpusNearToldBy) : byCorpus;
    return told && told !== byCorpus ? { date: told, dateSource: 'dateline' as const, dateNote: weekdaysSay(told), ...span } : undefined;
  };
  // A wire whose year the text only bounds from below (`floor`, see CorpusDay) is put in the corpus's
  // year when the corpus holds its day later, unless the text's weekdays deny that year.
  const laterByCorpus = (floor: string, after: string, corpusDay: { corpusDay: CorpusDay }) => {
    const byCorpus = corpusNear && wire?.month && wire.day ? nearestMonthDay(wire.month, wire.day, corpusNear) : null;
    if (!byCorpus || byCorpus <= floor) return undefined;
    const denied = weekdaysDeny(byCorpus);
    if (denied) return { ...denied, ...corpusDay };
    const { dateSource, also } = corpusYearBorneOut(wire!.month!, wire!.day!, lead, byCorpus);
    return { date: byCorpus, dateSource, dateNote: `wire dateline "${quoted}", in ${byCorpus.slice(0, 4)}, ${corpusYear("the year of the corpus's sources near it")}, after ${after}${also}`, ...span, ...corpusDay };
  };
  if (named && wire?.month && wire.day) {
    const date = isoDate(named.year, wire.month, wire.day);
    const told = byWeekdays(date);
    if (told !== date) return { date: told, dateSource: 'dateline', dateNote: weekdaysSay(told), ...span };
    // (That year bounds the wire from below, as its past does: the corpus may put it later.)
    const corpusDay = { corpusDay: { month: wire.month, day: wire.day, guess: date, floor: true } };
    const later = laterByCorpus(date, `the year the text names ("${named.text}")`, corpusDay);
    if (later) return later;
    return { date, dateSource: 'inferred', dateNote: `wire dateline "${quoted}", in ${named.year}, the year the text names as its own ("${named.text}"); its full dates are history`, ...span, ...corpusDay };
  }
  const filedAfter = inferred && wire?.month && wire.day ? filedDay(wire.month, wire.day, inferred) : null;
  // "OTTAWA, June 29" over a law "passed on June 20, 2024" whose text says "Monday, June 30": that is
  // 2025 (in 2024 June 30 was a Sunday). The weekdays the text writes beside yearless days move the
  // filing a year on when every one of them fits that year and none fits the first.
  const filed = filedAfter && wire?.month && wire.day && !inferred!.ahead ? yearOfWrittenWeekdays(filedAfter, wire.month, wire.day, mentions) : filedAfter;
  if (filed && wire && filed !== filedAfter) {
    return { date: filed, dateSource: 'dateline', dateNote: `wire dateline "${quoted}", in ${filed.slice(0, 4)}, after ${inferred!.note.replace(/^inferred from /, '')}, the first year in which the weekdays the text gives its days fall on them`, ...span };
  }
  // "BRUSSELS, March 27 - The Commission on Tuesday cut …" over history of 2016 and a limit of
  // 2026: 2018 is the one year between that puts March 27 on a Tuesday, but in a corpus of 2025 the
  // story is of 2025, its Tuesday two days before; the corpus's year stands when the lead's weekday
  // falls within the days just before the wire's day there. (The engine reads it again with the
  // corpus's day: see `corpusDay`.)
  const bySchedule = beforeSchedule && wire
    ? { date: beforeSchedule.date, dateSource: 'dateline' as const, dateNote: `wire dateline "${quoted}", in ${beforeSchedule.date.slice(0, 4)}, the one year near ${beforeSchedule.from} and before ${inferred!.date} in which ${beforeSchedule.overnight ? 'the day before it' : 'it'} falls on the ${beforeSchedule.weekday} its lead names`, ...span }
    : undefined;
  if (beforeSchedule?.wide && bySchedule && wire) {
    const corpusDay = { corpusDay: { month: wire.month!, day: wire.day!, guess: beforeSchedule.date } };
    const byCorpus = corpusNear ? nearestMonthDay(wire.month!, wire.day!, corpusNear) : null;
    if (byCorpus && byCorpus !== beforeSchedule.date && byCorpus < inferred!.date && leadWithinDaysBefore(wire.month!, wire.day!, lead, byCorpus, 3)) {
      return { date: byCorpus, dateSource: 'inferred', dateNote: `wire dateline "${quoted}", in ${byCorpus.slice(0, 4)}, ${corpusYear("the year in which the corpus's dated sources are nearest it")}, where the ${beforeSchedule.weekday} its lead names falls days before it`, ...span, ...corpusDay };
    }
    return { ...bySchedule, ...corpusDay };
  }
  if (bySchedule && bySchedule.date !== filed) return bySchedule;
  if (filed && wire) {
    // Within two months of a date the text gives in full, the year is as sure as the day: a
    // dateline. Further off, the text's dates may be history, and the year only a guess.
    // (Not near a day told without a year and put in a full date's year: "on Nov. 7" after "Aug. 24,
    // 2023" is only a guess at 2023, which the corpus may better.)
    // (Nor near a day put in a year the text only names as past, "in January 2020": a later year of
    // the corpus's may be the wire's, "BEIJING, April 4 - … starting April 10" in a corpus of 2025.)
    const near = !inferred!.yearNamedOnly && Math.abs(Date.parse(filed) - Date.parse(inferred!.toldAfter ?? inferred!.date)) <= WIRE_YEAR_REACH_DAYS * 86_400_000;
    const how = inferred!.ahead || filed <= inferred!.date ? 'nearest' : 'on or after';
    const dateNote = `wire dateline "${quoted}", in the year ${how} ${inferred!.note.replace(/^inferred from /, '')}`;
    // A past full date only days after the wire's own day ("BRUSSELS, Sept 29 - …" over "began on
    // Oct. 1, 2023") puts it in that year as a digest would be; history may do the same by chance,
    // so a corpus dated near the day in one other year overrules it (see `decisiveWireDay`).
    const leans = !inferred!.ahead && filed < inferred!.date;
    if (near && leans && corpusNear) {
      const byCorpus = nearestMonthDay(wire.month!, wire.day!, corpusNear);
      // (Unless the text's weekdays deny the corpus's year: see yearTheWeekdaysGive.)
      const denied = weekdaysDeny(byCorpus);
      if (denied) return denied;
      if (byCorpus && byCorpus !== filed) {
        const { dateSource, also } = corpusYearBorneOut(wire.month!, wire.day!, lead, byCorpus);
        return { date: byCorpus, dateSource, dateNote: `wire dateline "${quoted}", in ${byCorpus.slice(0, 4)}, ${corpusYear("the year of the corpus's sources dated near it")} (the text's full date just after it, ${inferred!.date}, was history)${also}`, ...span, corpusDay: { month: wire.month!, day: wire.day!, guess: filed, leans } };
      }
    }
    const told = byWeekdays(filed);
    // (The first year after the past a wire tells in which its weekdays fit is a floor as well: the
    // corpus's sources of a later season may hold its own year, "WASHINGTON, July 30 - … on Wednesday"
    // over history of 2012 in a corpus of 2025, where July 30 is a Wednesday too.)
    if (told !== filed && how === 'on or after' && !near) {
      const corpusDay = { corpusDay: { month: wire.month!, day: wire.day!, guess: told, floor: true } };
      const later = laterByCorpus(told, `${told.slice(0, 4)}, the first year after the past it tells in which its weekdays fit`, corpusDay);
      if (later) return later;
      return { date: told, dateSource: 'dateline', dateNote: weekdaysSay(told), ...span, corpusDay: { ...corpusDay.corpusDay, votes: true } };
    }
    if (told !== filed) return { date: told, dateSource: 'dateline', dateNote: weekdaysSay(told), ...span };
    // (A lead whose weekday falls neither on the day nor the day before in that year says the year
    // is wrong, however near the text's dates: "BRUSSELS, Sept 24 - … a notice released on
    // Wednesday" over history of July 2018 is not 2018, a Monday; the corpus may better it.)
    // (One full date alone may be history as well as news: "WASHINGTON, July 10 - … on Wednesday" over
    // "On May 17, 2019, Washington agreed to lift the duties" in a corpus of 2024 is 2024, where July 10
    // is a Wednesday too. Where the corpus's dated sources put the day in another year, they decide.)
    // (The engine reads such a wire again with the corpus's day: see `corpusDay`.)
    const lone = inferred!.lone !== undefined;
    const loneOutvoted = lone && !!corpusNear && nearestMonthDay(wire.month!, wire.day!, corpusNear)?.slice(0, 4) !== filed.slice(0, 4);
    if (near && !loneOutvoted && !leadDenies(wire.month!, wire.day!, lead, filed)) return { date: filed, dateSource: 'dateline', dateNote, ...span, ...(leans || lone ? { corpusDay: { month: wire.month!, day: wire.day!, guess: filed, ...(leans ? { leans } : {}) } } : {}) };
    // Months from the text's dates, the year is a guess that the corpus may better (the engine
    // passes `corpusNear` when its dated sources cluster around this day in one year).
    const corpusDay = { corpusDay: { month: wire.month!, day: wire.day!, guess: filed, ...(how === 'on or after' ? { floor: true } : {}) } };
    const byCorpus = corpusNear ? nearestMonthDay(wire.month!, wire.day!, corpusNear) : null;
    // "WASHINGTON, March 8 - Trump on Thursday signed …" over history of 2017 in a corpus of 2022:
    // Thursday puts it in 2018.
    const denied = weekdaysDeny(byCorpus);
    if (denied) return denied;
    if (byCorpus && byCorpus !== filed) {
      const { dateSource, also } = corpusYearBorneOut(wire.month!, wire.day!, lead, byCorpus);
      return { date: byCorpus, dateSource, dateNote: `wire dateline "${quoted}", in ${byCorpus.slice(0, 4)}, ${corpusYear("the year in which the corpus's dated sources are nearest it")} (the text's own dates are months away)${also}`, ...span, ...corpusDay };
    }
    const borne = corpusYearBorneOut(wire.month!, wire.day!, lead, filed);
    return { date: filed, dateSource: borne.dateSource, dateNote: dateNote + borne.also, ...span, ...corpusDay };
  }
  // A page whose full dates all look ahead ("the quota rises from January 1, 2026") was written
  // after the days it tells of without a year ("signed the order on November 14"), not on its schedule.
  // (A wire's own day is surer: its year alone is taken from the schedule, above.)
  // Which year that was, only the schedule bounds: the latest year before it is a guess, which the
  // corpus's dated sources better when they cluster around the day in an earlier year (the engine
  // passes `corpusNear`, and reads the page again when they change).
  const told = inferred?.ahead ? inferred.told : undefined;
  if (told && !wire) {
    const month = Number(told.date.slice(5, 7));
    const day = Number(told.date.slice(8, 10));
    const byCorpus = corpusNear ? nearestMonthDay(month, day, corpusNear) : null;
    const corpusDay = { corpusDay: { month, day, guess: told.date, ceiling: true } };
    if (byCorpus && byCorpus !== told.date && byCorpus < inferred!.date) {
      return { date: byCorpus, dateSource: 'inferred', dateNote: `${told.note}, in ${byCorpus.slice(0, 4)}, ${corpusYear("the year in which the corpus's dated sources are nearest it")}`, ...span, ...corpusDay };
    }
    return { date: told.date, dateSource: 'inferred', dateNote: told.note, ...span, ...corpusDay };
  }
  // A page's one full date, told below its top, is history ("signed in New Delhi on 10 March 2024" in
  // a story of the pact's entry into force): of 16 probe pages dated by such a date, 15 were dated
  // wrongly, and their relative dates with them. Near the top, where a page stamps its day, it stands.
  // So is a latest full date the text tells a later past after, by its month ("On May 17, 2019,
  // Washington agreed …" in a page that goes on to "In August 2023, Mexico raised tariffs").
  // (Told in a sentence with a verb in the past: "- **April 2026.** Trump is expected …" is no past.)
  // A page that puts the days it tells without a year in a year it only names as past ("its
  // concession was renewed in 2021 for another 25 years … lapsed on 7 May") may be of a later year, as
  // a yearless wire over history may: the corpus's dated sources near the day say which, never one
  // before that year (the engine reads the page again with them: see `corpusDay`).
  if (inferred?.yearNamedOnly && !wire && !stamp) {
    const month = Number(inferred.date.slice(5, 7));
    const day = Number(inferred.date.slice(8, 10));
    const corpusDay = { corpusDay: { month, day, guess: inferred.date, floor: true } };
    const byCorpus = corpusNear ? nearestMonthDay(month, day, corpusNear) : null;
    if (byCorpus && byCorpus > inferred.date) return { date: byCorpus, dateSource: 'inferred', dateNote: `${inferred.note}; in ${byCorpus.slice(0, 4)}, ${corpusYear("the year in which the corpus's dated sources are nearest it")}, not before that year`, ...span, ...corpusDay };
    return { date: inferred.date, dateSource: 'inferred', dateNote: inferred.note, ...span, ...corpusDay };
  }
  if (inferred && !wire && !stamp) {
    const history = historyNotDay(inferred, mentions, body);
    if (history) return { date: null, dateSource: 'unknown', dateNote: `no date in front matter, dateline or text (${history}); relative dates stay unresolved`, ...span };
  }
  if (inferred) return { date: inferred.told?.date ?? inferred.date, dateSource: 'inferred', dateNote: inferred.told?.note ?? inferred.note, ...span };
  // "WASHINGTON, Nov 10 (Wire) - The department on Monday suspended …, until Nov. 9, 2026": with no
  // full date the text looks back to, the lead's weekday is the dateline's day, and of the years the
  // text names, one puts Nov 10 on a Monday.
  // (Those full dates are ends, "until Nov. 9, 2026", "through Oct. 31, 2030": the wire was filed before the first of them.)
  const firstEnd = mentions.filter((m) => m.resolution === 'explicit' && /^\d{4}-\d{2}-\d{2}/.test(m.value)).map((m) => m.value.slice(0, 10)).sort()[0];
  const byWeekday = wire?.month && wire.day ? yearOfLeadWeekday(wire.month, wire.day, lead, mentions, firstEnd, body) : null;
  if (byWeekday && wire) {
    return { date: byWeekday.date, dateSource: 'dateline', dateNote: `wire dateline "${quoted}", in ${byWeekday.date.slice(0, 4)}, the one year near ${byWeekday.from} in which ${byWeekday.overnight ? 'the day before it' : 'it'} falls on the ${byWeekday.weekday} its lead names`, ...span };
  }
  // With no full date in the text, the page's copyright line ("© 2025 Meridian Wire") still tells
  // the year a yearless wire dateline was filed in.
  const { month, day } = wire ?? {};
  if (wire && month && day && copyrightYear && isValidDate(Number(copyrightYear), month, day)) {
    // The day is the wire's own, so the page is as firmly dated as by any dateline.
    return { date: isoDate(Number(copyrightYear), month, day), dateSource: 'dateline', dateNote: `wire dateline "${quoted}", in the year of the page's copyright line`, ...span };
  }
  // Nothing in the text tells the year of "BRUSSELS, Dec 15 (Wire)": it is the one the engine reads
  // from the corpus's dated sources (`corpusNear`, see dates/corpusYears.ts), a guess redone when they change.
  if (wire && month && day) {
    const byCorpus = corpusNear ? nearestMonthDay(month, day, corpusNear) : null;
    const corpusDay = { corpusDay: { month, day } };
    if (byCorpus) {
      // "BRUSSELS, Oct 4 - The Commission launched … on Wednesday" under sources of 2024: the
      // weekday puts it in 2023, the year beside the corpus's where Oct 4 was a Wednesday.
      const denied = weekdaysDeny(byCorpus);
      if (denied) return denied;
      // (Borne out by the lead's weekday, "BRUSSELS, Aug 28 - The European Commission on Thursday
      // proposed …" in a corpus of August 2025, it is as sure as a dateline.)
      const { dateSource, also } = corpusYearBorneOut(month, day, lead, byCorpus);
      return { date: byCorpus, dateSource, dateNote: `wire dateline "${quoted}", in ${byCorpus.slice(0, 4)}, ${corpusYear("the year in which the corpus's dated sources are nearest it")}${also}`, ...span, ...corpusDay };
    }
    return { date: null, dateSource: 'unknown', dateNote: 'a wire dateline without its year, and no year in the text or the corpus; relative dates stay unresolved', ...span, ...corpusDay };
  }
  return { date: null, dateSource: 'unknown', dateNote: 'no date in front matter, dateline or text; relative dates stay unresolved', ...span };
}
