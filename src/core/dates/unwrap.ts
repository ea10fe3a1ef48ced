// Hard-wrapped text (wire copy, press releases, plain-text mail) breaks lines wherever the column
// ends, also inside a date: "held from Tuesday 9 December to Thursday\n11 December 2025", "signed
// in December\n2024". The scanner's patterns allow only horizontal space inside a date (a line break
// usually ends a dateline, a heading or a list item), so a break that falls inside a date expression
// is read as a space. Only such breaks: a line that ends in a month and a next line that starts with
// a number, and the like (in any case: a join only lets the scanner read what it reads on one
// line). Offsets do not move (each break character becomes one space).
import { DAY, MON, NUMWORD, WEEKDAY_ANY, WEEKDAY_FULL, YEAR } from './lexicon';

const H = '[ \\t\\u00a0]';
const UNIT_WORD = '(?:days?|weeks?|months?|years?|quarters?|weekend|fortnight)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';

// Each: what the line ends with (a lookbehind) and what the next line starts with (a lookahead).
const JOINS: Array<[string, string]> = [
  // "in December\n2024", "on December\n10, 2025"
  [`(?<![A-Za-z])${MON}`, `(?:${DAY}|${YEAR})`],
  // "on 9\nDecember", "the 9th\nof December"
  [`(?<![\\d.,:])${DAY}`, `(?:of${H}{1,2})?${MON}`],
  // "on Thursday\n11 December 2025", "Thursday,\nDec. 11"
  [`(?<![A-Za-z])${WEEKDAY_FULL},?`, `(?:\\d|${MON}|the${H}{1,2}\\d)`],
  // "December 10,\n2025"
  [`(?<![A-Za-z])${MON}${H}{1,2}\\d{1,2}(?:st|nd|rd|th)?,`, YEAR],
  // "from 2 to\n4 December", "9 and\n10 June"
  [`(?<![\\d.,])\\d{1,2}(?:st|nd|rd|th)?${H}{1,2}(?:to|and|until|through|-|–)`, `\\d{1,2}(?:st|nd|rd|th)?${H}{1,2}${MON}`],
  // "early\nDecember", "last\nweek", "the following\nday", "the first\nquarter"
  [`(?<![A-Za-z])(?:[Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Ff]ollowing|[Pp]revious|first|second|third|fourth)`, `(?:${MON}|${WEEKDAY_ANY}|(?:${UNIT_WORD}|${SEASON}|half|day|morning|afternoon|evening|night)(?![A-Za-z]))`],
  // "two\nweeks later", "14\ndays"
  [`(?<![A-Za-z\\d.,])(?:${NUMWORD}|\\d{1,3}|a|an|several|few)`, `${UNIT_WORD}(?![A-Za-z])`],
  // "three weeks\nlater", "a year\nago"
  [`(?<![A-Za-z])${UNIT_WORD}`, '(?:later|earlier|ago)(?![A-Za-z])'],
];

// The break first, so the scanner stops only where a line ends; each join then looks back past
// the break to the line's last words and on to the next line's first.
const WRAPPED = new RegExp(`\\r?\\n(?:${JOINS.map(([before, after]) => `(?<=${before}${H}{0,3}\\r?\\n)(?=${H}{0,3}${after})`).join('|')})`, 'gi');

/** `text` with each line break that falls inside a date expression turned into a space. */
export function unwrapDates(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  return text.replace(WRAPPED, (m) => (m.length === 2 ? '  ' : ' '));
}
