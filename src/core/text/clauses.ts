// Which words of a sentence belong to which of its dates: each date gets the stretch nearest to
// it, cut at a clause break (comma, "as", "while" …) between two dates when there is one.
import type { Span } from './sentences';

const CLAUSE_BREAK = /[,;:—–()]|\s(?:as|while|but|whereas|and|after|before|when|which|following)\s/g;

export function clauseFor(text: string, sentence: Span, dates: Span[], index: number): Span {
  const m = dates[index];
  const prev = dates[index - 1];
  const next = dates[index + 1];
  const start = prev ? breakBetween(text, prev.end, m.start) ?? Math.floor((prev.end + m.start) / 2) : sentence.start;
  const end = next ? breakBetween(text, m.end, next.start) ?? Math.floor((m.end + next.start) / 2) : sentence.end;
  return { start, end };
}

/** The clause break between two offsets closest to their midpoint, if any. */
function breakBetween(text: string, from: number, to: number): number | undefined {
  const between = text.slice(from, to);
  const mid = between.length / 2;
  let best: number | undefined;
  CLAUSE_BREAK.lastIndex = 0;
  for (let b = CLAUSE_BREAK.exec(between); b; b = CLAUSE_BREAK.exec(between)) {
    if (best === undefined || Math.abs(b.index - mid) < Math.abs(best - mid)) best = b.index;
  }
  return best === undefined ? undefined : from + best;
}
