// "It took effect on April 4, two days after Washington unveiled its tariffs": the words after
// "after" name another event, the one the date is counted from or set beside. They tell what the
// source's date is not about, so a claim about that other event must not match the date on them.
import type { Span } from './sentences';

/** "after", "two days after", "following", "ahead of", "in the wake of", "in response to", "acting on": an event named as a reference point. */
const REFERENCE = /(?<!\b(?:went|go|goes|going|gone|came|come|comes|coming|look|looks|looked|looking|run|runs|ran|chase|chased|chasing|named|sought)\s+)(?:\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few)\s+(?:hours?|days?|weeks?|months?)\s+|hours\s+)?\b(?:after|following|before|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|in\s+response\s+to|in\s+reply\s+to|at\s+the\s+request\s+of|prompted\s+by|acting\s+on|on\s+the\s+basis\s+of)\s+(?!(?:the\s+)?(?:day|days|week|weeks|month|months|year|years|morning|evening|night|weekend)(?:\s*[,.;:)]|\s+(?:of|that|when|and|in|on|at)\b|\s*$)|that\b|this\b|which\b)/gi;
/** Where the reference ends: a clause break. */
const REFERENCE_END = /[,;:()—–]|\s-\s/;
/**
 * A reference that opens its clause ("On April 4, 2025 two days after Washington unveiled its tariffs
 * Beijing announced a levy") runs, without a break, only until a new subject's name or a few words:
 * the main event follows it. One after the main verb ("opened the case on Jan. 5, after receiving an
 * application from the association") runs to the clause's end.
 */
const OPENING_REFERENCE_WORDS = /^(?:\S+\s+){0,3}\S+/;
/** A verb in the clause before the reference: the main event is told before it. */
const MAIN_VERB = /\b(?:is|are|was|were|has|have|had|will|would|said|says|took|takes|take|put|set|cut|made|began|begins|came|comes|went|goes|applies|starts|ends|expires|enters|opens|closes|arrives|meets|signs|announces|falls|rises|fell|rose|[a-z]{3,}ed)\b/i;
/** A name after a lower-case word that is not a preposition or article: a new subject ("… tariffs Beijing announced"). */
const NEW_SUBJECT = /(?<=\b(?!(?:of|in|at|from|with|by|to|for|the|and|on)\b)[a-z]+\s+)[A-Z]/;

/** ", South Korea," after a place: the place's country or state, not a clause break. */
const PLACE_APPOSITION = /^,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?,/;

/** Where a reference phrase ends in `rest`: its first clause break that is not a place's apposition. */
function referenceEnd(rest: string): number | undefined {
  for (let from = 0; from < rest.length; ) {
    const stop = REFERENCE_END.exec(rest.slice(from));
    if (!stop) return undefined;
    const at = from + stop.index;
    const apposition = PLACE_APPOSITION.exec(rest.slice(at));
    if (!apposition) return at;
    from = at + apposition[0].length - 1; // the comma that closes the apposition may end the phrase
  }
  return undefined;
}

/**
 * The span of the clause that names a reference event, or none. A phrase that holds the date itself
 * ("after May 12", "the day after talks ended on May 11", "before the deal cut them on May 14") is
 * about the date and stays.
 */
export function referencePhrase(text: string, clause: Span, date: Span): Span | undefined {
  const body = text.slice(clause.start, clause.end);
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(body); m; m = REFERENCE.exec(body)) {
    const start = clause.start + m.index;
    const afterWord = start + m[0].length;
    const rest = text.slice(afterWord, clause.end);
    const stop = referenceEnd(rest);
    let reach = stop ?? rest.length;
    // "before the Geneva deal cut them to 30% on May 14": the date is the reference's own.
    if (date.start < afterWord + reach && date.end > start) continue;
    // "came four weeks after the two men met in Busan, South Korea, on Oct. 30": after an interval,
    // a date right behind the reference is its anchor.
    if (/\b(?:days?|weeks?|months?)\s/i.test(m[0]) && date.start >= afterWord + reach && /^[\s,]*(?:on|in)?\s*$/i.test(text.slice(afterWord + reach, date.start))) continue;
    const before = text.slice(clause.start, start).replace(text.slice(date.start, date.end), ' ');
    if (stop === undefined && !MAIN_VERB.test(before)) {
      const subject = NEW_SUBJECT.exec(rest);
      reach = Math.min(reach, subject ? subject.index : reach, OPENING_REFERENCE_WORDS.exec(rest)?.[0].length ?? reach);
    }
    const end = afterWord + reach;
    if (end - afterWord < 3) continue;
    return { start, end };
  }
  return undefined;
}

/**
 * A verb of its own in a reference ("before the shutdown began"), not a bare name of an event ("after
 * a call with To Lam"): the main verbs above, in lower case only ("United" is a name).
 */
const OWN_VERB = new RegExp(MAIN_VERB.source);

/** Whether a reference phrase tells an event of its own, with its own verb. */
export function referenceTellsAnAct(text: string): boolean {
  return OWN_VERB.test(text);
}
