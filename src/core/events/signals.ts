// One pass over an article for the words its facts are built from: event-kind signals and
// content terms, each with its position. A fact then reads its clause by range instead of
// lower-casing and tokenising the same text again for every date in it (the index's hot path).
// Results are the same as kindsIn / kindNear / contentTerms on the sliced text.
import type { EventKind } from '../types';
import { firstNotBefore } from '../sorted';
import { boundedMemo } from '../text/boundedMemo';
import { contentTerms, joinsNext, termBeside } from '../text/terms';
import { kindNear, kindOrder, kindSignals, kindsIn, singleWordKind } from './kinds';

interface Signal {
  start: number;
  end: number;
  kind: EventKind;
}

const TERM_WORD = /[A-Za-z][A-Za-z'’-]{1,40}/g;

/** Stemming the same words again and again is most of the cost: remember them (bounded). */
interface WordTerm {
  term: string | null;
  /** May be read with the next word ("wrapped up"): see termBeside. */
  joins: boolean;
}
const termOf = boundedMemo((word: string): WordTerm => {
  const term = contentTerms(word)[0] ?? null;
  return { term, joins: term !== null && joinsNext(word.toLowerCase()) };
}, 100_000);

/** A character the kind matcher counts as part of a word ([a-z0-9] once lower-cased). */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i) | 32; // ASCII letters to lower case; digits keep their code
  return (c >= 97 && c <= 122) || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57);
}

/** First index whose start is at or after `at` (starts are sorted). */
function firstFrom(starts: Int32Array, at: number): number {
  return firstNotBefore(starts.length, (i) => starts[i] < at);
}

export class DocumentSignals {
  private readonly signals: Signal[];
  private readonly signalStarts: Int32Array;
  /** Content-word tokens as parallel arrays (start, end, stemmed term or null for a stop word). */
  private readonly termStarts: Int32Array;
  private readonly termEnds: Int32Array;
  private readonly termValues: Array<string | null> = [];
  /** Lower-casing changed the length (rare scripts): positions would not line up, so slice instead. */
  private readonly fallback: boolean;

  constructor(private readonly text: string) {
    const lower = text.toLowerCase();
    this.fallback = lower.length !== text.length;
    this.signals = this.fallback ? [] : kindSignals(lower).sort((a, b) => a.start - b.start);
    this.signalStarts = Int32Array.from(this.signals, (s) => s.start);
    const starts: number[] = [];
    const ends: number[] = [];
    TERM_WORD.lastIndex = 0;
    for (let m = TERM_WORD.exec(text); m; m = TERM_WORD.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      const word = termOf(m[0]);
      let term = word.term;
      // A word read with the one after it ("wrapped up", "the lower house"), as contentTerms reads it.
      if (word.joins) {
        const beside = termBeside(m[0].toLowerCase(), text.slice(TERM_WORD.lastIndex, TERM_WORD.lastIndex + 10));
        if (beside) {
          term = beside.term;
          TERM_WORD.lastIndex += beside.skip;
        }
      }
      this.termValues.push(term);
    }
    this.termStarts = Int32Array.from(starts);
    this.termEnds = Int32Array.from(ends);
  }

  /** Signals wholly inside [start, end), plus those in words the range cuts (read from the cut text). */
  private signalsIn(start: number, end: number): Signal[] {
    const out: Signal[] = [];
    for (let i = firstFrom(this.signalStarts, start); i < this.signals.length && this.signals[i].start < end; i++) {
      if (this.signals[i].end <= end) out.push(this.signals[i]);
    }
    // A word cut by either edge: the sliced text sees only its fragment.
    for (const edge of [start, end]) {
      if (!isWordChar(this.text, edge - 1) || !isWordChar(this.text, edge)) continue;
      let ws = edge;
      while (ws > 0 && isWordChar(this.text, ws - 1)) ws--;
      let we = edge;
      while (we < this.text.length && isWordChar(this.text, we)) we++;
      const from = Math.max(start, ws);
      const to = Math.min(end, we);
      if (to <= from) continue;
      const kind = singleWordKind(this.text.slice(from, to).toLowerCase());
      if (kind) out.push({ start: from, end: to, kind });
    }
    return out;
  }

  kindsIn(start: number, end: number): EventKind[] {
    if (this.fallback) return kindsIn(this.text.slice(start, end));
    const found = new Set<EventKind>();
    for (const s of this.signalsIn(start, end)) found.add(s.kind);
    return [...found].sort((a, b) => kindOrder(a) - kindOrder(b));
  }

  kindOf(start: number, end: number): EventKind {
    return this.kindsIn(start, end)[0] ?? 'other';
  }

  /** The kind whose signal stands nearest to `at` within [start, end). */
  kindNear(start: number, end: number, at: number): EventKind {
    if (this.fallback) return kindNear(this.text.slice(start, end), at - start);
    let best: { kind: EventKind; distance: number; order: number } | undefined;
    for (const s of this.signalsIn(start, end)) {
      const distance = s.start > at ? s.start - at : Math.max(0, at - s.end);
      const order = kindOrder(s.kind);
      if (!best || distance < best.distance || (distance === best.distance && order < best.order)) best = { kind: s.kind, distance, order };
    }
    return best?.kind ?? 'other';
  }

  /** Stemmed content words of [start, end), in order, as contentTerms gives them. */
  terms(start: number, end: number): string[] {
    const out: string[] = [];
    const first = firstFrom(this.termStarts, start);
    if (first > 0 && this.termEnds[first - 1] > start) {
      // The range starts inside a word: only the cut text counts.
      return contentTerms(this.text, start, end);
    }
    for (let i = first; i < this.termStarts.length && this.termStarts[i] < end; i++) {
      if (this.termEnds[i] > end) {
        out.push(...contentTerms(this.text, this.termStarts[i], end));
        break;
      }
      const term = this.termValues[i];
      if (term !== null) out.push(term);
    }
    return out;
  }
}
