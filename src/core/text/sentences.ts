// Sentence boundaries for news text: split on . ! ? and line breaks, but not after
// abbreviations ("U.S.", "Nov.", "Corp.") or initials, and never across a blank line.

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'u.s', 'u.k', 'u.n', 'e.u', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep',
    // Titles before a name, as the press of many countries writes them ("Engr. Gbenga Komolafe", "Hon. …").
    'engr', 'hon', 'amb', 'rev', 'capt', 'col', 'lt', 'maj', 'cmdr', 'supt',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'corp', 'co', 'inc', 'ltd', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'p.m', 'a.m', 'e.g', 'i.e',
  ],
);

const NON_TERMINAL = /^(u\.s|u\.k|u\.n|e\.u|mr|mrs|ms|dr|prof|st|gen|gov|sen|rep|engr|hon|amb|rev|capt|col|lt|maj|cmdr|supt|no|[a-z])$/i;

/** What follows "a.m." or "p.m." in the same sentence: a time zone or a day. */
const CLOCK_GOES_ON = /^(?:Eastern|Pacific|Central|Mountain|Atlantic|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|GMT|UTC|BST|CET|CEST|IST|JST|KST|HKT|Beijing|Tokyo|Seoul|Washington|Brussels|Geneva|London|Singapore|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && i > dot - 8 && /[A-Za-z.]/.test(text[i])) i--;
  return text.slice(i + 1, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initial ("J. Smith") or dotted acronym ("U.S.").
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

/**
 * A single line break inside hard-wrapped prose does not end a sentence: the next line starts in
 * lower case, or the line before is long and has no closing punctuation. Blank lines always end one.
 */
function continuesLine(text: string, nl: number, from: number, to: number): boolean {
  let k = nl + 1;
  while (k < to && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
  if (k >= to || text[k] === '\n' || /[-*#>|]/.test(text[k])) return false;
  // A line that opens on a full ISO date is a timeline's entry ("2025-06-02  Ministry rejects …").
  if (/^\d{4}-\d\d-\d\d\b/.test(text.slice(k, k + 11))) return false;
  const lineStart = Math.max(from, text.lastIndexOf('\n', nl - 1) + 1);
  const prev = text.slice(lineStart, nl).replace(/\r$/, '').trimEnd();
  if (/^\s*([-*#>|]|\d+\.)/.test(prev)) return /[a-z]/.test(text[k]) && prev.length >= 60;
  if (/[a-z0-9(]/.test(text[k])) return prev.length > 0 && !/[.!?:"”]$/.test(prev);
  return prev.length >= 60 && !/[.!?:"”]$/.test(prev);
}

/** Sentence spans within text[from, to). Leading/trailing whitespace trimmed. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      if (continuesLine(text, i, from, to)) continue;
      push(i);
      start = i + 1;
    } else if (c === '.' || c === '!' || c === '?' || c === '。') {
      let j = i + 1;
      while (j < to && /["'”’)\]]/.test(text[j])) j++;
      const next = text[j];
      if (j >= to || next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (c === '.' && isAbbreviation(text, i)) {
          let k = j;
          while (k < to && text[k] === ' ') k++;
          // A lower-case word or a number after an abbreviation continues the sentence; so does a
          // capital after a title or a country acronym ("U.S. President", "Dr. Li").
          if (k < to && /[a-z0-9]/.test(text[k])) continue;
          // A quotation closed right after it ends the sentence: '… enacted in the U.S." By Sunday …'.
          const quoteClosed = j > i + 1 && /["”]/.test(text.slice(i + 1, j));
          if (NON_TERMINAL.test(wordBefore(text, i)) && !quoteClosed) continue;
          // "at 12:01 a.m. Eastern time", "at 9 a.m. Monday": a clock's zone or day goes on.
          if (/^[ap]\.m$/i.test(wordBefore(text, i)) && CLOCK_GOES_ON.test(text.slice(k, k + 12))) continue;
        }
        push(j);
        start = j;
        i = j - 1;
      }
    }
  }
  push(to);
  return spans;
}

/** The sentence span that contains the offset (or the nearest one). */
export function sentenceAt(spans: Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return spans[mid];
  }
  return spans[Math.min(lo, spans.length - 1)];
}
