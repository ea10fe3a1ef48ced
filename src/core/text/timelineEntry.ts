// A timeline's entry: a date that opens a line and is followed by a dash or colon ("- **Aug. 22** —
// Carney says …", "March 4: The duties take effect"). The date dates the entry's whole statement.

// (A numbered item's "6." or "6)" opens an entry as a bullet does.)
const BEFORE = /(?:^|\n)[ \t]*(?:(?:[-*•–]|\d{1,3}[.)])[ \t]+)?(?:\*\*|__)?$/;
const AFTER = /^(?:\*\*|__)?[ \t]*[—–:-][ \t]+/;
/** How far the marks around a head date may reach: a saved page's tags are blanked to spaces ("<li><b>Feb. 1</b> — …"). */
const REACH = 40;

/** The date at start..end heads a timeline entry. */
export function headsEntry(text: string, start: number, end: number): boolean {
  return BEFORE.test(text.slice(Math.max(0, start - REACH), start)) && AFTER.test(text.slice(end, end + REACH));
}

/** Where the entry's words begin after its head date ending at `end` (past the dash), if it heads one. */
export function entryWordsStart(text: string, start: number, end: number, limit: number): number | undefined {
  if (!BEFORE.test(text.slice(Math.max(0, start - REACH), start))) return undefined;
  const dash = AFTER.exec(text.slice(end, Math.min(limit, end + REACH)));
  return dash ? end + dash[0].length : undefined;
}

/** The entry's own words after its head date at start..end, to its first full stop or semicolon, if it heads one. */
export function entryClause(text: string, start: number, end: number): string | undefined {
  const from = entryWordsStart(text, start, end, text.length);
  return from === undefined ? undefined : /^[^.;\n]*/.exec(text.slice(from, from + 200))![0];
}

/** A reporting verb in an entry ("Carney says …"): what follows is what was said. */
export const ENTRY_REPORTING = /\b(?:says|said|saying|announces|announced|tells|told|warns|warned|warning|confirms|confirmed|posts|posted|writes|wrote|pledges|pledged|pledging|promises|promised|threatens|threatened|threatening|vowing|adding)\b/i;
