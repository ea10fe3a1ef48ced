// The claim around a cited date: the entities, places and event words of its clause (full
// weight) and of the rest of its sentence (half weight), in the same feature space as the facts.
import type { Derived } from '../index/corpusIndex';
import type { FeatureWeights } from '../index/features';
import { knownOrgName } from '../entities/extract';
import { endsAState, kindsIn } from '../events/kinds';
import { clausesFor, type Clause } from '../text/clauses';
import { referencePhrase, referenceTellsAnAct } from '../text/referencePhrase';
import { sentenceAt, splitSentences, type Span } from '../text/sentences';
import { firstCell } from '../text/tableRow';
import { contentTerms } from '../text/terms';
import type { EventKind } from '../types';
import { writtenOut, type CitedDate } from './briefDates';
import { capitalsActing } from './governments';
import { blankSpans } from './sameOccurrence';
import { WHEN_AFTER } from './spans';

export interface Claim {
  cited: CitedDate;
  sentence: Span;
  clause: Span;
  /** The clause's words, for checks that read them (venue, rates). */
  clauseText: string;
  sentenceText: string;
  features: FeatureWeights;
  kinds: EventKind[];
  entityIds: string[];
  /**
   * Keys added for a capital that stands for its government ("Hanoi had secured …" also reads as
   * Vietnam), each to the capital's own key: one mention, so the two weigh once.
   */
  twins: Map<string, string>;
  /** The other dates the same sentence cites ("reported on August 7 that exports fell in July"). */
  siblings: CitedDate[];
  /** The header of the table column the date sits in ("Announced", "In force"), if it is in a table. */
  column?: string;
}

export function buildClaims(prose: string, cited: CitedDate[], corpus: Derived): Claim[] {
  const sentences = splitSentences(prose);
  const matches = corpus.registry.matchIn(prose);
  // "MOFCOM" in a brief is the Ministry of Commerce the sources name in full.
  for (const m of prose.matchAll(/\b[A-Z][A-Za-z]{2,6}\b/g)) {
    const name = knownOrgName(m[0]);
    // ("EFTA" is the "European Free Trade Association" the sources name in full, when no source names it short.)
    const e = name && name !== m[0] ? corpus.registry.lookup(name) : corpus.registry.byAcronym(m[0]);
    if (e && !matches.some((x) => x.start <= m.index! && m.index! < x.end)) matches.push({ start: m.index!, end: m.index! + m[0].length, entityId: e.id });
  }
  const capitals = capitalsActing(prose);
  const bySentence = new Map<Span, CitedDate[]>();
  for (const c of cited) {
    const s = sentenceAt(sentences, c.mention.start);
    if (!s) continue;
    bySentence.set(s, [...(bySentence.get(s) ?? []), c]);
  }
  const claims: Claim[] = [];
  for (const [sentence, list] of bySentence) {
    // "signed the MOU a day earlier, on November 13": a day counted from the brief's own dates and the
    // day written out right after it are one date, and one clause.
    const marks = list.filter((c, k) => writtenOut(c.mention) || !list[k + 1] || !RESTATED_AFTER.test(prose.slice(c.mention.end, list[k + 1].mention.start)));
    const clauses = clausesFor(prose, sentence, marks.map((c) => c.mention));
    list.forEach((cited) => {
      // "the same day", "the previous day": counted from the brief's own dates, they say nothing new,
      // and a misreading of the story would make a false warning; they stay siblings of the others.
      if (!writtenOut(cited.mention)) return;
      const clause = ownSide(prose, clauses[marks.indexOf(cited)], cited.mention);
      const features: FeatureWeights = new Map();
      // "AGOA expired on 30 September, hours before the shutdown began": the event named as the
      // date's reference point is not what the date is about; its names and words weigh as the
      // rest of the sentence does, as a source's do.
      // (A bare name of the occasion, "after a call with To Lam", still tells which event it was.)
      const found = referencePhrase(prose, clause, cited.mention);
      // (Nor does the basis an act was taken on: "acting on a complaint from the association".)
      // (Nor the occasion whose eve it was: "on 24 August, on the eve of the summit" is not the summit's day.)
      const ref = found && (referenceTellsAnAct(prose.slice(found.start, found.end)) || ACTED_ON.test(prose.slice(found.start, found.end)) || EVE_OF.test(prose.slice(found.start, found.end))) ? found : undefined;
      const entityIds = new Set<string>();
      for (const m of matches) {
        if (m.start < sentence.start || m.end > sentence.end) continue;
        const inClause = m.start >= clause.start && m.end <= clause.end && !(ref && m.end > ref.start && m.start < ref.end);
        const key = `e:${m.entityId}`;
        features.set(key, Math.max(features.get(key) ?? 0, inClause ? 1 : 0.5));
        entityIds.add(m.entityId);
      }
      for (const t of contentTerms(prose, sentence.start, sentence.end)) if (!features.has(`t:${t}`)) features.set(`t:${t}`, 0.5);
      // A bare table row or bullet under "## Copper" ("| Proclamation signed | July 30 |") is about
      // copper, though it does not say so; a row that names its subject needs no heading.
      if (!entityIds.size && features.size < 3) for (const t of headingTerms(prose, sentence.start)) if (!features.has(`t:${t}`)) features.set(`t:${t}`, 0.5);
      // An aside that is another date's ("The levies, announced on April 2, took effect on April 9")
      // is not this date's clause.
      const clauseText = clause.aside ? prose.slice(clause.start, clause.aside.start) + ' '.repeat(clause.aside.end - clause.aside.start) + prose.slice(clause.aside.end, clause.end) : prose.slice(clause.start, clause.end);
      const ownText = ref ? blankSpans(clauseText, [{ from: ref.start - clause.start, to: ref.end - clause.start }]) : clauseText;
      for (const t of contentTerms(ownText)) features.set(`t:${t}`, 1);
      // "- The Reserve's offtake expressions-of-interest window opened on 1 December. - That window
      // closes on 30 January": a subject that points back at the sentence before is named there.
      for (const t of antecedentTerms(prose, sentences, sentence, clauseText)) if (!features.has(`t:${t}`)) features.set(`t:${t}`, 1);
      // "Washington declared victory late on January 27, when the White House said Colombia had
      // accepted": a "when" right after the date tells what happened on it, as the clause does.
      const when = WHEN_AFTER.exec(prose.slice(cited.mention.end, sentence.end));
      if (when && cited.mention.end + when[0].length >= clause.end) for (const t of contentTerms(prose, cited.mention.end + when[0].length, whenClauseEnd(prose, cited.mention.end + when[0].length, sentence.end))) features.set(`t:${t}`, 1);
      const twins = new Map<string, string>();
      for (const c of capitals) {
        if (c.start < sentence.start || c.end > sentence.end) continue;
        const w = c.start >= clause.start && c.end <= clause.end ? 1 : 0.5;
        const government = corpus.registry.lookup(c.government);
        // "Beijing's commerce ministry": the ministry acts, and the capital only qualifies it.
        if (/^['’]s\s*$/.test(prose.slice(c.end, c.end + 3)) && matches.some((x) => x.start >= c.end && x.start <= c.end + 3)) continue;
        const own = matches.find((x) => x.start <= c.start && c.start < x.end);
        const govTerms = contentTerms(c.government);
        const ownTerms = contentTerms(prose, c.start, c.end);
        const pairs: Array<[string | undefined, string | undefined]> = [
          [government && `e:${government.id}`, own && `e:${own.entityId}`],
          [govTerms.length === 1 ? `t:${govTerms[0]}` : undefined, ownTerms.length === 1 ? `t:${ownTerms[0]}` : undefined],
        ];
        for (const [key, ownKey] of pairs) {
          if (!key || features.has(key)) continue;
          features.set(key, w);
          if (ownKey && features.has(ownKey)) twins.set(key, ownKey);
        }
      }
      const siblings = list.filter((c) => c !== cited);
      // "kept in force until October 14" speaks of an end, as a source's deadline does.
      const kinds = kindsIn(clauseText);
      if (endsAState(prose.slice(sentence.start, cited.mention.start)) && !kinds.includes('deadline')) kinds.unshift('deadline');
      const column = columnHeader(prose, cited.mention.start);
      // A table row's first cell names what every date in the row is about.
      if (column) {
        const rowStart = prose.lastIndexOf('\n', cited.mention.start - 1) + 1;
        const first = firstCell(prose, rowStart, sentence.end);
        if (first && first.end < cited.mention.start) for (const t of contentTerms(prose, first.start, first.end)) features.set(`t:${t}`, 1);
      }
      claims.push({ cited, sentence, clause, clauseText, sentenceText: prose.slice(sentence.start, sentence.end), features, twins, kinds, entityIds: [...entityIds], siblings, ...(column ? { column } : {}) });
    });
  }
  return claims;
}

/** The day before an occasion: "on the eve of the summit". */
const EVE_OF = /^on\s+the\s+eve\s+of\b/i;

/** A subject that points back: "That window", "This rule", "The same deadline". */
const POINTING_SUBJECT = /^[\s|*•-]*(?:That|This|The\s+same)\s+([a-z][a-z-]{2,})\b/;

/**
 * The words the sentence before names the pointed-at noun with ("offtake expressions-of-interest
 * window" for "That window"), when it names it; none otherwise.
 */
function antecedentTerms(prose: string, sentences: Span[], sentence: Span, clauseText: string): string[] {
  const head = POINTING_SUBJECT.exec(clauseText);
  if (!head) return [];
  const k = sentences.indexOf(sentence);
  const before = k > 0 ? sentences[k - 1] : undefined;
  if (!before) return [];
  const named = new RegExp(`((?:[\\w'’-]+\\s+){0,4})${head[1]}\\b`, 'i').exec(prose.slice(before.start, before.end));
  if (!named) return [];
  // The noun's own modifiers only: from the last determiner, possessive or verb before it.
  const words = named[1].trim().split(/\s+/).filter(Boolean);
  let from = 0;
  words.forEach((w, i) => {
    if (/^(?:the|a|an|its|their|his|her|this|that|of|for|to|on|in|and|or|was|were|is|are|has|have|had)$/i.test(w) || /['’]s$/.test(w)) from = i + 1;
  });
  return contentTerms(words.slice(from).join(' '));
}

/** A reference that gives what an act was based on: "acting on a complaint", "on the basis of". */
const ACTED_ON = /^(?:acting\s+on|on\s+the\s+basis\s+of)\b/i;

/** What stands between a counted day and the same day written out: ", on ", " - ". */
const RESTATED_AFTER = /^\s*(?:,|[-–—])?\s*(?:on\s+|in\s+)?(?:the\s+)?$/i;

/**
 * "The government petitioned on 3 September; the justices agreed to hear the case the following
 * week": a semicolon joins two statements, and the date's words stop at it, whatever the other
 * half dates ("the following week" is no date a claim is made of).
 */
function ownSide(prose: string, clause: Clause, m: { start: number; end: number }): Clause {
  const before = prose.lastIndexOf(';', m.start - 1);
  const after = prose.indexOf(';', m.end);
  const start = before >= clause.start ? before + 1 : clause.start;
  const end = after >= 0 && after < clause.end ? after : clause.end;
  if (start === clause.start && end === clause.end) return clause;
  const aside = clause.aside && clause.aside.start >= start && clause.aside.end <= end ? { aside: clause.aside } : {};
  return { start, end, ...aside };
}

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The header of the Markdown table column holding offset `at` ("| Measure | Announced | In force |"). */
function columnHeader(prose: string, at: number): string | undefined {
  const lineStart = prose.lastIndexOf('\n', at - 1) + 1;
  if (prose[lineStart] !== '|' && !/^\s*\|/.test(prose.slice(lineStart, lineStart + 8))) return undefined;
  const column = (prose.slice(lineStart, at).match(/\|/g) ?? []).length;
  // Up through the rows to the rule under the header (a table is short: a few hundred lines at most).
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < 400; rows++) {
    const start = prose.lastIndexOf('\n', end - 1) + 1;
    const line = prose.slice(start, end);
    if (!/^\s*\|/.test(line)) return undefined;
    if (TABLE_RULE.test(line)) {
      const headerEnd = start - 1;
      const header = prose.slice(prose.lastIndexOf('\n', headerEnd - 1) + 1, headerEnd);
      return header.split('|')[column]?.trim() || undefined;
    }
    end = start - 1;
  }
  return undefined;
}

/** Lines of a table or a list: their subject is often only in the heading above them. */
const ROW_OR_ITEM = /^[ \t]*(?:\||[-*+][ \t]|\d{1,3}[.)][ \t])/;
const HEADING = /^#{1,6}[ \t]+(.+)$/;

/** The words of the heading a table row or list item stands under, if it is one. */
function headingTerms(prose: string, at: number): string[] {
  const lineStart = prose.lastIndexOf('\n', at - 1) + 1;
  if (!ROW_OR_ITEM.test(prose.slice(lineStart, lineStart + 8))) return [];
  // Read back line by line (within a few thousand characters) to the nearest heading.
  let end = lineStart - 1;
  for (let steps = 0; end > 0 && steps < 200; steps++) {
    const start = prose.lastIndexOf('\n', end - 1) + 1;
    const heading = HEADING.exec(prose.slice(start, end));
    if (heading) return contentTerms(heading[1]);
    if (lineStart - start > 4000) break;
    end = start - 1;
  }
  return [];
}

/** Where a "when" clause ends: at the next clause break of the sentence. */
function whenClauseEnd(prose: string, from: number, end: number): number {
  const stop = /[;:—–]|,\s+(?:and|but|while|which|as)\b/.exec(prose.slice(from, end));
  return stop ? from + stop.index : end;
}
