// A corrected date written the way the brief writes its dates: same order (June 2 / 2 June /
// ISO), same month spelling (full or "Nov."), ordinal suffix and year kept or left out as cited.
import { weekdayOf } from '../dates/calendar';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AP_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "06/13/2025", "13.06.2025": numbers in the brief's order, zero-padded as it pads them. */
const NUMERIC = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface TargetDate {
  year?: number;
  month: number; // 1–12
  day?: number;
  endMonth?: number;
  endDay?: number;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

/** "early ", "mid-" or "late " for a part of a month (TimeML's START, MID, END). */
function partWord(mod: string | undefined): string {
  return mod === 'START' ? 'early ' : mod === 'MID' ? 'mid-' : mod === 'END' ? 'late ' : '';
}

/**
 * `mod`: the part of the month the corrected date names, when it names no day. `numericDayFirst`: how
 * the brief's numeric dates were read ("02/06/2025" is 2 June in a brief that also writes
 * "30/05/2025"); without it, day first only after a dot or when the first number cannot be a month.
 */
export function rewriteInStyle(cited: string, target: TargetDate, mod?: string, numericDayFirst?: boolean): string {
  const part = target.day === undefined ? partWord(mod) : '';
  if (part) {
    // The citation's own "early"/"mid-"/"late" gives way to the source's, capitalised as it was.
    const bare = cited.replace(/^(?:early|mid|late)[\s-]+/i, '');
    const text = part + rewriteInStyle(bare, target);
    return /^(?:Early|Mid|Late)\b/.test(cited) ? text[0].toUpperCase() + text.slice(1) : text;
  }
  const iso = /^\d{4}-\d{2}/.test(cited.trim());
  const hasYear = /\b\d{4}\b/.test(cited);
  const weekday = new RegExp(`^(${WEEKDAYS.join('|')}|${WEEKDAYS.map((w) => w.slice(0, 3)).join('|')})\\.?,?\\s+`, 'i').exec(cited);
  const body = weekday ? cited.slice(weekday[0].length) : cited;
  const dayFirst = /^\d{1,2}(?:st|nd|rd|th)?(?:\s?[–-]\s?\d{1,2}(?:st|nd|rd|th)?)?\s/.test(body); // "4 June", "26–27 February"
  const of = /^\d{1,2}(?:st|nd|rd|th)?\s+of\s/i.test(body) ? 'of ' : ''; // "the 21st of June"
  const abbr = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(\.?)/i.exec(body);
  const abbreviated = !!abbr;
  // "Jun 4" is the short style, "Jun. 4" or "Nov. 1" the AP one.
  const shortStyle = !!abbr && !abbr[2];
  const sept = !!abbr && /^sept$/i.test(abbr[1]);
  const ordinalStyle = /\d(st|nd|rd|th)\b/.test(body);
  const year = hasYear ? target.year : undefined;
  const numeric = NUMERIC.exec(body.trim());
  if (numeric && target.day !== undefined && target.year !== undefined) {
    // Read as the date layer reads it: day first after a dot or when the first number cannot be a month.
    const dayFirstNumeric = numericDayFirst ?? (numeric[2] === '.' || Number(numeric[1]) > 12);
    const pad = (n: number, like: string) => (like.length === 2 ? String(n).padStart(2, '0') : String(n));
    const [a, b] = dayFirstNumeric ? [pad(target.day, numeric[1]), pad(target.month, numeric[3])] : [pad(target.month, numeric[1]), pad(target.day, numeric[3])];
    return withWeekday(`${a}${numeric[2]}${b}${numeric[2]}${target.year}`, weekday, target);
  }
  if (iso && target.year !== undefined) {
    const mm = String(target.month).padStart(2, '0');
    return target.day === undefined ? `${target.year}-${mm}` : `${target.year}-${mm}-${String(target.day).padStart(2, '0')}`;
  }
  const monthName = (m: number) => (shortStyle ? (m === 9 && sept ? 'Sept' : SHORT[m - 1]) : abbreviated ? AP_ABBR[m - 1] : MONTHS[m - 1]);
  const dayText = (d: number) => (ordinalStyle ? ordinal(d) : String(d));
  let text: string;
  if (target.day === undefined) text = monthName(target.month);
  else if (target.endDay !== undefined && (target.endMonth ?? target.month) === target.month && target.endDay !== target.day) {
    text = dayFirst ? `${target.day}–${dayText(target.endDay)} ${monthName(target.month)}` : `${monthName(target.month)} ${target.day}–${dayText(target.endDay)}`;
  } else text = dayFirst ? `${dayText(target.day)} ${of}${monthName(target.month)}` : `${monthName(target.month)} ${dayText(target.day)}`;
  if (year !== undefined) text = target.day === undefined || dayFirst ? `${text} ${year}` : `${text}, ${year}`;
  return withWeekday(text, weekday, target);
}

/** A weekday the citation named, now the new date's, written as it was (full or short). */
function withWeekday(text: string, weekday: RegExpExecArray | null, target: TargetDate): string {
  if (!weekday || target.day === undefined || target.year === undefined) return text;
  const name = WEEKDAYS[weekdayOf(target.year, target.month, target.day)];
  const short = weekday[1].length <= 3;
  return `${short ? name.slice(0, 3) : name}${weekday[0].slice(weekday[1].length)}${text}`;
}

/** A date for people: "2 June 2025", "June 2025", "early June 2025", "the week of 9 June 2025". */
export function describeTarget(t: TargetDate, opts: { mod?: string; week?: boolean } = {}): string {
  const y = t.year !== undefined ? ` ${t.year}` : '';
  if (opts.week && t.day !== undefined) return `the week of ${t.day} ${MONTHS[t.month - 1]}${y}`;
  if (t.day === undefined) {
    return `${partWord(opts.mod)}${MONTHS[t.month - 1]}${y}`;
  }
  if (t.endDay !== undefined && t.endDay !== t.day && (t.endMonth ?? t.month) === t.month) return `${t.day}–${t.endDay} ${MONTHS[t.month - 1]}${y}`;
  if (t.endDay !== undefined && t.endMonth !== undefined && t.endMonth !== t.month) return `${t.day} ${MONTHS[t.month - 1]} – ${t.endDay} ${MONTHS[t.endMonth - 1]}${y}`;
  return `${t.day} ${MONTHS[t.month - 1]}${y}`;
}
