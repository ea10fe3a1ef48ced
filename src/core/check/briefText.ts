// What of a brief is prose to check: front matter, code, comments and link targets are blanked
// (offsets kept), and the writer's ignore markers say which lines to leave alone.

export interface BriefText {
  /** Same length as the brief; non-prose characters replaced by spaces, newlines kept. */
  prose: string;
  /** 0-based lines where warnings are switched off by a marker. */
  ignoredLines: Set<number>;
  /** Event names the writer silenced with `<!-- trade-brief-ignore: name -->` (lower case). */
  ignoredEvents: Set<string>;
}

const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]{0,65536}?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/;
const FENCE = /^(```|~~~)[^\n]{0,200}\n[\s\S]{0,1000000}?(?:\n\1[ \t]*(?=\n|$)|$(?![\s\S]))/gm;
const INLINE_CODE = /`[^`\n]{1,500}`/g;
const COMMENT = /<!--[\s\S]{0,10000}?-->/g;
const LINK_TARGET = /\]\([^)\s]{1,2000}(?:\s+"[^"\n]{0,500}")?\)/g;
const URL = /\bhttps?:\/\/[^\s)>\]]{1,2000}/g;
const MARKER = /<!--\s*trade-brief-(ignore|disable|enable)(?:\s*:\s*([^>]{1,200}?))?\s*-->/g;

export function readBrief(text: string): BriefText {
  const ignoredLines = new Set<number>();
  const ignoredEvents = new Set<string>();
  const lineOfOffset = (offset: number) => {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
    return n;
  };
  const markers: Array<{ kind: string; line: number; name?: string }> = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) markers.push({ kind: m[1], line: lineOfOffset(m.index), name: m[2]?.trim() });
  let disabledFrom: number | undefined;
  const lineCount = text.split('\n').length;
  for (const m of markers) {
    if (m.kind === 'ignore') {
      if (m.name) ignoredEvents.add(m.name.toLowerCase());
      else ignoredLines.add(m.line);
    } else if (m.kind === 'disable' && disabledFrom === undefined) disabledFrom = m.line;
    else if (m.kind === 'enable' && disabledFrom !== undefined) {
      for (let l = disabledFrom; l <= m.line; l++) ignoredLines.add(l);
      disabledFrom = undefined;
    }
  }
  if (disabledFrom !== undefined) for (let l = disabledFrom; l < lineCount; l++) ignoredLines.add(l);
  const prose = text
    .replace(FRONT_MATTER, blank)
    .replace(FENCE, blank)
    .replace(COMMENT, blank)
    .replace(INLINE_CODE, blank)
    .replace(LINK_TARGET, (s) => ']' + blank(s.slice(1)))
    .replace(URL, blank);
  return { prose, ignoredLines, ignoredEvents };
}
