// Words and regex fragments the date scanner is built from. Every quantifier is bounded so that no
// pattern can backtrack catastrophically, and patterns are only ever run sticky (anchored) at a
// trigger position.

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Lower-case month word (full or abbreviated) → 1–12. */
export const MONTH_NUM: Record<string, number> = Object.create(null);
MONTH_NAMES.forEach((n, i) => {
  MONTH_NUM[n.toLowerCase()] = i + 1;
  MONTH_NUM[n.slice(0, 3).toLowerCase()] = i + 1;
});
MONTH_NUM.sept = 9;

/** Lower-case weekday word (full or abbreviated) → 0 = Sunday … 6 = Saturday. */
export const WEEKDAY_NUM: Record<string, number> = Object.create(null);
WEEKDAY_NAMES.forEach((n, i) => {
  WEEKDAY_NUM[n.toLowerCase()] = i;
  WEEKDAY_NUM[n.slice(0, 3).toLowerCase()] = i;
});
WEEKDAY_NUM.tues = 2;
WEEKDAY_NUM.thur = 4;
WEEKDAY_NUM.thurs = 4;

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Value of a spelled-out number up to ninety-nine (plus hundred); NaN when not one. */
export function wordNumber(w: string): number {
  const s = w.toLowerCase();
  const i = SMALL.indexOf(s);
  if (i >= 0) return i;
  if (s === 'hundred' || s === 'a hundred') return 100;
  const parts = s.split(/[-\s]/);
  const t = TENS.indexOf(parts[0]);
  if (t >= 2) {
    if (parts.length === 1) return t * 10;
    const u = SMALL.indexOf(parts[1]);
    if (u >= 1 && u <= 9) return t * 10 + u;
  }
  return NaN;
}

export const ORDINAL_NUM: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4,
};

// ---- regex fragments (strings) ----
/** Horizontal space (no line breaks inside a date). */
export const S = '[ \\t\\u00a0]';
const FULL = MONTH_NAMES.join('|');
const UPPER = MONTH_NAMES.map((m) => m.toUpperCase()).join('|');
/**
 * A month word: full title-case or upper-case name, a title-case abbreviation with optional period,
 * or an upper-case one with a period or a number after it ("SEPT. 22", "22 SEP 2025").
 */
export const MON = `(?:${FULL}|${UPPER}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)(?:\\.|(?=${S}\\d)))(?![A-Za-z])`;
export const WEEKDAY_FULL = `(?:${WEEKDAY_NAMES.join('|')}|${WEEKDAY_NAMES.map((w) => w.toUpperCase()).join('|')})`;
export const WEEKDAY_ANY = `(?:${WEEKDAY_NAMES.join('|')}|${WEEKDAY_NAMES.map((w) => w.toUpperCase()).join('|')}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?)(?![A-Za-z])`;
/** Day of month 1–31, optional ordinal suffix, not part of a longer number, time or decimal. */
// A colon ends a day ("on Monday, Oct. 26:") unless a clock time follows it ("26:30").
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d%A-Za-z]|[.,:]\\d)';
/** A four-digit year 1800–2099 standing alone. */
export const YEAR = '(?:1[89]|20)\\d\\d(?![\\d%A-Za-z]|[.,]\\d)';
export const NUMWORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:(?:-|[ \u00a0])(?:one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z-]))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)';
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)';
export const POD = '(?:morning|afternoon|evening|night)';
export const TZ = '(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|HKT|JST|SGT|KST)(?![A-Za-z])';

/** Words that make the date after them a bound, not when anything happened: "since 2009", "through January 2029". */
/** A date written with a number or a month's name, not a bare weekday or a word alone ("the same day"). */
export const WRITTEN_DATE = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;

export const BOUND_BEFORE = /\b(?:since|until|till|through|before|by|after)\s+$/i;
