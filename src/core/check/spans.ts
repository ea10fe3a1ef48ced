// Where a date sits in its own sentence, for a brief's claim and for a source's fact: the checks
// that read the words just before or around a date work on these offsets.
import { firstCell, inTableRow } from '../text/tableRow';
import type { Fact } from '../types';
import type { Claim } from './claims';

export interface Span {
  start: number;
  end: number;
}

/** The cited date's place in `claim.sentenceText`. */
export function citedSpan(claim: Claim): Span {
  const start = claim.cited.mention.start - claim.sentence.start;
  return { start, end: start + claim.cited.mention.end - claim.cited.mention.start };
}

/** The fact's date's place in `f.sentence`. */
export function dateSpan(f: Fact): Span {
  return { start: f.date.start - f.sentenceStart, end: f.date.end - f.sentenceStart };
}

/** Up to `n` characters of the claim's sentence before its date. */
export function claimLead(claim: Claim, n: number): string {
  const { start } = citedSpan(claim);
  return claim.sentenceText.slice(Math.max(0, start - n), start);
}

/** Up to `n` characters of the fact's sentence before its date. */
export function factLead(f: Fact, n: number): string {
  const { start } = dateSpan(f);
  return f.sentence.slice(Math.max(0, start - n), start);
}

/** The fact's clause from its start up to `end` (a place in `f.sentence`): "up to the date", "through it". */
export function clauseUpTo(f: Fact, end: number): string {
  return f.sentence.slice(Math.max(0, f.clauseStart - f.sentenceStart), end);
}

/** The words of the source clause that holds the fact's date (the whole sentence when the clause is empty). */
export function factClause(f: Fact): string {
  const from = Math.max(0, f.clauseStart - f.sentenceStart);
  return f.sentence.slice(from, Math.max(from, f.clauseEnd - f.sentenceStart)) || f.sentence;
}

/** The first cell of the claim's table row, before its date ('' when there is none). */
export function rowLabelOf(claim: Claim): string {
  const cell = firstCell(claim.sentenceText, 0, citedSpan(claim).start);
  return cell ? claim.sentenceText.slice(cell.start, cell.end) : '';
}

/** The claim's date stands in a table row (a column's cell, or a row of the brief's own text). */
export function rowClaim(claim: Claim): boolean {
  return claim.column !== undefined || inTableRow(claim.sentenceText, citedSpan(claim).start);
}

/** A clause of time right after a date, its subject next: "…, when Carney announced". */
export const WHEN_AFTER = /^(?:,\s*\d{4})?,?\s+when\s+(?=(?:the\s+)?[A-Z])/;

/** The words of the claim's clause before its date. */
export function leadOf(claim: Claim): string {
  return claim.clauseText.slice(0, Math.max(0, claim.cited.mention.start - claim.clause.start));
}
