// A table row in plain text: a line that opens on "|" (Markdown, or an HTML table flattened to
// text). Its first cell names what the row's other cells are about.
import type { Span } from './sentences';

/** How far back a line's start is looked for: a page of one huge line is not read again per date. */
const LINE_REACH = 400;

/** Where the line holding `at` starts, if it starts within a few hundred characters before it. */
export function lineStartNear(text: string, at: number): number | undefined {
  const from = Math.max(0, at - LINE_REACH);
  const nl = text.slice(from, at).lastIndexOf('\n');
  if (nl < 0 && from > 0) return undefined;
  return from + nl + 1;
}

/** Whether the line holding `at` is a table row. */
export function inTableRow(text: string, at: number): boolean {
  const start = lineStartNear(text, at);
  return start !== undefined && /^[ \t]*\|/.test(text.slice(start, start + 40));
}

/** The first cell of the row opening at `lineStart`, when it closes before `limit`. */
export function firstCell(text: string, lineStart: number, limit = text.length): Span | undefined {
  const cell = /^[ \t]*\|([^|\n]*)\|/.exec(text.slice(lineStart, Math.min(limit, lineStart + LINE_REACH)));
  if (!cell) return undefined;
  const start = lineStart + cell[0].indexOf('|') + 1;
  return { start, end: start + cell[1].length };
}

/** Before a date that is a row's first cell: the bar, bold, a weekday ("| **Wed 9 July"). */
const ROW_HEAD_BEFORE = /(?:^|\n)[ \t]*\|[ \t]*(?:\*\*|__)?(?:[A-Z][a-z]{2,8}\.?,?[ \t]{1,2})?$/;
/** After it: bold, a bracketed weekday ("(Wed)"), the bar that closes the cell. */
const ROW_HEAD_AFTER = /^(?:\*\*|__)?[ \t]*(?:\([A-Za-z]{2,4}\.?\))?[ \t]*\|[ \t]*/;

/**
 * Where the next cell's words begin when the date at start..end is the whole first cell of its row
 * ("| Wed 9 July | Trump posts …|"): the row is then a timeline's entry, as a dated line is
 * (timelineEntry.ts).
 */
export function rowWordsStart(text: string, start: number, end: number): number | undefined {
  if (!ROW_HEAD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  const after = ROW_HEAD_AFTER.exec(text.slice(end, end + 16));
  return after ? end + after[0].length : undefined;
}

/** The date at start..end is the whole first cell of a table row. */
export function headsRow(text: string, start: number, end: number): boolean {
  return rowWordsStart(text, start, end) !== undefined;
}

/** How many rows up a table's header is looked for. */
const HEADER_ROWS = 80;

/**
 * The year a table's header gives its date column ("| Date (2025) | What happened |", "| 2025 |
 * Event |"), for a date at `at` in that column; none when the header names no year, or more than one.
 */
export function tableHeaderYear(text: string, at: number): number | undefined {
  const row = lineStartNear(text, at);
  if (row === undefined || !/^[ \t]*\|/.test(text.slice(row, row + 40))) return undefined;
  let start = row;
  // Up past the rows to the separator ("|---|---|"); the header is the line above it.
  for (let n = 0; n < HEADER_ROWS && start > 0; n++) {
    const above: number = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(above, start - 1);
    if (!/^[ \t]*\|/.test(line)) return undefined;
    if (/^[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*$/.test(line)) {
      const headerStart = text.lastIndexOf('\n', above - 2) + 1;
      const header = above > 0 ? text.slice(headerStart, above - 1) : '';
      const cells = header.split('|').map((c) => c.trim());
      const years = cells.flatMap((c, i) => {
        const m = /^(?:(?:\*\*|__)?(?:Date|Day|When)s?(?:\*\*|__)?\s{0,2}[(,]?\s{0,2})?((?:19|20)\d\d)\)?(?:\*\*|__)?$/i.exec(c);
        return m ? [{ year: Number(m[1]), column: i }] : [];
      });
      // Only that column's dates: another cell's "from 2 January" may fall in the next year.
      const column = text.slice(row, at).split('|').length - 1;
      return years.length === 1 && years[0].column === column ? years[0].year : undefined;
    }
    start = above;
  }
  return undefined;
}
