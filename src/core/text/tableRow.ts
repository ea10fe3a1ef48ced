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
