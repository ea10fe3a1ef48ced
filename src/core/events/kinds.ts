// The event vocabulary of trade policy: which words signal which kind of event, and the noun a
// writer would use to name one ("talks", "truce", "tariff threat").
import type { EventKind } from '../types';
import { stem } from '../text/terms';
import { boundedMemo } from '../text/boundedMemo';
import { escapeRegExp } from '../text/escapeRegExp';

interface KindDef {
  kind: EventKind;
  noun: string;
  words: string[];
}

// Ordered by how specific a kind is: the first kind whose word appears near the date wins.
const KINDS: KindDef[] = [
  { kind: 'deadline', noun: 'deadline', words: ['deadline', 'expire', 'expiry', 'expires', 'lapse', 'cutoff'] },
  { kind: 'summit', noun: 'summit', words: ['summit', 'apec', 'g20', 'g7'] },
  { kind: 'export-control', noun: 'export controls', words: ['export control', 'export controls', 'export curbs', 'export permits', 'export licences', 'export licenses', 'permits', 'licences', 'licenses', 'licensing', 'rare earth', 'rare earths'] },
  { kind: 'sanction', noun: 'sanctions', words: ['sanction', 'sanctions', 'entity list', 'blacklist', 'unreliable entity', 'placing limits', 'limits on'] },
  // A court's acts: a hearing and the ruling that follows are two dates of one case.
  { kind: 'ruling', noun: 'ruling', words: ['ruled', 'ruling', 'rulings', 'struck down', 'strike down', 'strikes down', 'verdict', 'judgment', 'judgement', 'upheld', 'overturned', 'injunction'] },
  { kind: 'hearing', noun: 'hearing', words: ['hearing', 'hearings', 'heard', 'oral argument', 'oral arguments', 'arguments'] },
  { kind: 'tariff', noun: 'tariffs', words: ['tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies'] },
  { kind: 'agreement', noun: 'agreement', words: ['agreement', 'deal', 'truce', 'pact', 'accord', 'consensus', 'framework', 'ceasefire', 'trade arrangement'] },
  { kind: 'talks', noun: 'talks', words: ['talks', 'negotiations', 'negotiation', 'negotiators', 'consultations', 'round of talks', 'trade talks', 'dialogue'] },
  // A video call or a "virtual meeting" is a call, not a meeting face to face (the phrase outranks its "meeting").
  { kind: 'call', noun: 'call', words: ['phone call', 'call', 'phone', 'spoke', 'spoken', 'speak', 'conversation', 'video call', 'video conference', 'videoconference', 'virtual meeting', 'video link'] },
  { kind: 'interview', noun: 'interview', words: ['interview', 'told cbs', 'told cnbc', 'on cnbc', 'on cbs', 'television'] },
  { kind: 'accusation', noun: 'accusation', words: ['accused', 'accuses', 'accuse', 'violated', 'violating', 'breach', 'breached', 'blamed', 'alleged'] },
  // A leader's journey: flying in is not signing or meeting, whatever the place shared. (Not
  // "departure": "disclosed his departure" leaves a post as often as a city.)
  { kind: 'travel', noun: 'trip', words: ['fly', 'flying', 'flew', 'flown', 'flies', 'landed', 'lands', 'arrived', 'arrives', 'arrive', 'arriving', 'arrival', 'touched down', 'touches down', 'departed', 'departs', 'travelled', 'traveled', 'travels', 'trip'] },
  { kind: 'meeting', noun: 'meeting', words: ['meeting', 'meet', 'met', 'meets', 'gathering', 'huddle', 'visit', 'sat down with', 'sit down with', 'sits down with'] },
  { kind: 'announcement', noun: 'announcement', words: ['announced', 'announce', 'announces', 'unveiled', 'approved', 'granted'] },
  { kind: 'statement', noun: 'statement', words: ['statement', 'said', 'says', 'press conference', 'briefing', 'spokesman', 'spokesperson', 'responded', 'insisted', 'reiterated', 'warned', 'urged', 'rejected', 'raised concerns', 'raised concern', 'voiced concern', 'voiced concerns', 'expressed concern', 'expressed concerns', 'complained', 'protested'] },
];

const SINGLE = new Map<string, EventKind>();
const PHRASES: Array<{ phrase: string; kind: EventKind }> = [];
const ORDER = new Map<EventKind, number>();
KINDS.forEach((def, i) => {
  ORDER.set(def.kind, i);
  for (const w of def.words) {
    if (w.includes(' ')) PHRASES.push({ phrase: w, kind: def.kind });
    else if (!SINGLE.has(w)) SINGLE.set(w, def.kind);
  }
});

export function kindOrder(kind: EventKind): number {
  return ORDER.get(kind) ?? 99;
}

/** The kinds' multi-word phrases, in their order. */
export function kindPhrases(): ReadonlyArray<{ phrase: string; kind: EventKind }> {
  return PHRASES;
}

/** Phrases by their first two characters, and where any of them starts (a lookahead: they overlap). */
const PHRASES_BY_HEAD = new Map<string, Array<{ phrase: string; kind: EventKind }>>();
for (const p of PHRASES) PHRASES_BY_HEAD.set(p.phrase.slice(0, 2), [...(PHRASES_BY_HEAD.get(p.phrase.slice(0, 2)) ?? []), p]);
const PHRASE_START = new RegExp(`(?=${PHRASES.map((p) => escapeRegExp(p.phrase)).join('|')})`, 'g');

/**
 * Every occurrence of a kind phrase in lower-case text, wherever it starts (as `indexOf` finds
 * them), by position and then in the phrases' order. One regular-expression pass instead of a
 * search per phrase (several times faster on the bench corpus).
 */
export function phrasesIn(lower: string): Array<{ start: number; end: number; kind: EventKind }> {
  const out: Array<{ start: number; end: number; kind: EventKind }> = [];
  const re = PHRASE_START; // (no call in the loop uses it again)
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const i = m.index;
    for (const p of PHRASES_BY_HEAD.get(lower.slice(i, i + 2)) ?? []) if (lower.startsWith(p.phrase, i)) out.push({ start: i, end: i + p.phrase.length, kind: p.kind });
    re.lastIndex = i + 1;
  }
  return out;
}

/** Where a kind's single word stands as a whole word ([a-z0-9] runs, as the words are read). */
const SINGLE_WORD = new RegExp(`(?<![a-z0-9])(?:${[...SINGLE.keys()].map(escapeRegExp).join('|')})(?![a-z0-9])`, 'g');

/** Every kind's single word in lower-case text, in order: what reading each word and looking it up finds, by one regular expression. */
export function singleWordsIn(lower: string): Array<{ start: number; end: number; kind: EventKind }> {
  const out: Array<{ start: number; end: number; kind: EventKind }> = [];
  const re = SINGLE_WORD; // (no call in the loop uses it again)
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) out.push({ start: m.index, end: m.index + m[0].length, kind: SINGLE.get(m[0])! });
  return out;
}

/** Every kind signal in lower-case text: its phrases (see phrasesIn), then its single words (see singleWordsIn). */
export function kindSignals(lower: string): Array<{ start: number; end: number; kind: EventKind }> {
  const out = phrasesIn(lower);
  // (One by one: a long text holds more signals than a call takes arguments.)
  for (const s of singleWordsIn(lower)) out.push(s);
  return out;
}

/** The kind a single lower-case word signals, if any. */
export function singleWordKind(word: string): EventKind | undefined {
  return SINGLE.get(word);
}

export function kindNoun(kind: EventKind): string {
  return KINDS.find((k) => k.kind === kind)?.noun ?? 'event';
}

/** Every kind signalled in the text, most specific first. */
export function kindsIn(text: string): EventKind[] {
  // (A check asks this of the same sentences for many candidates; each caller gets its own copy.)
  return kindsRead(text).slice();
}
const kindsRead = boundedMemo((text: string): EventKind[] => {
  const found = new Set<EventKind>();
  for (const s of kindSignals(text.toLowerCase())) found.add(s.kind);
  return [...found].sort((a, b) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99));
}, 20_000);

// "in force until Oct. 14", "collected through late September": the date ends a state of things.
const END_BOUND = /\b(?:until|till|through|thru)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$/i;

/** A date right after "until" or "through" is an end, a deadline, whatever the sentence is about. */
export function endsAState(textBefore: string): boolean {
  return END_BOUND.test(textBefore.slice(-32));
}

export function kindOf(text: string): EventKind {
  return kindsIn(text)[0] ?? 'other';
}

/** Stems that only say "something happened" and so tell little about which event. */
export const EVENT_STEMS = new Set(KINDS.flatMap((k) => k.words.filter((w) => !w.includes(' ')).map(stem)));

/** Characters between a date and the event word it is written with ("May 27 ruling", "ruled on May 27"). */
const BESIDE = 12;

/** The kind of an event word written right beside a date (start..end) in `text`, if any. */
export function kindBeside(text: string, start: number, end: number): EventKind | undefined {
  // The window reaches BESIDE characters either way, widened to whole words.
  let from = Math.max(0, start - BESIDE);
  while (from > 0 && /[A-Za-z]/.test(text[from - 1])) from--;
  let to = Math.min(text.length, end + BESIDE);
  while (to < text.length && /[A-Za-z]/.test(text[to])) to++;
  const k = kindNear(text.slice(from, start) + ' '.repeat(end - start) + text.slice(end, to), start - from);
  return k === 'other' ? undefined : k;
}

/** The kind whose signal word stands nearest to a position (the date) in the text. */
export function kindNear(text: string, at: number): EventKind {
  const lower = text.toLowerCase();
  let best: { kind: EventKind; distance: number; order: number } | undefined;
  const consider = (kind: EventKind, start: number, end: number) => {
    const distance = start > at ? start - at : Math.max(0, at - end);
    const order = ORDER.get(kind) ?? 99;
    if (!best || distance < best.distance || (distance === best.distance && order < best.order)) best = { kind, distance, order };
  };
  for (const s of kindSignals(lower)) consider(s.kind, s.start, s.end);
  return best?.kind ?? 'other';
}
