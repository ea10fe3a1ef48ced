// Every dated mention in an article becomes a fact: its date, the clause and sentence around it,
// the entities and places named there, and the kind of event the words signal.
import { mentionKey } from '../entities/registry';
import { exact } from '../exact';
import { firstNotBefore } from '../sorted';
import { findItemDatelines } from '../dates/documentDate';
import { extractDates } from '../dates/extract';
import { takeUndatedScan } from '../dates/undatedScan';
import { WEEKDAY_NAMES } from '../dates/lexicon';
import { lineOf } from '../text/lines';
import { referencePhrase } from '../text/referencePhrase';
import { firstCell, lineStartNear } from '../text/tableRow';
import { clausesFor, withRefinedDays } from '../text/clauses';
import { sentenceAt, splitSentences, type Span } from '../text/sentences';
import { contentTerms } from '../text/terms';
import type { DateMention, EntityMention, EventKind, Fact, FactReliability, SourceDocument } from '../types';
import { endsAState, kindOf } from './kinds';
import { DocumentSignals } from './signals';
import { CAPITALS, LETTERS } from '../text/capitals';

export function documentDates(doc: SourceDocument): DateMention[] {
  const body = doc.text.slice(doc.bodyStart);
  const anchored = doc.dateSource !== 'unknown' ? doc.date : null;
  const dl = doc.dateline;
  const dateline = dl && dl.end > doc.bodyStart ? { start: dl.start - doc.bodyStart, end: dl.end - doc.bodyStart } : undefined;
  const items = findItemDatelines(body, anchored);
  // (An article the scan for its own date found none in was scanned just so: that scan is taken over.)
  const undated = !anchored && !dateline ? takeUndatedScan(body) : undefined;
  if (!items.length) return (undated ?? extractDates(body, { referenceDate: anchored, dateline })).map((m) => shift(m, doc.bodyStart));
  // A digest: each item is read from its own dateline, whose date was filed, not an event's.
  const out: DateMention[] = [];
  const pieces = [{ start: 0, end: items[0].start, ref: anchored, line: dateline }, ...items.map((it, k) => ({ start: it.start, end: items[k + 1]?.start ?? body.length, ref: it.date, line: { start: 0, end: it.end - it.start } }))];
  for (const p of pieces) {
    const line = p.line && p.line.end > 0 && p.line.start < p.end - p.start ? p.line : undefined;
    for (const m of extractDates(body.slice(p.start, p.end), { referenceDate: p.ref, dateline: line })) {
      if (p.start > 0 && line && m.start < line.end) continue;
      out.push(shift(m, doc.bodyStart + p.start));
    }
  }
  return out;
}

/** The first cell of the table row a date sits in, when the date is in a later cell. */
function rowLabel(text: string, sentence: Span, m: DateMention): Span | undefined {
  const lineStart = lineStartNear(text, m.start);
  return lineStart === undefined || lineStart < sentence.start - 1 ? undefined : firstCell(text, lineStart, m.start);
}

// "Washington accused Beijing of violating the Geneva truce on May 30": the date is the accusation's,
// not the truce's, though "truce" stands nearer. Not when the date is set off as another event's
// ("since the talks in September", "the truce agreed on May 12").
const ACCUSED_OF = /\b(?:accused|accuses|accusing|blamed|blames|alleged|alleges)\b[^.;:]{0,80}?\b(?:of|for)\s+(?:having\s+)?\w+ing\b[^.;:]*$/i;
const OTHER_EVENT = /\b(?:since|after|following|before|until|ahead\s+of|agreed|signed|reached|struck|announced|imposed)\b[^.;:]*$/i;

function accusedOf(lead: string): boolean {
  const m = ACCUSED_OF.exec(lead);
  return !!m && !OTHER_EVENT.test(lead.slice(m.index));
}

/**
 * What a date in a source dates: an end after "until", an accusation's day, else the kind whose word
 * stands nearest in its clause (in its sentence when the clause names none).
 */
function kindOfDate(text: string, m: DateMention, sentence: Span, clause: Span, signals: DocumentSignals): EventKind {
  const lead = text.slice(Math.max(sentence.start, m.start - 32), m.start);
  // ("may register within 20 days …, that is, on or before 8 June": a limit.)
  if (endsAState(lead) || LIMIT_ON_OR_BEFORE.test(lead)) return 'deadline';
  if (accusedOf(text.slice(clause.start, m.start))) return 'accusation';
  // "On 16 September, the day Trump flew in, Microsoft announced …": an aside that says what else
  // the day was is no word of what happened on it; the kind is read around it.
  const aside = DATE_ASIDE.exec(text.slice(m.end, Math.min(sentence.end, m.end + 120)));
  if (aside) {
    const before = signals.kindNear(clause.start, m.start, m.start);
    const after = m.end + aside[0].length;
    return before !== 'other' ? before : signals.kindNear(after, sentence.end, after);
  }
  if (signals.kindOf(clause.start, clause.end) === 'other') return signals.kindNear(sentence.start, sentence.end, m.start);
  return signals.kindNear(clause.start, clause.end, m.start);
}

const LIMIT_ON_OR_BEFORE = /\b(?:on\s+or\s+before|no\s+later\s+than)\s+(?:the\s+)?$/i;

/** ", the day Trump flew in,", ", a day after the vote,": an aside right after a date about that day. */
const DATE_ASIDE = /^,\s+(?:the\s+(?:same\s+)?(?:day|date|eve|morning|afternoon|evening|night)|(?:a|one|two|three)\s+days?\s+(?:after|before))\b[^,;.]{0,80},/i;

const LAW_OF = /\b[A-Z][a-z]+\s+(?:Act|Law|Code|Convention|Treaty|Agreement|Charter|Protocol)\s+of\s+$/;
/** A numbered instrument's year: "Announcement No. 57 of 2025", "Decree 1,081 of 2024". */
const NUMBERED_OF = /(?:\b(?:No|Nos|Number)\.?\s*|\b(?:Announcement|Decree|Resolution|Regulation|Order|Circular|Notice|Law|Directive|Decision|Proclamation|Ordinance|Act)\s+)\d[\d,./-]*\s+of\s+$/;

/**
 * A law named as the Commonwealth names it, its year after a comma: "the Export and Import Control
 * Act, 1994", "the Minerals (Prospecting and Mining) Act, 1992", "the Customs Act 1901"; a bill too,
 * in a headline's capitals as well ("TAZARA (AMENDMENT) BILL, 2025").
 */
const LAW_COMMA = /\b[A-Z][A-Za-z]+(?:\s+\([^()]{1,60}\))?\s+(?:Act|Ordinance|Bill|ACT|ORDINANCE|BILL)\s*,?\s+$/;
/** A bare year that ends a law's or treaty's name: "the Trade Act of 1974", "Announcement No. 57 of 2025". */
function inLawName(text: string, m: DateMention): boolean {
  if (m.precision !== 'year') return false;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return LAW_OF.test(before) || NUMBERED_OF.test(before) || LAW_COMMA.test(before);
}

function shift(m: DateMention, by: number): DateMention {
  if (!by) return m;
  const out = { ...m, start: m.start + by, end: m.end + by };
  if (m.weekdayStart !== undefined) out.weekdayStart = m.weekdayStart + by;
  if (m.weekdayEnd !== undefined) out.weekdayEnd = m.weekdayEnd + by;
  return out;
}

// A reporter's question in a transcript ("Q (Reuters): … seized control … on October 12. Will …?")
// asserts nothing: its premise may be what the answer corrects.
const QUESTION_LINE = /^\s*(?:Q|QUESTION|Question)\s*(?:\([^)]{1,40}\)|[A-Z][\w.' -]{0,30})?\s*[:.]\s/;

function inQuestion(m: DateMention, doc: SourceDocument): boolean {
  const start = doc.lineStarts[lineOf(doc.lineStarts, m.start)];
  return QUESTION_LINE.test(doc.text.slice(start, start + 60));
}

// "last Tuesday" in a story of Wednesday: yesterday would have been "on Tuesday", so the writer may
// mean the week before. Either reading is a guess.
const LAST_WEEKDAY = /^last\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const AMBIGUOUS_LAST_DAYS = 2;

function ambiguousLastWeekday(m: DateMention, doc: SourceDocument): boolean {
  if (!LAST_WEEKDAY.test(m.text) || !doc.date || !/^\d{4}-\d\d-\d\d$/.test(m.value)) return false;
  const days = (Date.parse(doc.date.slice(0, 10)) - Date.parse(m.value)) / 86_400_000;
  return days >= 0 && days <= AMBIGUOUS_LAST_DAYS;
}

/** "Nothing comparable exists today", "the rate is today 25%": the present at large, not a day something happened. */
const STATE_BEFORE_TODAY = /\b(?:exists?|is|are|remains?|stands?|looks?|seems?|lives?)\s+$/i;

function presentAtLarge(m: DateMention, doc: SourceDocument): boolean {
  return /^today$/i.test(m.text) && STATE_BEFORE_TODAY.test(doc.text.slice(Math.max(0, m.start - 20), m.start));
}

function reliabilityOf(m: DateMention, doc: SourceDocument, revised: string | undefined): { reliability: FactReliability; yearKnown: boolean } | null {
  const known = reliabilityOfResolution(m, doc);
  return known && (presentAtLarge(m, doc) || inQuestion(m, doc) || ambiguousLastWeekday(m, doc) || (DAY_NAMED_BY_STORY.test(m.text) && (revisedBetween(m, doc, revised) || updateBefore(m, doc) || asiaAfterAmericanEvening(m, doc)))) ? { ...known, reliability: 'weak' } : known;
}

/** A dateline's clock in the American evening: "September 4, 2025 at 7:41 PM EDT". */
const AMERICAN_EVENING = /\b(?:[5-9]|1[01])(?::\d\d)?\s*(?:p\.?m\.?|PM)\s*(?:EDT|EST|ET|CDT|CST|CT|PDT|PST|PT)\b/;
/** Markets and capitals a day ahead of America's evening. */
const ASIA_PACIFIC = /\b(?:Tokyo|Seoul|Beijing|Shanghai|Shenzhen|Hong\s+Kong|Singapore|Taipei|Sydney|Jakarta|Manila|Mumbai|Asia|Asian|Nikkei|Kospi|Hang\s+Seng)\b/;

/**
 * "Shares of Japanese carmakers rose in Tokyo trading on Friday", in a story filed at 7:41 PM EDT on
 * a Thursday: Tokyo's Friday had begun when it was filed, so the day named may be the next one or the
 * one a week before. Either reading is a guess.
 */
function asiaAfterAmericanEvening(m: DateMention, doc: SourceDocument): boolean {
  const dl = doc.dateline;
  if (!dl || !AMERICAN_EVENING.test(doc.text.slice(dl.start, dl.end + 40))) return false;
  const lineStart = doc.text.lastIndexOf('\n', m.start) + 1;
  return ASIA_PACIFIC.test(doc.text.slice(Math.max(lineStart, m.start - 200), Math.min(doc.text.length, m.end + 120)));
}

/**
 * Counted from the day the story is dated or the day it was revised, a day it names may differ: a
 * "Sunday" between the two (a story of Thursday revised on Monday) may be either; a "Wednesday" in a
 * story of Wednesday revised on Thursday is the same day both ways.
 */
function revisedBetween(m: DateMention, doc: SourceDocument, revised: string | undefined): boolean {
  if (!revised || !doc.date) return false;
  const text = m.text.toLowerCase();
  const w = WEEKDAY_NAMES.findIndex((n) => text.includes(n.toLowerCase()));
  if (w < 0) return true; // "today", "this week": another day, another answer
  const from = Date.parse(`${doc.date}T00:00:00Z`);
  const to = Date.parse(`${revised}T00:00:00Z`);
  if (!(to > from)) return false;
  if (to - from >= 7 * 86_400_000) return true;
  for (let t = from + 86_400_000; t <= to; t += 86_400_000) if (new Date(t).getUTCDay() === w) return true;
  return false;
}

/** A day named from the story's own date ("on Sunday", "yesterday", "last week"). */
const DAY_NAMED_BY_STORY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|this\s+(?:week|month)|last\s+(?:week|month)|earlier\s+this)\b/i;
const UPDATED_LABEL = /\b(?:last\s+)?(?:updated|modified|revised)\b/i;

/** "Published October 9 | Updated October 13": the day the story was revised after it was dated, if any. */
function revisedAfterDating(doc: SourceDocument): string | undefined {
  const dl = doc.dateline;
  if (!dl || !doc.date) return undefined;
  const lineStart = doc.text.lastIndexOf('\n', dl.start) + 1;
  let lineEnd = doc.text.indexOf('\n', dl.end);
  if (lineEnd < 0) lineEnd = doc.text.length;
  const line = doc.text.slice(lineStart, lineEnd);
  const label = UPDATED_LABEL.exec(line);
  if (!label) return undefined;
  const later = extractDates(line.slice(label.index), { referenceDate: null }).find((d) => /^\d{4}-\d{2}-\d{2}/.test(d.value));
  return later && later.value.slice(0, 10) !== doc.date ? later.value.slice(0, 10) : undefined;
}

/**
 * "heard argument today, July 31": a relative day followed by the day it means, written out. The
 * written day is the fact; "today" of a transcript posted the next morning would put it a day late.
 */
function namedRightAfter(text: string, m: DateMention, next: DateMention | undefined): boolean {
  return m.resolution === 'relative' && m.precision === 'day' && !!next && next.resolution !== 'relative' && next.precision === 'day' && /^\s*,\s*(?:on\s+)?$/.test(text.slice(m.end, next.start)) && /^(?:today|yesterday|tomorrow|tonight)$/i.test(m.text);
}

/** "(Update, Nov. 7: the notice came out on Friday.)": a day counted from the update, not from the story's date. */
function updateBefore(m: DateMention, doc: SourceDocument): boolean {
  // Within the paragraph, and no further back than a paragraph goes (a page may be one long line).
  const before = doc.text.slice(Math.max(0, m.start - 600), m.start);
  return /\b(?:update[ds]?|editor['’]s\s+note)\b[^:\n]{0,30}:/i.test(before.slice(before.lastIndexOf('\n') + 1));
}

function reliabilityOfResolution(m: DateMention, doc: SourceDocument): { reliability: FactReliability; yearKnown: boolean } | null {
  const firm = doc.dateSource === 'front-matter' || doc.dateSource === 'page-metadata' || doc.dateSource === 'dateline';
  switch (m.resolution) {
    case 'explicit':
      return { reliability: 'explicit', yearKnown: true };
    case 'year-inferred':
      return { reliability: firm ? 'anchored' : 'explicit', yearKnown: firm };
    case 'year-in-text':
      return { reliability: 'explicit', yearKnown: true };
    case 'relative':
      // "December 1 last year" on a page whose date is a guess: its month and day are as firm as a
      // yearless day's, only its year is a guess.
      if (!firm && m.month !== undefined) return { reliability: 'explicit', yearKnown: false };
      return { reliability: firm ? 'anchored' : 'weak', yearKnown: firm };
    case 'unresolved':
      // A yearless month or day is still firm about month and day.
      return m.month !== undefined ? { reliability: 'explicit', yearKnown: false } : null;
  }
}

/** A wire-style dateline opening a clause: "**SEOUL, Oct 14 –**", "BEIJING, June 5 (Xinhua) --". */
const ITEM_HEAD = new RegExp(String.raw`^\s*(?:\*\*)?[${CAPITALS}][${CAPITALS} .'’-]{1,40}(?:,\s{0,2}[${CAPITALS}][${LETTERS}.'’ -]{1,30})?,\s{1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s{1,3}\d{1,2}(?:,\s{1,3}\d{4})?\s{0,3}(?:\([^)\n]{1,30}\)\s{0,3})?(?:\*\*)?\s{0,3}[—–-]{1,2}\s{0,3}(?:\*\*)?`);

/** The entities and places mentioned within `span`, leaving out any that reach into a span of `skip`. */
function keysIn(mentions: EntityMention[], span: Span, skip: Array<Span | undefined> = []): { entities: string[]; places: string[] } {
  const entities = new Set<string>();
  const places = new Set<string>();
  // Mentions are sorted by start: skip to the span, stop past it.
  for (let i = firstNotBefore(mentions.length, (k) => mentions[k].start < span.start); i < mentions.length && mentions[i].start < span.end; i++) {
    const e = mentions[i];
    if (e.end > span.end || skip.some((k) => k && e.end > k.start && e.start < k.end)) continue;
    entities.add(mentionKey(e));
    if (e.kind === 'place') places.add(e.canonical);
  }
  return { entities: exact([...entities]), places: exact([...places]) };
}

export function extractFacts(doc: SourceDocument, unsorted: EntityMention[], dates = documentDates(doc)): Fact[] {
  const mentions = [...unsorted].sort((a, b) => a.start - b.start);
  const sentences = splitSentences(doc.text, doc.bodyStart);
  const dl = doc.dateline;
  // The dateline's date is when the report was filed, not when anything in it happened.
  // Nor is the year in a law's name ("the Trade Expansion Act of 1962") when anything happened.
  // (Nor "overnight", which tells how long, not a day: "left some contracts in limbo overnight".)
  const usable = dates.filter((m, i) => (m.type === 'DATE' || m.type === 'TIME') && !/_REF$/.test(m.value) && !/^overnight$/i.test(m.text) && !(dl && m.start >= dl.start && m.end <= dl.end) && !inLawName(doc.text, m) && !namedRightAfter(doc.text, m, dates[i + 1]));
  const facts: Fact[] = [];
  const bySentence = new Map<Span, DateMention[]>();
  for (const m of usable) {
    const s = sentenceAt(sentences, m.start);
    if (!s) continue;
    const list = bySentence.get(s) ?? [];
    list.push(m);
    bySentence.set(s, list);
  }
  // Kinds and terms are read only inside sentences that hold a date: the rest of the text is
  // blanked (same length, so offsets hold), and most of a report's prose is never tokenised.
  const signals = new DocumentSignals(onlyWithin(doc.text, [...bySentence.keys()]));
  const revised = revisedAfterDating(doc);
  for (const [sentence, list] of bySentence) {
    const clauses = withRefinedDays(doc.text, list, clausesFor(doc.text, sentence, list, true));
    list.forEach((m, i) => {
      const rel = reliabilityOf(m, doc, revised);
      if (!rel) return;
      const clause = clauses[i];
      const all = keysIn(mentions, sentence);
      // The event a clause names as its reference point ("two days after Washington unveiled its
      // tariffs") is not what its date is about: its names count only at the sentence's weight, its
      // words not at all.
      const ref = referencePhrase(doc.text, clause, m);
      // A digest item's dateline ("**SEOUL, Oct 14 –** …") says where the item was filed, not what
      // happened (the article's own dateline is most often filed where the event is: it stays).
      const head = ITEM_HEAD.exec(doc.text.slice(clause.start, Math.min(clause.end, clause.start + 120)));
      const own = head && doc.dateline && doc.dateline.start < clause.start + head[0].length && clause.start < doc.dateline.end;
      const from = head && !own ? clause.start + head[0].length : clause.start;
      // Names and words of a reference phrase, or of an aside that is another date's, are left out.
      const skip = [clause.aside, ref];
      const near = keysIn(mentions, clause, skip);
      const terms = wordsOutside(signals, from, clause.end, skip);
      // A table row's first cell names what each of its dates is about ("| Tariff cut to 10% | Nov 4 | Nov 10 |").
      const label = rowLabel(doc.text, sentence, m);
      if (label && label.end <= clause.start) for (const t of signals.terms(label.start, label.end)) if (!terms.includes(t)) terms.push(t);
      facts.push({
        id: `${doc.file}#${m.start}`,
        file: doc.file,
        path: doc.path,
        line: lineOf(doc.lineStarts, m.start),
        date: m,
        sentence: doc.text.slice(sentence.start, sentence.end),
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        kind: kindOfDate(doc.text, m, sentence, clause, signals),
        entities: all.entities,
        places: all.places,
        terms: exact(terms),
        clauseStart: clause.start,
        clauseEnd: clause.end,
        clauseEntities: near.entities,
        reliability: rel.reliability,
        yearKnown: rel.yearKnown,
        eventId: undefined,
      });
    });
  }
  return facts.concat(precedingEventFacts(doc, sentences, mentions), daysAfterFacts(doc, facts, mentions));
}

// "reopened the crossing … on Sunday, two days after suspending it": the act the count is from
// happened that many days before the day given. Only a day-precise date told as past (not "would take
// effect on Aug. 1, a day after he first floated the rate", whose count is from the saying), and a
// count of days ("six weeks after" is a round figure).
const DAYS_AFTER = /^,?\s+(a|one|two|three|four|five|six|seven|\d{1,2})\s+(days?)\s+after\s+/i;
/** Where the act after "after" ends: its clause's break. */
const ACT_END = /[,;:.()]|\s(?:and|but|while|when)\s/;

function daysAfterFacts(doc: SourceDocument, facts: Fact[], mentions: EntityMention[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    if (!/^\d{4}-\d\d-\d\d$/.test(f.date.value) || f.date.future) continue;
    const after = DAYS_AFTER.exec(doc.text.slice(f.date.end, Math.min(f.sentenceEnd, f.date.end + 40)));
    if (!after) continue;
    const n = NUMBER[after[1].toLowerCase()] ?? parseInt(after[1], 10);
    const day = addDays(f.date.value, -n);
    const start = f.date.end + after[0].indexOf(after[1]);
    const end = f.date.end + after[0].trimEnd().length;
    const from = f.date.end + after[0].length;
    const rest = doc.text.slice(from, f.sentenceEnd);
    const stop = ACT_END.exec(rest);
    const clause = { start: from, end: from + (stop ? stop.index : rest.length) };
    const near = keysIn(mentions, clause);
    out.push({
      id: `${doc.file}#${start}`,
      file: doc.file,
      path: doc.path,
      line: lineOf(doc.lineStarts, start),
      date: { start, end, text: doc.text.slice(start, end), type: 'DATE', value: day, precision: 'day', resolution: 'relative', from: day, to: day },
      sentence: f.sentence,
      sentenceStart: f.sentenceStart,
      sentenceEnd: f.sentenceEnd,
      kind: kindOf(doc.text.slice(clause.start, clause.end)),
      entities: f.entities,
      places: f.places,
      terms: contentTerms(doc.text, clause.start, clause.end),
      clauseStart: clause.start,
      clauseEnd: clause.end,
      clauseEntities: near.entities,
      reliability: f.reliability === 'weak' ? 'weak' : 'anchored',
      yearKnown: f.yearKnown,
    });
  }
  return out;
}

/** The words of [from, to) outside the spans to skip (none, one or two, in any order). */
function wordsOutside(signals: DocumentSignals, from: number, to: number, skip: Array<Span | undefined>): string[] {
  const gaps = skip.filter((s): s is Span => !!s && s.end > from && s.start < to).sort((a, b) => a.start - b.start);
  if (!gaps.length) return signals.terms(from, to);
  const out: string[] = [];
  let at = from;
  for (const g of gaps) {
    if (g.start > at) out.push(...signals.terms(at, g.start));
    at = Math.max(at, g.end);
  }
  if (at < to) out.push(...signals.terms(at, to));
  return out;
}

/** The text with everything outside the given spans replaced by spaces. */
function onlyWithin(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += ' '.repeat(s.start - at) + text.slice(s.start, s.end);
    at = s.end;
  }
  return out + ' '.repeat(text.length - at);
}

// "This comes a day after X announced …": the report is of the article's day, so X happened
// that many days before it. Only for articles whose date is firm.
const COMES_AFTER = /\b(?:this|it|that|which|the move|the announcement|the decision)\s+(?:comes?|came)\s+(a|one|two|three|four|five|six|\d{1,2})\s+(days?|weeks?)\s+after\b/gi;
const NUMBER: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

function precedingEventFacts(doc: SourceDocument, sentences: Span[], mentions: EntityMention[]): Fact[] {
  if (!doc.date || (doc.dateSource !== 'front-matter' && doc.dateSource !== 'page-metadata' && doc.dateSource !== 'dateline')) return [];
  const out: Fact[] = [];
  for (const s of sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    COMES_AFTER.lastIndex = 0;
    const m = COMES_AFTER.exec(sentence);
    if (!m) continue;
    const n = NUMBER[m[1].toLowerCase()] ?? parseInt(m[1], 10);
    const days = /^week/i.test(m[2]) ? n * 7 : n;
    const day = addDays(doc.date, -days);
    const start = s.start + m.index;
    const end = start + m[0].length;
    const clause = { start: end, end: s.end };
    const all = keysIn(mentions, s);
    const near = keysIn(mentions, clause);
    const clauseText = doc.text.slice(clause.start, clause.end);
    out.push({
      id: `${doc.file}#${start}`,
      file: doc.file,
      path: doc.path,
      line: lineOf(doc.lineStarts, start),
      date: { start, end, text: m[0], type: 'DATE', value: day, precision: 'day', resolution: 'relative', from: day, to: day },
      sentence,
      sentenceStart: s.start,
      sentenceEnd: s.end,
      kind: kindOf(clauseText),
      entities: all.entities,
      places: all.places,
      terms: contentTerms(doc.text, clause.start, clause.end),
      clauseStart: clause.start,
      clauseEnd: clause.end,
      clauseEntities: near.entities,
      reliability: 'anchored',
      yearKnown: true,
    });
  }
  return out;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
