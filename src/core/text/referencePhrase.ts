// "It took effect on April 4, two days after Washington unveiled its tariffs": the words after
// "after" name another event, the one the date is counted from or set beside. They tell what the
// source's date is not about, so a claim about that other event must not match the date on them.
import type { Span } from './sentences';

/** "after", "two days after", "following", "ahead of", "in the wake of": an event named as a reference point. */
const REFERENCE = /(?:\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few)\s+(?:days?|weeks?|months?)\s+)?\b(?:after|following|before|ahead\s+of|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\s+(?!(?:the\s+)?(?:day|days|week|weeks|month|months|year|years|morning|evening|night|weekend)(?:\s*[,.;:)]|\s+(?:of|that|when|and|in|on|at)\b|\s*$)|that\b|this\b|which\b)/gi;
/** Where the reference ends: a clause break. */
const REFERENCE_END = /[,;:()—–]|\s-\s/;

/**
 * The span of the clause that names a reference event, or none. A phrase that holds the date itself
 * ("after May 12", "the day after talks ended on May 11") is about the date and stays.
 */
export function referencePhrase(text: string, clause: Span, date: Span): Span | undefined {
  const body = text.slice(clause.start, clause.end);
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(body); m; m = REFERENCE.exec(body)) {
    const start = clause.start + m.index;
    const afterWord = start + m[0].length;
    const stop = REFERENCE_END.exec(text.slice(afterWord, clause.end));
    const end = stop ? afterWord + stop.index : clause.end;
    if (end - afterWord < 3) continue;
    if (date.start < end && date.end > start) continue;
    return { start, end };
  }
  return undefined;
}
