// YAML front matter at the top of an article (--- … ---). Malformed YAML is reported with its
// line and column and the article is still read, without its metadata.
import { parseDocument } from 'yaml';
import type { CorpusProblem, FrontMatter } from '../types';

export interface FrontMatterResult {
  data: FrontMatter;
  /** Offset where the body starts (0 when there is no front matter). */
  bodyStart: number;
  problems: Omit<CorpusProblem, 'file'>[];
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/g;
const MAX_FRONT_MATTER = 64 * 1024;

export function readFrontMatter(text: string): FrontMatterResult {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, bodyStart: 0, problems: [] };
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(text);
  if (!close || close.index > MAX_FRONT_MATTER) {
    return { data: {}, bodyStart: 0, problems: [{ line: 0, column: 0, severity: 'warning', message: 'front matter starts with --- but has no closing --- line; read as text' }] };
  }
  const yamlText = text.slice(open[0].length, close.index + 1);
  const bodyStart = close.index + close[0].length;
  const simple = simpleMapping(yamlText);
  if (simple) return { data: normalise(simple), bodyStart, problems: [] };
  const lineOffset = 1;
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: false });
  const problems: Omit<CorpusProblem, 'file'>[] = [];
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    problems.push({
      line: (pos?.line ?? 1) - 1 + lineOffset,
      column: (pos?.col ?? 1) - 1,
      severity: 'error',
      message: `front matter is not valid YAML: ${e.message.split('\n')[0]}`,
    });
  }
  if (problems.length) return { data: {}, bodyStart, problems };
  let value: unknown;
  try {
    // maxAliasCount guards against "billion laughs" alias bombs.
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    return { data: {}, bodyStart, problems: [{ line: lineOffset, column: 0, severity: 'error', message: `front matter could not be read: ${(err as Error).message}` }] };
  }
  if (value === null || value === undefined) return { data: {}, bodyStart, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: {}, bodyStart, problems: [{ line: lineOffset, column: 0, severity: 'warning', message: 'front matter should be a mapping of keys (title, date, outlet, url)' }] };
  }
  return { data: normalise(value as Record<string, unknown>), bodyStart, problems };
}

// Most front matter is a few `key: words` lines. The YAML parser took a twelfth of the time to
// index an article, so such lines are read directly; a value YAML could read as anything but that
// plain string (a number, a boolean, null, a quote, a list, a comment, a colon) goes to the parser.
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+([^\s"'`#:[\]{}&*!|>%@?,-][^#:\t\r]*)$/;
const NOT_A_STRING = /^(?:[-+.\d]|(?:true|false|null|yes|no|on|off|y|n)$)/i;
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;

/** The mapping when every line is `key: plain words`; undefined when YAML must decide. */
export function simpleMapping(yamlText: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const lines = yamlText.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  for (const line of lines) {
    const m = SIMPLE_LINE.exec(line);
    if (!m || m[1] === '__proto__') return undefined;
    const value = m[2].trimEnd();
    if (NOT_A_STRING.test(value) && !ISO_DAY.test(value)) return undefined;
    out[m[1]] = value;
  }
  return out;
}

function asString(v: unknown): string | undefined {
  if (v instanceof Date && !isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return undefined;
}

function normalise(raw: Record<string, unknown>): FrontMatter {
  const lower: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) lower[k.toLowerCase()] = v;
  return {
    ...lower,
    title: asString(lower.title ?? lower.headline),
    date: asString(lower.date ?? lower.published ?? lower.pubdate ?? lower.published_at ?? lower.datetime),
    outlet: asString(lower.outlet ?? lower.source ?? lower.publisher),
    url: asString(lower.url ?? lower.link),
  };
}
