// The date an article was published: from a dateline near its top ("Published: 3 June 2025",
// "發佈日期: 2025-06-13 21:08", a timestamp on a line of its own), or failing that inferred from
// the explicit full dates the article mentions.
import type { DateMention } from '../types';
import { addDays, addMonths, dayNumber, daysInMonth, isoDate, isValidDate, pad2, parseIsoDate, weekdayOf } from './calendar';
import { extractDates, writesDayFirst } from './extract';
import { MON, MONTH_NUM, wordNumber } from './lexicon';
import { tenseAt } from './tense';
import { rowWordsStart } from '../text/tableRow';
import { entryWordsStart } from '../text/timelineEntry';
import { CAPITALS, LETTERS } from '../text/capitals';

export interface Dateline {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM (24-hour) when the dateline gives a time. */
  time?: string;
  /** Offsets of the dateline (label and date) in the text. */
  start: number;
  end: number;
  /** 0-based line number. */
  line: number;
}

const MAX_LINES = 15;
const MAX_LINE_LENGTH = 300;
/**
 * Lines read in all, blanked ones included: a saved page's head and menus, blanked, leave a run of
 * lines of spaces above its "Published:" line, which do not use up the MAX_LINES of text.
 */
const MAX_SCANNED_LINES = 120;

/**
 * A line of spaces only: what a page's markup leaves once blanked (a text's own paragraph breaks
 * are empty lines, and count).
 */
function blanked(line: string): boolean {
  return line.length > 0 && !line.trim();
}

const LABEL = new RegExp(
  '^(?:[-*_>#|•·]\\s{0,3}){0,3}(?:\\*\\*|__)?(?:' +
    [
      'Published(?:\\s{1,3}(?:on|at))?',
      'First\\s{1,3}published(?:\\s{1,3}(?:on|at))?',
      'Last\\s{1,3}(?:updated?|modified)(?:\\s{1,3}(?:on|at))?',
      'Updated(?:\\s{1,3}(?:on|at))?',
      'Posted(?:\\s{1,3}(?:on|at))?',
      'Publication\\s{1,3}date',
      'Date(?:\\s{1,3}published)?',
      'Dated',
      'Released(?:\\s{1,3}on)?',
      'Release\\s{1,3}date',
      'Date\\s{1,3}of\\s{1,3}(?:issue|release|publication)',
      'Issued(?:\\s{1,3}on)?',
      // A press release's header: "For immediate release - November 28, 2025".
      'For\\s{1,3}(?:immediate\\s{1,3})?release(?:\\s{0,3}[-–—,])?',
      // An e-mail newsletter's header: "Sent: Sunday, November 9, 2025".
      'Sent(?=\\s{0,3}[:：])',
      // "*Compiled by the Markets Desk, November 3, 2025*"
      '(?:Compiled|Prepared|Updated|Published|Written)\\s{1,3}by\\s{1,3}[^,\\n]{1,60},',
      'Compiled(?:\\s{1,3}(?:on|at))?',
      '發佈日期', '發布日期', '发布日期', '發佈時間', '發布時間', '发布时间', '更新日期', '更新時間', '更新时间', '日期', '時間', '时间', '發表時間', '发表时间', '公開日', '公開日時', '更新日', '投稿日', '게시일', '작성일', '입력',
      'Publicado(?:\\s{1,3}(?:el|em|a\\s{1,3}las))?', 'Actualizado(?:\\s{1,3}(?:el|a\\s{1,3}las))?', 'Atualizado(?:\\s{1,3}em)?', 'Fecha(?:\\s{1,3}de\\s{1,3}publicación)?',
      'Publié(?:\\s{1,3}le)?', 'Mis\\s{1,3}à\\s{1,3}jour(?:\\s{1,3}le)?', 'Date\\s{1,3}de\\s{1,3}publication',
      'Veröffentlicht(?:\\s{1,3}am)?', 'Aktualisiert(?:\\s{1,3}am)?', 'Stand', 'Datum',
      'Pubblicato(?:\\s{1,3}il)?', 'Aggiornato(?:\\s{1,3}il)?', 'Gepubliceerd(?:\\s{1,3}op)?', 'Opublikowano', 'Опубликовано', 'Обновлено',
    ].join('|') +
    ')(?:\\*\\*|__)?\\s{0,3}[:：]?(?:\\*\\*|__)?\\s{0,3}',
  'i',
);

const FOREIGN_MONTHS: Record<string, number> = {
  // French
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  // Spanish / Portuguese
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  // German
  januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, juni: 6, juli: 7, oktober: 10, dezember: 12,
  // Italian / Dutch
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
};

interface Found {
  date: string;
  time?: string;
  /** offset just past the date (and time) within the searched string */
  end: number;
  /** offset where the date starts within the searched string */
  start: number;
}

const ISO_TS = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s{1,3})(\d{1,2}):(\d{2})(?::\d{2})?)?/;
const CJK = /(\d{4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日(?:[^\d\n]{0,8}?(\d{1,2})[:：時时](\d{2}))?/;
const FOREIGN = /(\d{1,2})\.?\s{0,3}(?:de\s{1,3})?([A-Za-zÀ-ÿ]{3,12})\.?\s{0,3}(?:de\s{1,3})?(\d{4})/;
const CLOCK = /^[\s,|·•—–/-]{0,6}(?:at\s{1,3}|à\s{1,3}|a\s{1,3}las\s{1,3}|um\s{1,3}|alle\s{1,3}|às\s{1,3})?(\d{1,2})[:.h](\d{2})(?:[:.]\d{2})?\s{0,2}([AaPp]\.?\s?[Mm]\.?)?/;

function clockAfter(s: string, at: number): { time: string; len: number } | null {
  const r = CLOCK.exec(s.slice(at, at + 40));
  if (!r) return null;
  let h = Number(r[1]);
  const mi = Number(r[2]);
  if (r[3]) {
    const pm = /^p/i.test(r[3]);
    if (h < 1 || h > 12) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  if (h > 23 || mi > 59) return null;
  return { time: `${pad2(h)}:${pad2(mi)}`, len: r[0].length };
}

/** The first full date (with year) in a short string, in any of the supported forms. */
function findDate(s: string, dayFirst = false): Found | null {
  const cands: Found[] = [];
  let r: RegExpExecArray | null;
  if ((r = ISO_TS.exec(s))) {
    const y = Number(r[1]);
    const m = Number(r[2]);
    const d = Number(r[3]);
    if (isValidDate(y, m, d)) {
      const f: Found = { date: isoDate(y, m, d), start: r.index, end: r.index + r[0].length };
      if (r[4] && Number(r[4]) < 24 && Number(r[5]) < 60) f.time = `${pad2(Number(r[4]))}:${r[5]}`;
      cands.push(f);
    }
  }
  if ((r = CJK.exec(s))) {
    const y = Number(r[1]);
    const m = Number(r[2]);
    const d = Number(r[3]);
    if (isValidDate(y, m, d)) {
      const f: Found = { date: isoDate(y, m, d), start: r.index, end: r.index + r[0].length };
      if (r[4] && Number(r[4]) < 24 && Number(r[5]) < 60) f.time = `${pad2(Number(r[4]))}:${r[5]}`;
      cands.push(f);
    }
  }
  if ((r = FOREIGN.exec(s))) {
    const m = FOREIGN_MONTHS[r[2].toLowerCase()];
    const y = Number(r[3]);
    const d = Number(r[1]);
    if (m && isValidDate(y, m, d)) cands.push({ date: isoDate(y, m, d), start: r.index, end: r.index + r[0].length });
  }
  const eng = extractDates(s, { referenceDate: null, dayFirst }).find(
    (m) => m.resolution === 'explicit' && (m.type === 'DATE' || m.type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(m.value),
  );
  if (eng) {
    const f: Found = { date: eng.value.slice(0, 10), start: eng.start, end: eng.end };
    const t = /T(\d{2}:\d{2})/.exec(eng.value);
    if (t) f.time = t[1];
    cands.push(f);
  }
  if (!cands.length) return null;
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const best = cands[0];
  if (!best.time) {
    const c = clockAfter(s, best.end);
    if (c) {
      best.time = c.time;
      best.end += c.len;
    }
  }
  return best;
}

const SOURCES = 'Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|Nikkei|Bernama|ANI|PTI|dpa|CNA|SCMP|Staff|Agencies';
const BESIDE_DATE = [
  new RegExp(`(?:^|[|·•—–]|\\s)\\s*[Bb]y\\s+[A-Z][^|·•—–\\n]{0,80}`, 'g'), // "By Jane Doe, Reuters"
  /\b\d{1,3}\s?-?\s?min(?:ute)?s?\s{1,2}read\b/gi, // "3 min read"
  /updated\s{1,3}\d{1,3}\s{1,3}(?:minutes?|mins?|hours?|hrs?|days?)\s{1,3}ago\b/gi, // run into the zone on scraped pages
  /\b(?:editor|editors|editing\s{1,3}by)\s{0,2}:?\s{0,3}[A-Za-z][A-Za-z .'-]{0,40}$/gi, // "| Editor: huaxia" at the end of an agency's line
  /^\s?[+-]\d{1,2}(?::?\d{2})?(?!\d)/, // the rest of a zone such as GMT+8
  new RegExp(`\\b(?:${SOURCES})\\b`, 'g'),
  /\b(?:issue|no\.?|vol\.?|volume|edition|number)\s{0,2}#?\d{1,5}\b/gi, // a newsletter's "Issue 31 | Friday, August 8, 2025"
];

const INLINE_LABEL = /(?:(?<=^|[.|·•—–*_]\s{0,12})(?:[Ll]ast\s{1,3}(?:updated?|modified)|Updated|Published|Posted)|(?<=[|·•—–]\s{0,12})(?:updated|published|posted))(?:\s{1,3}(?:on|at))?\s{0,3}[:：]?\s{0,3}/;

/** A date line's companions that say nothing of the date: bylines, reading time, the agency. */
function bylineFree(rest: string): string {
  let out = rest;
  for (const re of BESIDE_DATE) out = out.replace(re, ' ');
  return out;
}

const PRESS_PLACE = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}(?:,\s{0,2}\p{Lu}[\p{L}.'’ ]{0,20}?)?\s{0,3}(?:[—–-]{1,2}|,)\s{0,3}$/u;

/** What a document is, set off before its date: "**Client Alert | November 12, 2025**", "Press release — 3 March 2025". */
const DOC_KIND_PART = "(?:[A-Z][A-Za-z'’&.-]*(?:[ \\t][A-Za-z'’&.-]+){0,3}|[\\u3400-\\u9fff]{1,8})";
/** Also an outlet and its section: "Harbour Cable News | 國際 | 2025年6月18日 星期三 08:05". */
const DOC_KIND = new RegExp(`^(?:\\*\\*|__)?${DOC_KIND_PART}(?:[ \\t]{0,2}[|·•—–][ \\t]{0,3}${DOC_KIND_PART}){0,2}[ \\t]{0,2}[|·•—–][ \\t]{0,3}$`);

/** What may stand beside a bare date on a dateline of its own. */
const DATELINE_REST = /^[\s,|·•—–\-()[\]*_:/]*(?:(?:source|updated|published|posted|written|reported|edited|subscriber|print|online|digital|weekend|edition|uk|us|usa|eu|hk|sg|au|nz|am|pm|a\.m\.|p\.m\.|hkt|gmt|utc|bst|cet|cest|edt|est|et|pt|pdt|pst|jst|kst|sgt|ist|wib|wita|ict|pht|myt|aest|aedt|acst|awst|nzst|nzdt|cst|cdt|mst|mdt|msk|eat|wat|sast|brt|trt|gst|pkt|npt|eet|eest|local\s{1,3}time|beijing\s{1,3}time|(?:utc|gmt)\s{0,2}[+-]\s{0,2}\d{1,2}(?::?\d{2})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|on|at|星期[一二三四五六日天]|[週周][一二三四五六日]|\d{1,2}:\d{2})[\s,|·•—–\-()[\]*_.:/]*){0,6}$/i;

// A wire-style dateline opening the first paragraph: "STOCKHOLM, July 30, 2025 — Negotiators …",
// "KUALA LUMPUR, Malaysia, Oct. 26, 2025 (Reuters) - …". Only its head is read, however long the line.
// ("BEIJING/AMSTERDAM, Oct 14": a story filed from two cities.)
const WIRE_PLACE = new RegExp(String.raw`^\s*(?:\*\*)?[${CAPITALS}][${CAPITALS}.'’\-/ ]{1,40}(?:,\s{0,2}[${CAPITALS}][${LETTERS}.'’\- ]{1,30})?(?:\*\*)?,\s{1,3}`);
const WIRE_DASH = /^\s{0,3}(?:\([A-Za-z .&-]{1,30}\)\s{0,3})?[—–-]{1,2}/;

function wireDateline(raw: string, dayFirst = false): { date: string; time?: string; start: number; end: number } | null {
  const place = WIRE_PLACE.exec(raw.slice(0, 160));
  if (!place) return null;
  const rest = raw.slice(place[0].length, place[0].length + 60);
  const f = findDate(rest, dayFirst);
  if (!f || f.start !== 0) return null;
  const dash = WIRE_DASH.exec(rest.slice(f.end));
  if (!dash) return null;
  const out: { date: string; time?: string; start: number; end: number } = { date: f.date, start: raw.length - raw.trimStart().length, end: place[0].length + f.end + dash[0].length };
  if (f.time) out.time = f.time;
  return out;
}

// A wire dateline without its year ("WASHINGTON, June 2 (Reuters) - …") cannot date the article,
// but its date is still the filing day and must not become an event's date.
// (Day first too, as AFP and British wires write it: "RIO DE JANEIRO, 16 Sep (AFP) - …".)
const WIRE_MONTH_DAY = /^(?:(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s{1,3}(?<d>\d{1,2})\b|(?<d2>\d{1,2})\s{1,3}(?<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?)/;

/** A wire dateline heading one line ("WASHINGTON, June 2 (Reuters) - …"): its span in the line, month, day and year if written. */
function wireLine(raw: string): { start: number; end: number; month?: number; day?: number; year?: number } | null {
  const place = WIRE_PLACE.exec(raw);
  if (!place) return null;
  const rest = raw.slice(place[0].length);
  const md = WIRE_MONTH_DAY.exec(rest);
  if (!md) return null;
  const yearText = /^,?\s{0,2}(\d{4})/.exec(rest.slice(md[0].length));
  const after = rest.slice(md[0].length + (yearText ? yearText[0].length : 0));
  const dash = WIRE_DASH.exec(after);
  if (!dash) return null;
  const span = { start: raw.length - raw.trimStart().length, end: raw.length - after.length + dash[0].length };
  const word = md.groups!.m ?? md.groups!.m2;
  const month = MONTH_NUM[word.toLowerCase()];
  const day = Number(md.groups!.d ?? md.groups!.d2);
  if (!month || !(day >= 1 && day <= 31)) return span;
  return yearText ? { ...span, month, day, year: Number(yearText[1]) } : { ...span, month, day };
}

/**
 * Each line of `text` (its first `width` characters, without a carriage return) with its offset and
 * number, until `max` lines that are not blanked have been read (MAX_SCANNED_LINES at most).
 */
function* linesOf(text: string, max: number, width = 200): Generator<{ raw: string; at: number; line: number }> {
  let pos = 0;
  let filled = 0;
  for (let line = 0; filled < max && line < MAX_SCANNED_LINES && pos < text.length; line++) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, Math.min(nl, pos + width)).replace(/\r$/, '');
    if (!blanked(raw)) filled++;
    yield { raw, at: pos, line };
    pos = nl + 1;
  }
}

/**
 * The span of a wire dateline at the head of the first lines, with or without a year, and its
 * month and day when it names a month. Never throws.
 */
export function findWireDatelineSpan(text: string): { start: number; end: number; month?: number; day?: number } | null {
  try {
    for (const { raw, at } of linesOf(text, MAX_LINES)) {
      const w = wireLine(raw);
      if (!w) continue;
      const span = { start: at + w.start, end: at + w.end };
      return w.month && w.day ? { ...span, month: w.month, day: w.day } : span;
    }
  } catch {
    return null;
  }
  return null;
}

/** "Updated Nov 3", "Published: Oct. 28", "Posted on June 4": a page's yearless stamp of its own day. */
const YEARLESS_STAMP = /\b(?:last\s+update\b|(?:last\s+)?updated|published|posted|first\s+published)\s*:?\s*(?:on\s+)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?\s{1,3}(\d{1,2})\b(?!(?:st|nd|rd|th)?,?\s{0,3}\d{4}|:\d)/i;

/** What may stand before a stamp's word on its line: nothing, or a separator or mark. */
const STAMP_BEFORE = /(?:^|[|·•*_(\[—–-])[ \t]*$/;

/**
 * A yearless publication stamp in the first lines ("*Northwire Graphics · Updated Nov 3 · …*"): like
 * a yearless wire dateline, the day the page was written, whose year the text's full dates tell.
 */
export function findYearlessStamp(text: string): { start: number; end: number; month: number; day: number } | null {
  try {
    for (const { raw, at } of linesOf(text, MAX_LINES)) {
      const m = YEARLESS_STAMP.exec(raw);
      // A stamp stands apart ("Updated Nov 3", "· posted: Oct. 28"), not inside prose ("the
      // catalogue, published on July 15, still requires …").
      if (!m || !(/^[A-Z]/.test(m[0]) || STAMP_BEFORE.test(raw.slice(0, m.index)))) continue;
      const month = MONTH_NUM[m[1].toLowerCase()] ?? MONTH_NUM[m[1].slice(0, 3).toLowerCase()];
      const day = Number(m[2]);
      if (!month || !(day >= 1 && day <= 31)) continue;
      return { start: at + m.index, end: at + m.index + m[0].length, month, day };
    }
  } catch {
    return null;
  }
  return null;
}

/** A clock time on a line that may be a live blog's entry stamp. */
const ANY_CLOCK = /\d{1,2}(?:[:.]\d\d\s{0,2}(?:[ap]\.?\s?m\.?)?|\s{0,2}[ap]\.?\s?m\.?)/i;
/** What may stand around an entry's stamp: a time zone, separators. */
const STAMP_REST = /^[\s,|·•–—:-]*(?:(?:[A-Z]{2,5}|(?:GMT|UTC)(?:[+-]\d{1,2})?)[\s,|·•–—:-]*)?$/;

/**
 * A live blog's entry stamp, a line that is only a day and a clock time ("April 9, 12:01 a.m. ET",
 * "10 Jun 2025 23.55 BST"): what the entry says of "midnight" or "Thursday" is counted from it.
 */
function stampLine(raw: string): { start: number; end: number; month?: number; day?: number; year?: number } | null {
  const line = raw.trim();
  if (line.length > 48 || !ANY_CLOCK.test(line)) return null;
  const found = extractDates(line, { referenceDate: null });
  if (found.length !== 1) return null;
  const [m] = found;
  if (m.type !== 'TIME' || m.month === undefined || m.day === undefined) return null;
  if (!STAMP_REST.test(line.slice(0, m.start)) || !STAMP_REST.test(line.slice(m.end))) return null;
  const year = /^\d{4}/.test(m.value) ? Number(m.value.slice(0, 4)) : undefined;
  const lead = raw.length - raw.trimStart().length;
  return { start: lead, end: lead + line.length, month: m.month, day: m.day, ...(year !== undefined ? { year } : {}) };
}

export interface ItemDateline {
  start: number;
  end: number;
  date: string;
}

/**
 * The datelines of a digest's items ("GENEVA, Aug 7 — …", "WASHINGTON, Aug 1 — …"), each a line
 * of its own, anywhere in the text: each item's "today" and "on Wednesday" are its own. A yearless
 * one takes the year that puts it nearest `near` (the issue's date). Fewer than two: none (one
 * is the article's own dateline). Never throws.
 */
export function findItemDatelines(text: string, near: string | null): ItemDateline[] {
  const out: ItemDateline[] = [];
  try {
    for (const { raw, at } of linesOf(text, 100_000)) {
      const w = wireLine(raw) ?? stampLine(raw);
      if (!w || !w.month || !w.day) continue;
      const date = w.year !== undefined ? (isValidDate(w.year, w.month, w.day) ? isoDate(w.year, w.month, w.day) : null) : near ? nearestMonthDay(w.month, w.day, near) : null;
      if (date) out.push({ start: at + w.start, end: at + w.end, date });
      if (out.length >= 500) break;
    }
  } catch {
    return [];
  }
  return out.length >= 2 ? out : [];
}

/** A publication date near the top of an article, or null. Never throws. */
export function findDateline(text: string): Dateline | null {
  if (typeof text !== 'string' || !text) return null;
  try {
    const dayFirst = writesDayFirst(text);
    for (const { raw, at: lineStart, line } of linesOf(text, MAX_LINES, Infinity)) {
      const wire = wireDateline(raw, dayFirst);
      if (wire) {
        const out: Dateline = { date: wire.date, start: lineStart + wire.start, end: lineStart + wire.end, line };
        if (wire.time) out.time = wire.time;
        return out;
      }
      if (!raw.trim() || raw.length > MAX_LINE_LENGTH) continue;
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      // A title that ends with its date in brackets, as transcripts and statements do:
      // "Regular Press Conference of the Ministry of Commerce (June 12, 2025)".
      const bracketed = /\(([^()]{6,40})\)$/.exec(body);
      if (bracketed && line < 3) {
        const f = findDate(bracketed[1], dayFirst);
        if (f && f.start === 0 && f.end >= bracketed[1].trim().length) {
          const out: Dateline = { date: f.date, start: lineStart + lead + bracketed.index, end: lineStart + lead + body.length, line };
          if (f.time) out.time = f.time;
          return out;
        }
      }
      const label = LABEL.exec(body);
      if (label && label[0].length < body.length) {
        const rest = body.slice(label[0].length);
        const f = findDate(rest, dayFirst);
        if (f && f.start <= 24) {
          const out: Dateline = { date: f.date, start: lineStart + lead, end: lineStart + lead + label[0].length + f.end, line };
          if (f.time) out.time = f.time;
          return out;
        }
      }
      // "**Friday 29 August 2025** · Business live · Updates by our team": a page's date set in bold at
      // the head of a line near its top, whatever labels follow it.
      const bold = line < BOLD_DATE_LINES ? BOLD_DATE.exec(body) : null;
      if (bold) {
        const f = findDate(bold[2], dayFirst);
        if (f && f.start === 0 && f.end >= bold[2].trim().length) {
          const out: Dateline = { date: f.date, start: lineStart + lead, end: lineStart + lead + 2 * bold[1].length + bold[2].length, line };
          if (f.time) out.time = f.time;
          return out;
        }
      }
      // "## Friday, 26 September 2025" under a newsletter's title: a heading that is only a date, near
      // the top, is the issue's day; not when other such headings follow (a timeline's entries).
      const heading = line < BOLD_DATE_LINES ? DATE_HEADING.exec(body) : null;
      if (heading) {
        const f = findDate(heading[1], dayFirst);
        if (f && f.start === 0 && f.end >= heading[1].trim().length && dateHeadings(text, dayFirst) === 1) {
          const out: Dateline = { date: f.date, start: lineStart + lead, end: lineStart + lead + body.length, line };
          if (f.time) out.time = f.time;
          return out;
        }
      }
      // "Maintained by the research team. Last updated 20 November 2025." on a line of its own, or in
      // a page's italic standfirst ("*A running log of … Last updated: November 10, 2025. Entries …*").
      if (body.length <= MAX_LINE_LENGTH) {
        const inline = INLINE_LABEL.exec(body);
        const f = inline ? findDate(body.slice(inline.index + inline[0].length), dayFirst) : null;
        if (inline && f && f.start === 0) {
          const out: Dateline = { date: f.date, start: lineStart + lead + inline.index, end: lineStart + lead + inline.index + inline[0].length + f.end, line };
          if (f.time) out.time = f.time;
          return out;
        }
      }
      if (body.length <= 120) {
        // Scraped wire pages run the year into the clock: "June 13, 20252:41 PM GMT+8".
        const spaced = body.replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\b)/, '$1 $2');
        const f = findDate(spaced, dayFirst);
        if (f) {
          const restText = bylineFree(spaced.slice(0, f.start) + ' ' + spaced.slice(f.end));
          // A press release's place line: "Washington, D.C. – August 6, 2025", "Brussels, 21 August 2025".
          const pressLine = (PRESS_PLACE.test(spaced.slice(0, f.start)) || DOC_KIND.test(spaced.slice(0, f.start))) && DATELINE_REST.test(bylineFree(spaced.slice(f.end)));
          if (pressLine || DATELINE_REST.test(restText)) {
            const out: Dateline = { date: f.date, start: lineStart + lead, end: lineStart + lead + body.length, line };
            if (f.time) out.time = f.time;
            return out;
          }
        }
      }
    }
  } catch {
    return null;
  }
  return null;
}

/** A Markdown heading that may hold only a date (its weekday allowed): "## Friday, 26 September 2025". */
const DATE_HEADING = /^#{1,6}[ \t]+([^#\n]{6,48}?)[ \t#]*$/;
/** How many lines of a page are read for headings that are dates. */
const HEADING_SCAN_LINES = 200;

/** How many headings near the top of the text hold only a full date (two or more: a timeline's entries). */
function dateHeadings(text: string, dayFirst: boolean): number {
  let n = 0;
  for (const { raw } of linesOf(text, HEADING_SCAN_LINES, 120)) {
    const h = raw.startsWith('#') ? DATE_HEADING.exec(raw.trim()) : null;
    const f = h ? findDate(h[1], dayFirst) : null;
    if (f && f.start === 0 && f.end >= h![1].trim().length) n++;
  }
  return n;
}

/** A date in bold or italics that opens a line, alone or before a separator. */
const BOLD_DATE = /^(\*\*|__|\*|_)([^*_\n]{6,48})\1(?:\s*$|\s*[·•|—–]\s)/;
/** How near the top such a line must be: further down, it is a timeline's entry. */
const BOLD_DATE_LINES = 4;

/** Lines from the end of a notice where its signature block may stand. */
const SIGNATURE_LINES = 12;
/** The issuing body above a signature date: a name in title case, no sentence ("Customs Tariff Commission of the State Council"). */
const ISSUER = /^(?:\*\*|__)?(?:The\s)?[A-Z][A-Za-z'’&.-]*(?:[ \t](?:[A-Z][A-Za-z'’&.-]*|of|for|and|the|on|&|\([A-Z]{2,10}\)))*(?:\*\*|__)?$/;
/** "Done at Brussels, 5 November 2025", "Issued in Beijing on": the place a notice was signed, before its date. */
const DONE_AT = /^(?:Done|Issued|Signed|Given)\s(?:at|in)\s[A-Z][A-Za-z .'’-]{1,40},?\s(?:on\s|this\s)?/;

/**
 * The date a notice or statement was signed, on a line of its own at its foot, under the body that
 * issued it ("Customs Tariff Commission of the State Council / 5 November 2025") or after "Done at
 * Brussels,". A notice often gives no date at its head, and its latest date is one it sets ahead.
 */
export function findSignatureDate(text: string): Dateline | null {
  if (typeof text !== 'string' || !text) return null;
  const dayFirst = writesDayFirst(text);
  const lines: Array<{ raw: string; at: number; line: number }> = [];
  let pos = 0;
  for (let line = 0; pos <= text.length; line++) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push({ raw: text.slice(pos, nl).replace(/\r$/, ''), at: pos, line });
    pos = nl + 1;
  }
  const filled = lines.filter((l) => l.raw.trim());
  const tail = filled.slice(-SIGNATURE_LINES);
  for (let k = tail.length - 1; k >= 0; k--) {
    const { raw, at, line } = tail[k];
    const body = raw.trim().replace(/^(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)$/g, '');
    if (body.length > 80) continue;
    const done = DONE_AT.exec(body);
    const rest = done ? body.slice(done[0].length) : body;
    const f = findDate(rest, dayFirst);
    if (!f || f.start !== 0 || rest.slice(f.end).replace(/[\s.]/g, '') !== '') continue;
    const above = filled[filled.indexOf(tail[k]) - 1]?.raw.trim() ?? '';
    if (!done && !(above.length <= 100 && ISSUER.test(above) && /\s/.test(above))) continue;
    const lead = raw.length - raw.trimStart().length;
    return { date: f.date, start: at + lead, end: at + raw.trimEnd().length, line };
  }
  return null;
}

/**
 * What runs until a date ("suspended until November 10, 2026", "rolled forward to", "is scheduled to
 * end on"): an end set in advance, however the sentence is worded, and no sign of when it was written.
 */
const END_CUE = /\b(?:until|till|through|thru|(?:extended|rolled\s+(?:forward|over)|pushed\s+back|postponed|delayed|deferred|runs?|running|lasts?|lasting)\s+(?:\w+\s+){0,2}to|(?:extension|extending)\s+(?:[\w-]+\s+){0,5}?to|(?:pause|truce|suspension|exemption|reprieve)\s+(?:to|until)|(?:expires?|expiring|ends?|ending|lapses?|lapsing|end)\s+(?:on\s+)?|deadline\s+(?:of\s+)?|(?:applied|apply|registered|register|submitted|submit|filed|file|paid|pay)\s+(?:\w+\s+){0,3}by|(?:no|not)\s+later\s+than)\s*$/i;

/**
 * A table row or list item opened by its date whose entry looks ahead ("| 2026-06-30 | Commerce due to
 * update the president |", "- April 2026. Trump is expected in Beijing"): a date on the schedule, not
 * one the page reports.
 */
function rowLooksAhead(text: string, m: DateMention): boolean {
  const from = rowWordsStart(text, m.start, m.end) ?? entryWordsStart(text, m.start, m.end, text.length) ?? itemWordsStart(text, m);
  return from !== undefined && ROW_AHEAD.test(/^[^|\n]{0,200}/.exec(text.slice(from))![0]);
}

/** A list item whose date stands before its words with a full stop ("- **April 2026.** Trump is expected …"): where its words begin. */
function itemWordsStart(text: string, m: DateMention): number | undefined {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  if (m.start - lineStart > 24 || !ITEM_LEAD.test(text.slice(lineStart, m.start))) return undefined;
  const after = ITEM_AFTER.exec(text.slice(m.end, m.end + 40));
  return after ? m.end + after[0].length : undefined;
}

const ITEM_LEAD = /^[ \t]*[-*•–][ \t]+(?:\*\*|__)?[ \t]*$/;
const ITEM_AFTER = /^(?:\*\*|__)?\.(?:\*\*|__)?[ \t]+/;
const ROW_AHEAD = /\b(?:due|will|scheduled|slated|expected|set\s+to|planned|deadline|(?:is|are)\s+to|expires?|end\s+on\s+this\s+date|unless\s+(?:renewed|extended))\b/i;

/**
 * Words that set the full date right after them ahead of the page: an entry into force, a completion
 * due, a step of a schedule ("rises to 60 euros from"), or what someone does in the present tense of
 * a schedule ("the Philippines, which assumes the chair on January 1, 2026"; a past event is told as
 * "which assumed"), a planned entry into force ("the target of entry into force on Jan. 1, 2027"),
 * or the day a thing was put off to ("is postponed to Feb. 1, 2027", "moves from May 31 to Sept. 30, 2027",
 * "agreed to move the target date to 30 June 2024").
 */
const AHEAD_CUE = /\b(?:(?:which|who)\s+(?!does\b)[a-z]{3,}s\s+(?:[\w'’-]+\s+){0,4}?(?:on|from)|(?:repeals|abolishes|scraps|removes|lifts|suspends|ends|extends|applies|imposes|bans|exempts)\s+(?:[\w'’-]+\s+){0,4}?(?:from|as\s+of)|(?:takes?\s+effect|enters?\s+into\s+force|comes?\s+into\s+(?:force|effect))(?:\s+(?:on|from|in))?|with\s+effect\s+from|(?:target(?:ed)?|planned|expected|scheduled|due|aim(?:ed)?|goal)\s+(?:[\w'’-]+\s+){0,3}?entry\s+into\s+(?:force|effect)\s+(?:on|from|in|by|is|was)|(?:rises|rising|falls|falling|increases|increasing|drops|dropping|climbs|climbing|jumps|goes\s+up|going\s+up)\s+to\s+[^.;]{1,40}?\s+(?:from|on)|(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?:\w+\s+){0,3}?(?:by|on|in|from)|(?:postponed|delayed|deferred|pushed\s+back|put\s+back|moved|moves|shifted|shifts|rescheduled)\s+(?:from\s+[^.;]{1,30}?\s+)?(?:to|until|till)|(?:bring|brings|bringing|brought)\s+forward\s+[^.;]{0,60}?\bto|(?:move|moving|push|pushing|postpone|postponing|delay|delaying|defer|deferring|shift|shifting)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:back\s+)?(?:to|until|till)|(?:is|are)\s+(?:\w+\s+){0,2}?(?:covered|banned|prohibited|required|exempt(?:ed)?|allowed|permitted|affected|barred|phased\s+out)\s+(?:from|as\s+of|by)|\b(?:must|(?:has|have|need|needs)\s+to)\s+[^.;]{0,80}?\b(?:by|before|no\s+later\s+than)|\b(?:end\s*point|end\s+date|target(?:\s+date)?|goal|deadline|cut-?off)\s+(?:is|was)\s+(?:now\s+)?(?:set\s+(?:at|for)\s+)?|\d+\s?%\s+starting\s+(?:on|from)\s+)\s*$/i;

/** A month's name or a year: a date the sentence gives its act before an elapsed time. */
const DATED_WORD = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:19|20)\d\d|last\s+year|this\s+year)\b/;

/** How far before the day an elapsed time gives a day the text tells of may be the page's own. */
const ELAPSED_SLACK_DAYS = 31;

/** How long after a date the text stands, told just before it in its sentence: "almost a year after it was signed … on". */
const ELAPSED_BEFORE = /\b((?:(?:almost|nearly|about|around|roughly|more\s+than|over|just\s+over|just\s+under|some)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|months?|weeks?)\s+(?:after|since))\b[^.;:!?]{0,100}$/i;

/** The day `elapsed` after the full date `m` (whose last day is `day`), when the text says so right before it. */
function elapsedAfter(text: string, m: DateMention, day: string): { date: string; phrase: string } | undefined {
  const before = text.slice(Math.max(0, m.start - 160), m.start);
  const e = ELAPSED_BEFORE.exec(before);
  if (!e) return undefined;
  // (Only after the sentence's own act, told from the page's day: "Russia said on Monday it was ending
  // …, almost a year after"; not "Kenya deposited in May last year, less than two months after".)
  const opening = before.slice(0, e.index);
  if (DATED_WORD.test(opening.slice(Math.max(0, opening.search(/[^.!?]*$/))))) return undefined;
  const [phrase, count, unitWord] = [e[1], e[2], e[3]];
  const n = /^\d/.test(count) ? Number(count) : /^an?$/i.test(count) ? 1 : wordNumber(count);
  if (!(n > 0)) return undefined;
  const [y, mo, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  const unit = unitWord.toLowerCase();
  let date: string;
  if (unit.startsWith('week')) date = addDays(day, 7 * n);
  else {
    const to = addMonths(y, mo, unit.startsWith('year') ? 12 * n : n);
    date = isoDate(to.y, to.m, Math.min(d, daysInMonth(to.y, to.m)));
  }
  return { date, phrase };
}

/** The full date nearest before `m` in its paragraph is of a year before `year`. */
function earlierYearBefore(text: string, m: DateMention, full: DateMention[], year: number): boolean {
  const paragraph = text.lastIndexOf('\n\n', m.start);
  let nearest: DateMention | undefined;
  for (const x of full) if (x.end <= m.start && x.start > paragraph && (!nearest || x.start > nearest.start)) nearest = x;
  return !!nearest && Number(nearest.value.slice(0, 4)) < year;
}

/**
 * "placed … under licensing on April 4, 2025 … At talks on May 10 … met again on June 9 … On
 * October 9, Beijing announced": past days told after the page's latest full date, later and later
 * in the order they are told, are a chronicle of that date's year, however far into it they run.
 */
function chronicleAfter(best: DateMention, latest: string, told: DateMention[], keep: (m: DateMention) => boolean): boolean {
  // (Days of the year, roughly: a step back of a few days, "a 50% tariff from 1 June, before agreeing
  // on 25 May to …", is the same story told out of turn, not a turn of the year.)
  const dayOfYear = (iso: string) => Number(iso.slice(5, 7)) * 31 + Number(iso.slice(8, 10));
  const first = dayOfYear(latest);
  let last = first;
  let n = 0;
  for (const m of [...told].sort((a, b) => a.start - b.start)) {
    // (Days named by their month only: "90 days later" is counted from another.)
    if (m.start < best.end || !keep(m) || !MONTH_NAMED.test(m.text)) continue;
    const day = dayOfYear(m.value);
    // ("On 7 April 2025 … By then Hun Manet had already written … on April 4": a step back of days
    // from the full date itself is told out of turn too, and counts for nothing.)
    if (day <= first && day >= first - CHRONICLE_STEP_BACK_DAYS && last === first) continue;
    if (day <= first || day < last - CHRONICLE_STEP_BACK_DAYS) return false;
    last = Math.max(last, day);
    n++;
  }
  return n >= CHRONICLE_DAYS;
}

/** How many days told in order after a page's latest full date make it a chronicle of that year. */
const CHRONICLE_DAYS = 2;
/** How far back a chronicle's next day may step and still be told in its year. */
const CHRONICLE_STEP_BACK_DAYS = 14;
/** A day named by its month ("21 August", "Aug. 21"), not counted from another ("90 days later"). */
const MONTH_NAMED = new RegExp(MON);

/** How a period is said to run before its span: "period running from", "period that ran between". */
const PERIOD_RUNS = '(?:(?:running|that\\s+runs|which\\s+runs|that\\s+ran|which\\s+ran|stretching|extending|lasting)\\s+)?';

/** A period's start and the word before its end, right before the end: "period running from Oct. 1, 2022 to ". */
const PERIOD_END_BEFORE = new RegExp(`\\bperiod\\s+${PERIOD_RUNS}(?:from|between)\\s+[^;:]{3,40}?\\s+(?:to|and|through|until)\\s+$`, 'i');

/** A period of data named before its span: "for the period from", "the investigation period of", "an investigation period running from". */
const PERIOD_BEFORE = new RegExp(`\\b(?:(?:investigation|review|reference|reporting|data|sample)\\s+)?period\\s+${PERIOD_RUNS}(?:from|of|between|covering)\\s+$`, 'i');

/** How long after a page's latest full date the days it tells of without a year may date it. */
const TOLD_AFTER_DAYS = 92;
/** A verb in the past near a date on its line: "On Oct. 22, ACEA said", "Oct. 28: Honda halted production". */
const PAST_NEAR = /\b(?:[a-z]{2,}ed|said|met|took|made|held|began|came|went|told|set|cut|froze|struck|rose|fell|sent|gave|won|lost|spoke|wrote|ran|put|hit)\b/;
/** How far either side of a date its past verb is looked for. */
const PAST_REACH = 80;

/** Whether a yearless day is told as past (a week-ahead calendar's "**Fri Nov 14** — briefing in Seoul" is not). */
function toldInPast(text: string, m: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  let lineEnd = text.indexOf('\n', m.end);
  if (lineEnd < 0) lineEnd = text.length;
  return PAST_NEAR.test(text.slice(Math.max(lineStart, m.start - PAST_REACH), m.start)) || PAST_NEAR.test(text.slice(m.end, Math.min(lineEnd, m.end + PAST_REACH)));
}

/** A day set as a start or a limit ("a 100% tariff from Oct. 1", "by Nov. 10"), which may still be ahead. */
const SCHEDULED_DAY = /\b(?:from|starting|effective|by|until|till|through|before|deadline(?:\s+of)?)\s+(?:the\s+)?$/i;

/**
 * A document date inferred from the explicit full dates (with a year) it mentions: the latest one
 * that is not forward-looking (a report is written after what it reports); when all are
 * forward-looking, the earliest, and (as `told`) the latest yearless day the text tells of before it.
 * `toldAfter`: the full date whose year the latest told day was put in (that day's year is a guess).
 * `lone`: where the page's one full date stands, when the page is dated by it alone.
 * `yearNamedOnly`: the date is a day told without a year, put in a year the text only names as past
 * ("in January 2020"): that year bounds the page from below, it does not fix it.
 * Null when the text has no day-precise date with a year.
 */
export function inferDocumentDate(
  mentions: DateMention[],
  text?: string,
): { date: string; note: string; ahead?: boolean; told?: { date: string; note: string }; named?: { year: number; text: string }; toldAfter?: string; schedule?: string; lone?: number; yearNamedOnly?: boolean } | null {
  if (!Array.isArray(mentions)) return null;
  const full = mentions.filter(
    (m) => m && m.resolution === 'explicit' && (m.type === 'DATE' || m.type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(m.value) && (m.precision === 'day' || m.precision === 'time' || m.precision === 'range'),
  );
  // (Not the end of a period looked back on: "an investigation period running from Oct. 1, 2022 to Sept. 30, 2023".)
  const ends = (m: DateMention) => !!text && END_CUE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !PERIOD_END_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start));
  const dated = full.filter((m) => !ends(m));
  if (!dated.length) return null;
  const lastDay = (m: DateMention) => (m.to && /^\d{4}-\d{2}-\d{2}$/.test(m.to) ? m.to : m.value.slice(0, 10));
  // "The new rates take effect on Jan. 1, 2026", "would be completed by March 25, 2026": set ahead.
  // (Not a period looked back on, whatever the verb: "will look at trade data for the period from Oct. 1, 2022 to Sept. 30, 2023".)
  const ahead = (m: DateMention) =>
    !(text && (PERIOD_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || PERIOD_END_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)))) && (m.future || (!!text && (AHEAD_CUE.test(text.slice(Math.max(0, m.start - 100), m.start)) || TARGET_AFTER.test(text.slice(m.end, m.end + 40)) || rowLooksAhead(text, m))));
  // A day the text sets ahead once ("pay 40 euros until June 30, 2026") is ahead wherever else it
  // stands ("if imports exceed 2.7 million tonnes before June 30, 2026").
  const setAhead = new Set(full.filter((m) => ends(m) || ahead(m)).map((m) => m.value.slice(0, 10)));
  const past = dated.filter((m) => !setAhead.has(m.value.slice(0, 10)));
  // The days the text tells of without a year ("signed an order on November 14"), latest first on or before a day.
  // (Not a day of another year named from the page's: "sworn in on September 13 last year".)
  const narrated = mentions.filter((m) => m && m.precision === 'day' && /^XXXX-\d\d-\d\d$/.test(m.value) && !ahead(m) && !ends(m) && !(text && OTHER_YEAR_AFTER.test(text.slice(m.end, m.end + 16))));
  // A yearless day that is no start or limit ("by Nov. 10"), which may still be ahead; and one told as past, with a past verb near it.
  const noLimit = (m: DateMention) => !text || !SCHEDULED_DAY.test(text.slice(Math.max(0, m.start - 24), m.start));
  const toldAsPast = (m: DateMention) => noLimit(m) && (!text || toldInPast(text, m));
  const latestTold = (before: string, keep: (m: DateMention) => boolean = () => true, told = narrated) => {
    let latest: { date: string; m: DateMention } | undefined;
    for (const m of told) {
      if (!keep(m)) continue;
      const date = dayOnOrBefore(Number(m.value.slice(5, 7)), Number(m.value.slice(8, 10)), before);
      // ("Tuesday, April 28" is no April 28 that fell on another day.)
      if (date && m.weekday !== undefined && weekdayOf(Number(date.slice(0, 4)), Number(m.value.slice(5, 7)), Number(m.value.slice(8, 10))) !== m.weekday) continue;
      if (date && (!latest || date > latest.date)) latest = { date, m };
    }
    return latest;
  };
  if (past.length) {
    let best = past[0];
    for (const m of past) if (lastDay(m) > lastDay(best)) best = m;
    const n = dated.length;
    const history = laterNamedYear(mentions, Number(lastDay(best).slice(0, 4)), (m) => ahead(m) || ends(m), text);
    const told = history && narrated.length >= 2 ? latestTold(`${history.year}-12-31`) : undefined;
    if (history && told && told.date.startsWith(String(history.year))) {
      return { date: told.date, note: `inferred from "${told.m.text}", the latest day the text tells of without a year, in ${history.year}, the year it names ("${history.m.text}"); its full dates, the latest "${best.text}", are history`, yearNamedOnly: true };
    }
    const named = history ? { named: { year: history.year, text: history.m.text } } : {};
    // "When the government took control on Sept. 30, 2025, …; on Oct. 28, Honda halted production":
    // a page that goes on to tell later days of that year without one was written after them.
    const latest = lastDay(best);
    // (Days given the year of the full date before them count as well: "Sept. 30, 2025 … on Oct. 28".)
    const toldInYear = mentions.filter((m) => m && m.precision === 'day' && m.resolution === 'year-in-text' && /^\d{4}-\d\d-\d\d$/.test(m.value) && !ahead(m) && !ends(m));
    // (Not when the text names a later year: "In 2019 the review went on; talks resumed on April 1".)
    // (The next year only looked ahead to, "expect duties to fall from January 2026" after "7 April
    // 2025", is no history; a plan "by 2030" after "March 8, 2018" says too little of when it was told.)
    const laterYear = mentions.some((m) => m && m.resolution === 'explicit' && /^\d{4}/.test(m.value) && Number(m.value.slice(0, 4)) > Number(latest.slice(0, 4)) && !(Number(m.value.slice(0, 4)) === Number(latest.slice(0, 4)) + 1 && (ahead(m) || ends(m))));
    // "almost a year after it was signed in Istanbul on 22 July 2022": the text says how long after its
    // latest full date it stands; the latest day it tells of by then is the page's.
    const elapsed = text && !history && !laterYear ? elapsedAfter(text, best, latest) : undefined;
    if (elapsed) {
      // (Within a month of it: "almost a year" is no nearer than that.)
      const found = latestTold(elapsed.date, toldAsPast);
      const last = found && found.date > latest && Date.parse(elapsed.date) - Date.parse(found.date) <= ELAPSED_SLACK_DAYS * 86_400_000 ? found : undefined;
      return { date: last?.date ?? elapsed.date, note: `inferred from "${elapsed.phrase}" "${best.text}"${last ? `, and "${last.m.text}", the latest day the text tells of by then` : ''}` };
    }
    // (Nor a day told in a paragraph about an earlier year: "signed … on 22 July 2022, … The first
    // cargo sailed on Aug. 1" is 2022's Aug. 1, whatever the page's latest full date.)
    const inEarlierStory = (m: DateMention) => !!text && earlierYearBefore(text, m, full, Number(latest.slice(0, 4)));
    const later = history || laterYear ? undefined : latestTold(`${latest.slice(0, 4)}-12-31`, (m) => toldAsPast(m) && !inEarlierStory(m), [...narrated, ...toldInYear]);
    if (later && later.date > latest && (Date.parse(later.date) - Date.parse(latest) <= TOLD_AFTER_DAYS * 86_400_000 || chronicleAfter(best, latest, [...narrated, ...toldInYear], (m) => toldAsPast(m) && !inEarlierStory(m)))) {
      return { date: later.date, note: `inferred from "${later.m.text}", the latest day the text tells of, after its latest full date "${best.text}"`, toldAfter: latest };
    }
    // "entered into force on Saturday, August 1" after "30 June 2019": a day told with its weekday
    // is in the first year after the latest full date in which it falls on that weekday (2020).
    const weekdayDay = history || laterYear ? undefined : weekdayToldAfter([...narrated], latest, (m) => toldAsPast(m) && !inEarlierStory(m));
    if (weekdayDay) return { date: weekdayDay.date, note: `inferred from "${weekdayDay.m.text}", the latest day the text tells of with its weekday, in the first year after its latest full date "${best.text}" in which it falls on that weekday`, toldAfter: latest };
    // The first day it sets ahead after that past: the page was written before it.
    const schedule = [...setAhead].filter((d) => d > latest).sort()[0];
    return { date: latest, note: `inferred from "${best.text}", the latest of ${n} explicit date${n === 1 ? '' : 's'} in the text`, ...named, ...(schedule ? { schedule } : {}), ...(n === 1 ? { lone: best.start } : {}) };
  }
  let best = dated[0];
  for (const m of dated) if (m.value < best.value) best = m;
  const first = best.value.slice(0, 10);
  // Those days were before the page was written, and so before its schedule: the latest of them is nearer the page's day.
  // (Not a limit set ahead, "reconvene by Dec. 15": told without a year, it is no day already passed.)
  const latest = latestTold(first, noLimit);
  const told = latest && { date: latest.date, note: `inferred from "${latest.m.text}", the latest day the text tells of before "${best.text}" (its other dates look ahead)` };
  // "China imported $1.7 billion of brandy in 2022" beside an investigation period "from Jan. 1,
  // 2019": a later year told as past says the page is not from before those dates; the year it
  // names is its own.
  const history = laterNamedYear(mentions, Number(first.slice(0, 4)), (m) => ahead(m) || ends(m), text);
  const named = history ? { named: { year: history.year, text: history.m.text } } : {};
  return { date: first, note: `inferred from "${best.text}", the earliest date in the text (all its dates look ahead)`, ahead: true, ...(told ? { told } : {}), ...named };
}

/**
 * "The sequence of 2025 actions" on a page whose full dates are all of 2018 ("On March 8, 2018, he
 * signed …"): news writes the year out for history and leaves it off the current year's days, so
 * the page is of the latest year it names as past or present, when that is at least two years
 * after its latest full date; not a year reached "into", "by" or "until" (a plan: "deadlines fall
 * well into 2026"), nor one still to come.
 */
function laterNamedYear(mentions: DateMention[], fullYear: number, setAhead: (m: DateMention) => boolean, text: string | undefined): { year: number; m: DateMention } | undefined {
  const thisYear = new Date().getUTCFullYear();
  let found: { year: number; m: DateMention } | undefined;
  for (const m of mentions) {
    // A year, or a month, season, quarter or half of one ("spring 2025").
    if (!m || m.resolution !== 'explicit' || m.type !== 'DATE' || !/^\d{4}(?:-(?:\d\d|SP|SU|FA|WI|Q[1-4]|H[12]))?$/.test(m.value)) continue;
    const year = Number(m.value.slice(0, 4));
    if (year < fullYear + 2 || year > thisYear || m.future || setAhead(m)) continue;
    if (text && REACHED_YEAR.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    // "The Commission then plans to send its proposals in the first quarter of 2026": a plan's year.
    if (text && tenseAt(text, m.start, m.end).tense === 'future') continue;
    if (!found || year > found.year) found = { year, m };
  }
  return found;
}

/** The latest of the days told with a weekday, each in the first year (of the next three) after `after` in which it falls on that weekday. */
function weekdayToldAfter(told: DateMention[], after: string, keep: (m: DateMention) => boolean): { date: string; m: DateMention } | undefined {
  let latest: { date: string; m: DateMention } | undefined;
  const from = Number(after.slice(0, 4));
  for (const m of told) {
    if (m.weekday === undefined || !keep(m)) continue;
    const month = Number(m.value.slice(5, 7));
    const day = Number(m.value.slice(8, 10));
    for (let y = from; y <= from + 2; y++) {
      if (!isValidDate(y, month, day)) continue;
      const date = isoDate(y, month, day);
      if (date <= after || weekdayOf(y, month, day) !== m.weekday) continue;
      if (!latest || date > latest.date) latest = { date, m };
      break;
    }
  }
  return latest;
}

/** Words after a day that set it as a target: "have set 1 January 2027 as the target date for entry into force". */
const TARGET_AFTER = /^\s+as\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?target\b/i;

/** A year named from the page's own right after a day: " last year", " of next year". */
const OTHER_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:last|next|the\s+previous|the\s+following)\s+year\b/i;

/**
 * Words that reach forward to a year: "well into 2026", "by 2030", "until 2027", "what happens after 2025", "from the start of
 * 2026", or that set a plan in it: "originally due to begin in January 2026".
 */
const REACHED_YEAR = /\b(?:(?:into|by|until|till|through|beyond|before|after)\s+(?:(?:early|mid|late)[-\s]+)?|from\s+(?:the\s+(?:start|beginning)\s+of\s+)?|(?:due|set|scheduled|slated|planned|expected)\s+to\s+(?:begin|start|take\s+effect|apply|kick\s+in|enter\s+into\s+force|come\s+into\s+force|run|end|expire)\s+(?:in|from|on|by)\s+)$/i;

/** The month and day on or before `to` (an ISO date), within a year of it. */
export function dayOnOrBefore(month: number, day: number, to: string): string | null {
  const at = parseIsoDate(to);
  if (!at) return null;
  for (const y of [at.y, at.y - 1]) if (isValidDate(y, month, day) && isoDate(y, month, day) <= to) return isoDate(y, month, day);
  return null;
}

/**
 * A yearless wire dateline's day ("BEIJING, June 13 (Reuters) -") in the year that puts it nearest
 * to a date the text gives in full: wire copy is filed within days of what it reports.
 */
/** The first month and day on or after `from` (an ISO date): a report is filed after what it reports. */
export function monthDayOnOrAfter(month: number, day: number, from: string): string | null {
  const at = parseIsoDate(from);
  if (!at) return null;
  for (const y of [at.y, at.y + 1, at.y + 2]) if (isValidDate(y, month, day) && isoDate(y, month, day) >= from) return isoDate(y, month, day);
  return null;
}

export function nearestMonthDay(month: number, day: number, near: string): string | null {
  const at = parseIsoDate(near);
  if (!at) return null;
  const target = dayNumber(at.y, at.m, at.d);
  let best: string | null = null;
  let bestGap = Infinity;
  for (const y of [at.y - 1, at.y, at.y + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const gap = Math.abs(dayNumber(y, month, day) - target);
    if (gap < bestGap) {
      bestGap = gap;
      best = isoDate(y, month, day);
    }
  }
  return best;
}
