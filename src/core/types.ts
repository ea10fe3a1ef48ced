// Shared shapes of the corpus engine. Pure data: no vscode import, nothing that does I/O.
// Offsets are UTF-16 code-unit offsets into the text they were found in; lines are 0-based
// inside the core and become 1-based only at the CLI and SARIF edges.

/** How finely a date expression pins time down. */
export type DatePrecision =
  | 'time' // 2025-06-13T21:08
  | 'day' // 2025-06-13
  | 'week' // 2025-W24
  | 'part-of-month' // early May, mid-June
  | 'month' // 2025-05
  | 'season' // 2025-SU
  | 'quarter' // 2025-Q2
  | 'half' // 2025-H1
  | 'year' // 2025
  | 'decade' // 199
  | 'range' // June 9–10
  | 'duration' // P3D
  | 'set' // every week
  | 'reference'; // PRESENT_REF, PAST_REF, FUTURE_REF

/** TIMEX3 type. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 mod attribute values we produce. */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/**
 * How the value was obtained, which decides how far a fact built on it can be trusted:
 * - explicit: the text states it fully (12 May 2025, 2025-06-13);
 * - year-inferred: month/day stated, year taken from the reference date or context;
 * - relative: computed from the reference date (yesterday, on Thursday, last week);
 * - unresolved: relative or yearless with no reference date; value carries X placeholders
 *   (XXXX-05-12) or is null.
 */
/** 'year-in-text': a yearless day whose year the text itself tells ("In 2020, … on February 24"). */
export type DateResolution = 'explicit' | 'year-inferred' | 'year-in-text' | 'relative' | 'unresolved';

export interface DateMention {
  /** UTF-16 offsets into the text passed to the extractor; text === source.slice(start, end). */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2025-05-12, 2025-05, 2025-W24, 2025, 2025-Q2, P3D, XXXX-05-12, PRESENT_REF … */
  value: string;
  mod?: TimexMod;
  precision: DatePrecision;
  resolution: DateResolution;
  /**
   * The calendar days this mention can denote, inclusive ISO dates, when they are known
   * (absent for durations, sets, unresolved values). "early May 2025" → 2025-05-01..2025-05-10,
   * "June 9–10, 2025" → 2025-06-09..2025-06-10, "2025-W24" → 2025-06-09..2025-06-15.
   */
  from?: string;
  to?: string;
  /** When the year is unknown but month (and maybe day) are: month 1–12, day 1–31. */
  month?: number;
  day?: number;
  /** For ranges in one mention ("June 9–10"): the end month/day when the year is unknown. */
  endMonth?: number;
  endDay?: number;
  /** A weekday named in or right beside the expression ("Wednesday, June 4"): 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** Offsets of the weekday word, when one was named. */
  weekdayStart?: number;
  weekdayEnd?: number;
  /** True when the expression looks forward (starting Nov. 1, a deadline of July 8th, next week). */
  future?: boolean;
}

/** What relative expressions are resolved against. */
export interface DateContext {
  /** The document (or brief) date, YYYY-MM-DD, or null when unknown. */
  referenceDate: string | null;
  /** A year to give yearless dates when referenceDate is null (for example from a brief's own text). */
  defaultYear?: number;
  /** The text's dateline: when the report was filed, so never the day "the next day" counts from. */
  dateline?: { start: number; end: number };
  /** Read ambiguous numeric dates ("01/10/2025") day first: the page they come from writes so. */
  dayFirst?: boolean;
}

export type DateSource = 'front-matter' | 'page-metadata' | 'dateline' | 'inferred' | 'unknown';

export interface FrontMatter {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
  [key: string]: unknown;
}

export interface CorpusProblem {
  file: string;
  /** Absolute path of the file, when `file` is a name relative to the corpus folder. */
  path?: string;
  message: string;
  line?: number; // 0-based
  column?: number; // 0-based
  severity: 'error' | 'warning' | 'info';
}

/** One source article as read from disk. */
export interface SourceDocument {
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus root, with forward slashes (used in output). */
  file: string;
  /** Full decoded text (BOM removed, CRLF kept as is so offsets match the editor). */
  text: string;
  /** Offset where the body starts (after any front matter). */
  bodyStart: number;
  title: string;
  outlet?: string;
  url?: string;
  date: string | null; // YYYY-MM-DD
  dateSource: DateSource;
  /** Where the dateline is in the text, when the date came from one: its date is the report's, not an event's. */
  dateline?: { start: number; end: number };
  /** Human-readable note on how the date was found ("dateline '發佈日期: 2025-06-13 21:08' on line 3"). */
  dateNote: string;
  /** Offsets of each line start, for offset → line. */
  lineStarts: number[];
  /** sha1 of the raw bytes: the cache key. */
  hash: string;
}

/** A source as the index keeps it: everything but the text, which stays on disk. */
export type DocumentInfo = Omit<SourceDocument, 'text' | 'lineStarts'> & {
  /** Byte size of the file. */
  size: number;
  /** Number of dated facts found in it. */
  facts: number;
};

export type EntityKind = 'person' | 'organization' | 'place' | 'thing';

/** A span in a text that names an entity. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** Canonical name the mention resolved to within its document ("Scott Bessent" for "Bessent"). */
  canonical: string;
  /** Role stated beside this mention ("Treasury Secretary", "president of a chamber of commerce"). */
  role?: string;
  /** Organisation the role ties the person to, when stated. */
  affiliation?: string;
}

/** Where something was said: a line of a source and a short quote from it. */
export interface SourceRef {
  file: string; // relative to corpus root
  path: string; // absolute
  line: number; // 0-based
  /** Character range of the quote within the document text. */
  start: number;
  end: number;
  quote: string;
}

export interface EntityRole {
  role: string;
  affiliation?: string;
  source: SourceRef;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: EntityRole[];
  mentions: number;
  /** Documents that mention it (relative paths). */
  files: string[];
  /** A few mentions with quotes, for hover cards. */
  refs: SourceRef[];
  curated?: boolean;
  notes?: string;
}

/** Trade-policy event vocabulary. */
export type EventKind =
  | 'talks'
  | 'agreement'
  | 'tariff'
  | 'export-control'
  | 'sanction'
  | 'accusation'
  | 'statement'
  | 'call'
  | 'meeting'
  | 'summit'
  | 'deadline'
  | 'interview'
  | 'announcement'
  | 'ruling'
  | 'hearing'
  | 'travel'
  | 'other';

/** How much a fact's date can be trusted for conflict checks. */
export type FactReliability = 'explicit' | 'anchored' | 'weak';

/** One dated mention in a source: a date, the sentence it is in and what the sentence is about. */
export interface Fact {
  id: string;
  file: string;
  path: string;
  line: number; // 0-based line of the date
  date: DateMention; // offsets into the document text
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  kind: EventKind;
  /** Entity ids and place names named in the sentence (or clause). */
  entities: string[];
  places: string[];
  /** Normalised content words of the clause around the date (stemmed, no stop words). */
  terms: string[];
  /** Offsets of that clause within the document text. */
  clauseStart: number;
  clauseEnd: number;
  /** Entities and places of the clause only (a subset of entities/places). */
  clauseEntities: string[];
  reliability: FactReliability;
  /** False when only month/day are known (a yearless date in an undated article). */
  yearKnown: boolean;
  /** Id of the event this fact was grouped into. */
  eventId?: string;
  /** From the analyst's knowledge file: outranks extracted facts. */
  curated?: boolean;
}

export interface EventDate {
  value: string;
  from?: string;
  to?: string;
  file: string;
  path: string;
  line: number;
  quote: string;
  factId?: string;
  curated?: boolean;
}

export interface CorpusEvent {
  id: string;
  name: string;
  kind: EventKind;
  aliases: string[];
  places: string[];
  entities: string[];
  /** Every date the sources give, disagreements kept (a sample of them when `digest` is set). */
  dates: EventDate[];
  factIds: string[];
  curated?: boolean;
  notes?: string;
  /** Set when `dates` was cut down for the views: what all of the dates said. */
  digest?: EventDatesDigest;
}

export interface EventDatesDigest {
  total: number;
  sources: number;
  preferred?: EventDate;
  span?: { from: string; to: string };
  disagree: boolean;
}

export type Verdict = 'supported' | 'conflict' | 'unsettled';

export type DiagnosticCode = 'date-conflict' | 'weekday-mismatch' | 'date-unsettled';

export interface BriefDiagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  /** Offsets into the brief text of the cited date. */
  start: number;
  end: number;
  line: number; // 0-based
  column: number; // 0-based
  endLine: number;
  endColumn: number;
  cited: string; // the text as cited
  citedValue: string; // TIMEX3 value of the citation
  expected: string; // what the corpus/calendar says (TIMEX3 value or weekday name)
  /** Replacement text for the quick fix, written in the brief's own style. */
  replacement?: string;
  /** Offsets the replacement applies to (defaults to start/end). */
  replaceStart?: number;
  replaceEnd?: number;
  eventId?: string;
  eventName?: string;
  sources: SourceRef[];
}
