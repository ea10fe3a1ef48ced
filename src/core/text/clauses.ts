// Which words of a sentence belong to which of its dates: each date gets the stretch nearest to
// it, cut at a clause break (comma, "as", "while" …) between two dates when there is one; a date
// used as a modifier ("the April 2 tariffs"), an aside ("announced on April 2,") and a clause of an
// earlier event keep to their own words.
import { BOUND_BEFORE } from '../dates/lexicon';
import type { DateMention } from '../types';
import type { Span } from './sentences';
import { ENTRY_REPORTING, entryWordsStart } from './timelineEntry';

// (Not the comma of a figure, "4,268 yen", nor the colon of a time, "16:30".)
const CLAUSE_BREAK = /[;—–()]|,(?!\d{3}(?!\d))|(?<!\d):(?!\d)|\s(?:as|while|but|whereas|and|after|before|when|which|following)\s/g;
/** "a letter dated ": a date that names its paper. */
const DATED_BEFORE = /\bdated\s+(?:the\s+)?$/i;
/** The main clause's verb right after it: " was delivered", ", which was". */
const PASSIVE_AFTER = /^\s+(?:was|were|had\s+been|has\s+been)\s+[a-z]+(?:ed|en|wn|nt)\b/;
/** "said on Thursday", "told reporters Tuesday": the date of a speech act, before what was said. */
const SPEECH_BEFORE = /\b(?:said|says|told\s+\w+|announced|stated|added|noted|warned|confirmed|declared|insisted|wrote|posted)(?:\s+(?:on|late|early))?\s+$/i;

/** A date's words: `aside`, when there is one, lies inside and is another date's (see asideOpening). */
export interface Clause extends Span {
  aside?: Span;
}

/**
 * The words of each date of a sentence, in order. `entries`: a timeline entry's head date owns the
 * words after its dash (sources; a brief's line is cut at the dash, so that what it cites after the
 * dash is read alone).
 */
export function clausesFor(text: string, sentence: Span, dates: Span[], entries = false): Clause[] {
  // A date used as a modifier names its noun phrase ("the April 2 tariffs took effect on April
  // 5"): when the sentence has a date that is none, that date tells the clause around it, as though
  // the modifier were a word like any other. Alone, it dates its clause ("addressed Nexperia at its
  // Nov. 6 briefing"), unless a word of topic comes before it: "issued its statement on yesterday's
  // talks" was not issued yesterday.
  const modifiers = dates.length > 1 ? dates.map((d, k) => boundYear(text, d) ?? modifierSpan(text, d, Math.max(sentence.start, dates[k - 1]?.end ?? 0))) : [];
  const anyPlain = modifiers.some((d) => d === undefined);
  const out: Clause[] = [];
  for (let index = 0; index < dates.length; index++) out.push(clauseOf(text, sentence, dates, index, entries, modifiers, anyPlain, out));
  // "on Wednesday, 7 February, and Thursday, 8 February, it held technical meetings": days joined by
  // "and" alone are the days of one act, and share its words.
  for (let k = 0; k + 1 < dates.length; k++) {
    if (!DAYS_JOINED.test(text.slice(dates[k].end, dates[k + 1].start))) continue;
    const both = { start: Math.min(out[k].start, out[k + 1].start), end: Math.max(out[k].end, out[k + 1].end) };
    out[k] = { ...out[k], ...both };
    out[k + 1] = { ...out[k + 1], ...both };
  }
  return out;
}

/** Nothing but ", and" between two dates set off as a list (not "between May and June", nor ", and on Friday … it made", a clause of its own). */
const DAYS_JOINED = /^\s*,\s*(?:and|&)\s+$/;

/**
 * A bare year as a bound ("since 1997", "through 2029") names no event of its own: "having suffered its worst day since 1997
 * earlier this week" is the week's, and the year's words are its own only.
 */
function boundYear(text: string, d: Span): Span | undefined {
  if (!/^\d{4}$/.test(text.slice(d.start, d.end))) return undefined;
  const bound = BOUND_BEFORE.exec(text.slice(Math.max(0, d.start - 12), d.start));
  return bound ? { start: d.start - (bound[0].length), end: d.end } : undefined;
}

/** The words of one date of a sentence (see clausesFor, which reads every date's at once). */
export function clauseFor(text: string, sentence: Span, dates: Span[], index: number, entries = false): Clause {
  return clausesFor(text, sentence, dates, entries)[index];
}

/** The clause of `dates[index]`, given the sentence's modifiers and the clauses of the dates before it. */
function clauseOf(text: string, sentence: Span, dates: Span[], index: number, entries: boolean, modifiers: Array<Span | undefined>, anyPlain: boolean, before: Clause[]): Clause {
  const m = dates[index];
  const modifier = modifiers[index];
  if (modifier && anyPlain) return { start: Math.max(sentence.start, modifier.start), end: Math.min(modifier.end, sentence.end) };
  if (dates.length === 1) {
    const alone = modifierSpan(text, m, sentence.start);
    if (alone && TOPIC_BEFORE.test(text.slice(Math.max(sentence.start, alone.start - 20), alone.start))) return { start: alone.start, end: Math.min(alone.end, sentence.end) };
  }
  let p = index - 1;
  while (p >= 0 && modifiers[p] !== undefined && !modifier) p--;
  let n = index + 1;
  while (n < dates.length && modifiers[n] !== undefined && !modifier) n++;
  const prev = dates[p];
  const next = dates[n];
  let start = prev ? cut(text, prev, m, entries) : sentence.start;
  start = joinedClauseStart(text, start, m.start) ?? start;
  // (In sources only: a brief's line is read whole, "eight days before Trump named the rate on July 8"
  // telling the writer's story of both acts.)
  if (entries) start = measuredAfterStart(text, start, m.start) ?? start;
  // "He had arrived from Malaysia, where the summit opened on October 26": a place's own clause,
  // with its antecedent, is the date's; the main clause before it is another event.
  const where = WHERE_CLAUSE.exec(text.slice(start, m.start));
  if (where) start += where.index;
  // "… had lost its majority in the July 20 election when, two days later, his negotiator sat down
  // with Trump": the main clause is dated by its own modifier ("the July 20 election"), and only the
  // "when" clause is the later date's.
  // (So is a clause "as" or "because" opens: "Friday's binational market … drew only a few hundred
  // buyers, as Haitian authorities kept their side shut in response to the closure last month".)
  if (p < index - 1) {
    const skipped = dates[index - 1];
    const when = LAST_WHEN.exec(text.slice(Math.max(start, skipped.end), m.start));
    if (when) start = Math.max(start, skipped.end) + when.index;
  }
  let end = next ? cut(text, m, next, entries) : sentence.end;
  // "AGOA, signed into law in May 2000, gave citrus duty-free entry": the date is the aside's, and
  // the main clause after it tells something else of the subject.
  // (So is a day set after a coarser one in the aside: "The decree, adopted by the Council of
  // Ministers two weeks ago, on March 15, appeared in …".)
  const apposed = !!prev && p === index - 1 && APPOSED_DAY.test(text.slice(prev.end, m.start));
  if ((!next && !prev) || apposed) {
    const close = asideClose(text, sentence.start, m, end, apposed ? prev : undefined);
    if (close !== undefined) end = close;
  }
  // "… arrived on Monday from Malaysia, where he had attended a summit": a clause told in the past
  // perfect is an earlier event, not this date's.
  const earlier = EARLIER_CLAUSE.exec(text.slice(m.end, end)) ?? RESULT_CLAUSE.exec(text.slice(m.end, end)) ?? AFTER_GERUND.exec(text.slice(m.end, end)) ?? AS_LONG_AS.exec(text.slice(m.end, end)) ?? JOINED_AFTER.exec(text.slice(m.end, end));
  if (earlier) end = m.end + earlier.index;
  // "… when he suspended most of the rates unveiled on April 2 and kept a baseline duty in place": a
  // date in a participle after its noun, inside another verb's clause; what is joined on after it with
  // "and" and an object is that verb's, not the participle's.
  else if (OBJECT_PARTICIPLE_BEFORE.test(text.slice(start, m.start)) && AND_ACTIVE_AFTER.test(text.slice(m.end, end))) end = m.end;
  // A bracketed date alone ("Turnberry deal (27 July); EU–Indonesia agreement") dates its sentence
  // up to the next clause of its own.
  const bracketed = next ? undefined : (modifier ?? modifierSpan(text, m, Math.max(sentence.start, prev?.end ?? 0)));
  if (bracketed && text[bracketed.end - 1] === ')') {
    const semi = text.indexOf(';', bracketed.end);
    if (semi >= 0 && semi < end) end = semi;
  }
  // "The levies, announced on April 2, took effect on April 9": the subject before the aside is
  // the later date's subject too; the aside itself is the earlier date's.
  const aside = prev ? asideOpening(text, sentence.start, prev, m) : undefined;
  if (aside !== undefined) {
    const subject = before[p].start;
    if (subject < aside) return { start: subject, end, aside: { start: aside, end: Math.max(aside, start) } };
  }
  // "The 19% rate was announced by Hun Manet on August 1 and took effect on August 7": a predicate
  // joined by "and" with no subject of its own shares the earlier one's, which is this date's subject
  // too; the earlier predicate is the earlier date's.
  if (prev && COORDINATED_PREDICATE.test(text.slice(start, m.start))) {
    const subject = before[p].start;
    const verb = FIRST_VERB.exec(text.slice(subject, prev.start));
    if (verb && verb.index > 0) return { start: subject, end, aside: { start: subject + verb.index, end: start } };
  }
  // "The index closed higher today, having suffered its worst day earlier this week": the
  // participle's subject is the sentence's, and what lies between is the earlier date's.
  if (prev && PERFECT_PARTICIPLE.test(text.slice(start, m.start))) {
    const subject = LEADING_NAMES.exec(text.slice(sentence.start, prev.start));
    const subjectEnd = subject ? sentence.start + subject[0].trimEnd().length : undefined;
    if (subjectEnd !== undefined && subjectEnd > sentence.start && subjectEnd < start) return { start: sentence.start, end, aside: { start: subjectEnd, end: start } };
  }
  return { start, end };
}

const LAST_WHEN = /(?:\bwhen\b|,\s(?:as|because)\s)(?![^.;]*(?:\bwhen\b|,\s(?:as|because)\s))/i;

/** A subject, its verb in the past, then a noun and its participle before the date: "he suspended most of the rates unveiled on ". */
const OBJECT_PARTICIPLE_BEFORE = /\b(?:he|she|it|they|we|[A-Z][\w.'’-]+)\s+[a-z]{3,}ed\s+[^,;.]{0,60}?\b[a-z]+s\s+(?:[a-z]+ed|made|set|taken|given)\s+(?:on|in)\s+(?:the\s+)?$/;
/** " and kept a baseline duty": a verb in the past with its object, joined on after the date. */
const AND_ACTIVE_AFTER = /^\s+and\s+(?:then\s+)?(?:[a-z]{3,}ed|kept|left|put|set|made|gave|took|held|cut)\s+(?:a|an|the|its|their|his|her|all|most|some)\b/;

/** " and took effect on", ", and then came into force on", ", and which took effect on": a second predicate with no subject of its own. */
// (In the present or after "will" too: "opened on 1 December and closes on 30 January", "will open on
// 1 December 2025 and close on 30 January 2026".)
const COORDINATED_PREDICATE = /^\s*,?\s*and\s+(?:which\s+)?(?:then\s+|later\s+|subsequently\s+)?(?:was|were|took|takes|came|comes|went|began|begins|entered|enters|expired|expires|lapsed|lapses|became|closes?|ends?|runs?|starts?|[a-z]{3,}ed)\s/;
/** The first verb of a clause, where its subject ends: " was announced", " took effect", " signed". */
const FIRST_VERB = /\s(?:was|were|is|are|has|have|had|will|would|took|came|went|began|rose|fell|[a-z]{3,}ed)\s/;

/** ", and the Council …", "; Brazil …", "; officials in Ottawa …": a clause with a subject of its own joined to the one before. */
const JOINED_SUBJECT = /(?:;\s+(?=[a-z]{3,}\s|[A-Z])|(?::\s+|,\s+(?:and|but|while|whereas|yet)\s+)(?=(?:the|a|an|its|their|his|her|this|these|those|it|they|he|she|we)\s|[A-Z]))/g;
/** A word that may be a verb: "signed", "took", "is", "rises". */
const JOINED_VERB = /\b(?:[a-z]{3,}(?:ed|ung|ook|ent|ame|ew|ade|ave|ot|old|aid)|is|are|was|were|has|have|had|will|would|[a-z]{3,}s\s+(?:the|a|an|its|their|to|on|in))\b/;
/** A word that tells what a clause says, not a name in a list ("France, Germany, and the Netherlands"). */
const TELLING_WORD = /\b(?!(?:and|the|of|in|on|for|to|with)\b)[a-z]{3,}\b/;

/**
 * Where the clause that holds a date starts when an earlier clause with its own subject and verb
 * is joined to it ("The talks went on, and the ministry approved permits on June 15"): the words
 * before the join tell another event. Nothing when there is no such join.
 */
function joinedClauseStart(text: string, from: number, at: number): number | undefined {
  const before = text.slice(from, at);
  let start: number | undefined;
  JOINED_SUBJECT.lastIndex = 0;
  for (let j = JOINED_SUBJECT.exec(before); j; j = JOINED_SUBJECT.exec(before)) {
    const segment = before.slice(0, j.index).split(/[,;:—–(]/).pop() ?? '';
    // ("disclosed the filing, and a claim of roughly US$48 million, on March 4": a second object set
    // off by commas, no verb of its own, is no clause.)
    const joined = before.slice(j.index + j[0].length);
    if (/^[^.;]*,\s*(?:on|in)\s+(?:the\s+)?$/.test(joined) && !JOINED_VERB.test(joined)) continue;
    if (segment.trim().split(/\s+/).length >= 3 && TELLING_WORD.test(segment)) start = from + j.index + j[0].length;
  }
  return start;
}

/**
 * "Greer announced the determination exactly one year after his predecessor, Katherine Tai, opened
 * the investigation on 10 December 2024": a clause set a measured time after (or before) another act
 * whose date it gives is that act's; the main clause happened on another day. (Not when a comma
 * closes the measured phrase before the date: "Two weeks after the signing, on 3 June, the law took
 * effect" dates the main clause.)
 */
function measuredAfterStart(text: string, from: number, at: number): number | undefined {
  const before = text.slice(from, at);
  if (/,\s*(?:on\s+|in\s+)?(?:the\s+)?$/i.test(before)) return undefined;
  let found: number | undefined;
  MEASURED_AFTER.lastIndex = 0;
  for (let j = MEASURED_AFTER.exec(before); j; j = MEASURED_AFTER.exec(before)) if (j.index > 0) found = from + j.index + j[0].length - j[1].length;
  // Its act told by a verb in the past before the date, in one sentence.
  return found !== undefined && /\b[a-z]{3,}(?:ed|ung|ook|ent|ame|ew|ade|ave|ot|old|aid)\b/.test(text.slice(found, at)) && !/[.;]/.test(text.slice(found, at).replace(/\b(?:U\.S|No|Mr|Ms|Dr)\./g, '')) ? found : undefined;
}
const MEASURED_AFTER = /\b(?:(?:exactly|just|only|nearly|almost|about|some|roughly|precisely|barely)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+((?:after|before)\s)/gi;

/** A clause that opens on a perfect participle: ", having suffered …". */
const PERFECT_PARTICIPLE = /^[\s,]*having\s+(?:been\s+)?[a-z]+(?:ed|en|t|ung|ost|ew|ade)\b/;
/** The names a sentence opens with: "Hong Kong's Hang Seng Index", "The Ministry of Commerce". */
const LEADING_NAMES = /^\s*(?:The\s+)?[A-Z][\w.&-]*(?:['’]s)?(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&-]*(?:['’]s)?)*/;

/** An aside between commas that opens on a participle and ends on its date: ", announced on April 2,". */
const ASIDE_OPENING = /,[ \t]+(?:which[ \t]+(?:was|were|had[ \t]+been|is|are)[ \t]+)?(?:first[ \t]+|initially[ \t]+|originally[ \t]+)?(?:[a-z]+ed|made|set|struck|held|begun|taken|given|brought|unveiled)(?:[ \t]+[a-z]+){0,3}?[ \t]*$/;

/**
 * Where the aside opens when the earlier date `a` closes one that opens on a participle right after
 * the clause's subject and `b` follows it; nothing otherwise.
 */
function asideOpening(text: string, from: number, a: Span, b: Span): number | undefined {
  if (!/^(?:,\s*\d{4})?,[ \t]/.test(text.slice(a.end, Math.min(b.start, a.end + 8)))) return undefined;
  const start = Math.max(from, a.start - 100);
  const before = text.slice(start, a.start);
  const opening = ASIDE_OPENING.exec(before);
  // The subject: words before the aside's comma, none of them a comma or a full stop.
  const subject = opening ? before.slice(0, opening.index) : '';
  if (!opening || !/[A-Za-z]\S*[ \t]*$/.test(subject) || /[,;.]/.test(subject.replace(/\b(?:U\.S|U\.K|E\.U)\./g, ''))) return undefined;
  return start + opening.index;
}

/** An aside of figures coming out: ", released on", ", published in". */
const RELEASE_ASIDE = /,[ \t]+(?:released|published|issued|posted)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?$/;
/** What figures showed: ", recorded no exports", ", showed a fall". */
const SHOWED_AFTER = /^,[ \t]+(?:showed|shows|recorded|records|revealed|reveals|indicated|indicates|put|puts|found|finds)\b/;

/** ", on " between a coarse date and the day that says which: "two weeks ago, on March 15". */
const APPOSED_DAY = /^,[ \t]+on[ \t]+$/;
/** An aside that opens on a participle and names who acted: ", adopted by the Council of Ministers ". */
const AGENT_ASIDE = /^[A-Z][^,;.]{0,60},[ \t]+(?:[a-z]+ed|made|set|held|taken|given)[ \t]+by[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+|of[ \t]+|and[ \t]+){1,6}$/;

/** The main clause's verb after an aside's closing comma: ", gave", ", will stay", ", was". */
const MAIN_VERB_AFTER = /^,[ \t]+(?:(?:also|later|then|now|still)[ \t]+)?(?:was|were|is|are|has|have|had|will|would|can|could|may|might|took|came|went|began|gave|made|became|remains?|remained|stays?|stayed|[a-z]{3,}(?:ed|es))\b/;

/**
 * Where an aside that opens on a participle right after the sentence's subject and ends on the date
 * `m` closes, when a main clause follows it ("AGOA, signed into law in May 2000, gave …"); nothing
 * otherwise.
 */
function asideClose(text: string, from: number, m: Span, end: number, before?: Span): number | undefined {
  const after = /^(?:,\s*\d{4})?(?=,)/.exec(text.slice(m.end, Math.min(end, m.end + 8)));
  if (!after) return undefined;
  const close = m.end + after[0].length;
  if (!MAIN_VERB_AFTER.test(text.slice(close, Math.min(end, close + 40)))) return undefined;
  // (A day apposed to a coarser date: the aside opens before that date, its agent named in it.)
  if (before) return AGENT_ASIDE.test(text.slice(Math.max(from, before.start - 100), before.start)) ? close : undefined;
  // "The July figures, released on 15 August 2023, recorded no exports": what a release showed is
  // what came out that day, not another event of the figures.
  if (RELEASE_ASIDE.test(text.slice(Math.max(from, m.start - 40), m.start)) && SHOWED_AFTER.test(text.slice(close, close + 30))) return undefined;
  return asideOpening(text, from, m, { start: end, end }) !== undefined ? close : undefined;
}

/** A date used as a modifier: "the October rare earth controls", "its May 12 statement". */
const DETERMINER_BEFORE = /\b(?:the|its|their|this|that|his|her)\s+$/i;
const NOUN_AFTER = /^\s+(?!(?:to|on|in|at|and|or|when|as|after|before|that|which|is|was|were|are|will|would|has|had)\b)[a-z][a-z-]+\b/;
/** Words that end a noun phrase after its modifier: what comes next is the clause's verb or another phrase. */
const PHRASE_END = /^(?:to|on|in|at|and|or|of|for|from|by|with|under|against|when|as|after|before|until|that|which|who|is|was|were|are|be|been|being|will|would|could|should|shall|may|might|can|has|had|have|do|does|did|took|take|takes|came|come|comes|went|go|goes|began|begin|begins|said|says|remain|remains|remained|still|also|now|then|not)$/i;
const WORD_AHEAD = /^(\s+)([A-Za-z][\w'’-]*)/;

/** Where the determiner of a date used as a modifier starts, or nothing when the date is no modifier. */
function modifierDeterminer(text: string, m: Span): number | undefined {
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  const det = DETERMINER_BEFORE.exec(before);
  if (!det || !NOUN_AFTER.test(text.slice(m.end, m.end + 30))) return undefined;
  return m.start - before.length + det.index;
}

/** ", where" and the place before it, opening a clause of its own that holds the date. */
const WHERE_CLAUSE = /[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+where\s+(?![^,;]*,)/;

/** A relative clause in the past perfect after a date: ", where he had attended …", ", which had been agreed …". */
const EARLIER_CLAUSE = /,\s+(?:where|which|who|whom|when|after)\s+(?:[^,;.]{0,40}?\s)?had\s+(?:already\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|un|lt|pt|ht|de|id)\b/;

/**
 * A participle of what came of it, right after the date: "followed on 21 August 2025, tying the car
 * tariff cut to …" tells what the text tied, and another source's date of the car tariff cut is not this one's.
 */
const RESULT_CLAUSE = /^(?:,\s*\d{4})?,\s+(?:thereby\s+)?(?:tying|linking|paving|setting\s+up|clearing\s+the\s+way|opening\s+the\s+way|leaving|prompting|triggering|sparking)\b/;

/**
 * "took the ad off the air on Oct. 27, a Monday, after letting it run during the World Series": an
 * "after …ing" right after the date tells what came before it, and its words are not the date's.
 */
const AFTER_GERUND = /^(?:,\s*an?\s+[A-Z][a-z]+day)?,?\s+after\s+(?:first\s+)?[a-z]{2,}ing\b/;

/**
 * "told the forces on Nov. 11 to stop sharing intelligence for as long as the boat strikes continue":
 * the state it is held against is another event, under way before and after the date. ("So long as
 * they respect a floor price" is a term of the act itself, and stays.)
 */
const AS_LONG_AS = /\sfor\s+as\s+long\s+as\b/;

/**
 * "widened its list … earlier this month, and EU officials said they would raise the matter in
 * talks": a saying of what is still to come, joined after the date with a subject of its own, tells
 * another event ("… took office this month, and officials have said they intend to table it"; but
 * "in force since August 15, and officials have said it will stay" still tells of the measure).
 */
const JOINED_AFTER = /,\s+(?:and|but|while)\s+(?:(?:the|its|their|his|her)\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:[a-z]+\s+)?(?:(?:said|say|says)\s+(?:that\s+)?(?:they|it|he|she|we)|(?:have|has|had)\s+said\s+(?:that\s+)?(?:they|he|she|we))\s+(?:would|will|(?:intend|plan|expect|aim|hope)(?:s|ed)?\s+to)\b/;

/** Words that introduce what something is about, not when it happened. */
const TOPIC_BEFORE = /\b(?:on|about|over|regarding|concerning|following|after|into)\s+$/i;

/** A date in brackets after a noun phrase ("Turnberry deal (27 July); …"): the phrase it dates, back to the last break. */
const BRACKETED_PHRASE = /(?:^|[,;:—–(\n]|\.\s)\s*([^,;:—–(\n]*?[A-Za-z][^,;:—–(\n]*?)\s*\(\s*$/;

/** The words a date used as a modifier names, or nothing when the date is no modifier; `from` bounds a bracketed one's phrase. */
function modifierSpan(text: string, m: Span, from: number): Span | undefined {
  const det = modifierDeterminer(text, m);
  if (det !== undefined) return { start: det, end: modifiedNounEnd(text, m) };
  // "yesterday's talks", "Monday's meeting": a possessive date names its noun.
  const possessive = /^['’]s(?=\s+[a-z])/.exec(text.slice(m.end, m.end + 4));
  if (possessive) return { start: m.start, end: modifiedNounEnd(text, { start: m.start, end: m.end + possessive[0].length }) };
  if (!/^\s*\)/.test(text.slice(m.end, m.end + 3))) return undefined;
  const before = text.slice(Math.max(from, m.start - 80), m.start);
  const phrase = BRACKETED_PHRASE.exec(before);
  if (!phrase) return undefined;
  return { start: m.start - before.length + phrase.index + phrase[0].indexOf(phrase[1]), end: m.end + text.slice(m.end).indexOf(')') + 1 };
}

/** Where the noun phrase a modifier date names ends: "the April 2 tariffs| took effect". */
function modifiedNounEnd(text: string, m: Span): number {
  let at = m.end;
  for (let k = 0; k < 5; k++) {
    const w = WORD_AHEAD.exec(text.slice(at, at + 40));
    // It ends at a function word, a verb in the past after its noun ("tariffs imposed"), or after five words.
    if (!w || PHRASE_END.test(w[2]) || (k > 0 && /ed$/i.test(w[2]))) break;
    at += w[0].length;
  }
  return at;
}

/** Where the words of `a` end and those of the later date `b` begin. */
function cut(text: string, a: Span, b: Span, entries: boolean): number {
  // What follows "said on Thursday" is what was said, and belongs to the later date.
  if (SPEECH_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) return a.end;
  // "In January 2025, SLPA officials were still pointing to an opening in March": a date that opens
  // its sentence before a comma dates the main clause after it; the later date keeps only its own end.
  const fronted = FRONTED_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)) ? FRONTED_COMMA.exec(text.slice(a.end, b.start)) : null;
  if (fronted) {
    const from = a.end + fronted[0].length;
    return breakBetween(text, from, b.start) ?? thatBetween(text, from, b.start) ?? spaceNear(text, from, b.start);
  }
  // "whose joint letter dated 23 September 2025 was delivered to Congress on 24 September 2025": a
  // paper's date names the paper, and the verb after it is the later date's.
  if (DATED_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) && PASSIVE_AFTER.test(text.slice(a.end, b.start))) return a.end;
  // An entry's head date owns the words after its dash up to what was said ("Carney says"), or
  // up to the break nearest the later date: the dash itself is no clause break.
  const from = entries ? entryWordsStart(text, a.start, a.end, b.start) : undefined;
  if (from !== undefined) {
    const said = ENTRY_REPORTING.exec(text.slice(from, b.start));
    if (said) return from + said.index + said[0].length;
    return breakBetween(text, from, b.start) ?? spaceNear(text, from, b.start);
  }
  // "Cabinet, at its meeting of Friday 17 November 2017, approved a package … during the transition
  // that follows the abolition of quotas … on 30 September 2017": the comma that closes the earlier
  // date's aside parts no clause; the main verb after it is the earlier date's, up to the "that".
  if (ASIDE_OPENS_BEFORE.test(text.slice(Math.max(0, a.start - 50), a.start)) && /^,\s/.test(text.slice(a.end, b.start))) {
    const that = thatBetween(text, a.end, b.start);
    if (that !== undefined && breakBetween(text, a.end + 1, b.start) === undefined) return that;
  }
  return breakBetween(text, a.end, b.start) ?? thatBetween(text, a.end, b.start) ?? spaceNear(text, a.end, b.start);
}

/** An aside opened by a comma right before a date: "Cabinet, at its meeting of ". */
const ASIDE_OPENS_BEFORE = /[A-Za-z],\s+(?:at|in|during)\s+[^,;.()]{0,40}$/;

/** " that " opening a clause ("the same text that technical teams initialed on"), not "that day". */
const THAT_CLAUSE = /\sthat\s(?!(?:day|week|month|year|time|morning|afternoon|evening|night|date)\b)/g;

/** What "that" follows when it opens what was said ("announced that"), not a relative clause. */
const SAID_BEFORE_THAT = /\b(?:[a-z]+ed|said|says|told|tells|warns|announces|states|notes|shows|means)$/i;

/**
 * With no clause break between two dates, a relative clause opened by "that" is the later date's:
 * "The document signed on Friday is the same text that technical teams … initialed on June 18".
 * (The "that" nearest the later date; not one right after the earlier date's own noun, "the August 1
 * date that had been named", nor after a saying, "announced that it would stop …", whose words
 * stay as they were cut.)
 */
function thatBetween(text: string, from: number, to: number): number | undefined {
  const between = text.slice(from, to);
  let last: number | undefined;
  THAT_CLAUSE.lastIndex = 0;
  for (let m = THAT_CLAUSE.exec(between); m; m = THAT_CLAUSE.exec(between)) last = m.index;
  if (last === undefined) return undefined;
  const before = between.slice(0, last).trim();
  if (before.split(/\s+/).length < 3 || SAID_BEFORE_THAT.test(before)) return undefined;
  return from + last;
}

/**
 * "and" between two capitalised words joins names ("the Center for Strategic and International
 * Studies", "Japan and China"), not clauses. (Tested on "<words before>|<first letter after>".)
 */
const NAMES_JOINED = /(?:^|\s)[A-Z][\w'’.-]*\|[A-Z]$/;

/**
 * "and" between two words of one noun phrase: "for bilateral and transit trade", "economic and
 * trade ties". (An adjective before it, a word after it that is no verb in the past.)
 */
const ADJECTIVES_JOINED = /(?:^|\s)[a-z]+(?:al|ic|ive|ous|ary|ile|ern|ean)\|(?!(?:the|a|an|its|their|his|her|this|these|those|it|they|he|she|we|then|later|also)\b)[a-z]+(?<!ed)\b/;

/** "as a penalty", "as part of", "as well as": "as" a preposition, before a noun. */
const AS_BEFORE_NOUN = /^(?:a|an|part|well|such|much|per)\b/i;

/** A date that opens its sentence (or line): "In ", "On ", "As late as ". */
const FRONTED_BEFORE = /(?:^|[.!?]["”’)]?\s+|\n[\s*•-]*)(?:On|In|Back\s+in|As\s+late\s+as|As\s+early\s+as|Later\s+on|Earlier\s+on)\s+$/;
/** The comma that closes a fronted date, a year after it allowed: ", ", ", 2025, ". */
const FRONTED_COMMA = /^(?:,\s*\d{4})?,\s+(?=[A-Za-z])/;

/** A verb in the past right after " and ": a second predicate of the same subject ("and halved the duty"). */
const JOINED_PREDICATE = /^(?:then\s+)?[a-z]{3,}ed\s+(?:the|its|their|a|an|all|most|some)\b/;

/** A break that opens a clause of its own: "; …", ", and the …", ", but …". */
const STRONG_BREAK = /^(?:;|,\s+(?:and|but|while|whereas)\s)/;

/**
 * The clause break between two offsets closest to their midpoint, if any; one that opens a clause
 * of its own goes first ("cut to 54% from May 14, and the fee rise, due on June 1, was cancelled":
 * the fee is June 1's, though the comma before "due" is nearer the middle).
 */
function breakBetween(text: string, from: number, to: number): number | undefined {
  const between = text.slice(from, to);
  const mid = between.length / 2;
  let best: number | undefined;
  let bestStrong = false;
  // (" and halved the duty, with both changes effective from the next day": a predicate joined on with
  // no subject of its own goes on with the clause before it; another break, if there is one, parts
  // the two dates.)
  let otherBreak = false;
  CLAUSE_BREAK.lastIndex = 0;
  for (let b = CLAUSE_BREAK.exec(between); b; b = CLAUSE_BREAK.exec(between)) if (!(b[0] === ' and ' && JOINED_PREDICATE.test(between.slice(b.index + 5)))) otherBreak = true;
  CLAUSE_BREAK.lastIndex = 0;
  for (let b = CLAUSE_BREAK.exec(between); b; b = CLAUSE_BREAK.exec(between)) {
    if (otherBreak && b[0] === ' and ' && JOINED_PREDICATE.test(between.slice(b.index + 5))) continue;
    if (b[0] === ' and ' && NAMES_JOINED.test(`${between.slice(Math.max(0, b.index - 30), b.index)}|${between.slice(b.index + 5, b.index + 6)}`)) continue;
    if (b[0] === ' and ' && ADJECTIVES_JOINED.test(`${between.slice(Math.max(0, b.index - 30), b.index)}|${between.slice(b.index + 5, b.index + 30)}`)) continue;
    // ("imposing an additional 25% duty … as a penalty for …": "as" before a noun opens no clause.)
    if (b[0] === ' as ' && AS_BEFORE_NOUN.test(between.slice(b.index + 4))) continue;
    const strong = STRONG_BREAK.test(between.slice(b.index));
    if (best === undefined || (strong && !bestStrong) || (strong === bestStrong && Math.abs(b.index - mid) < Math.abs(best - mid))) {
      best = b.index;
      bestStrong = strong;
    }
  }
  return best === undefined ? undefined : from + best;
}

/** The space nearest the midpoint of [from, to], so that no word is cut in two; the midpoint if none. */
function spaceNear(text: string, from: number, to: number): number {
  const mid = Math.floor((from + to) / 2);
  for (let d = 0; mid - d >= from || mid + d <= to; d++) {
    if (mid - d >= from && /\s/.test(text[mid - d])) return mid - d;
    if (mid + d <= to && /\s/.test(text[mid + d] ?? '')) return mid + d;
  }
  return mid;
}

/** ", on ", ", ": between a coarse date and the day that says which of its days ("last month, on Monday 22 September"). */
const REFINED_BY = /^,[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?$/i;

/**
 * "The hearing began in Copenhagen last month, on Monday 22 September, and closed …": a day set in
 * apposition after a coarser date that holds it tells that date's event, so it takes that date's
 * words too (its own clause would be the few words after it).
 */
export function withRefinedDays(text: string, list: DateMention[], clauses: Clause[]): Clause[] {
  return clauses.map((c, i) => {
    const a = list[i - 1];
    const b = list[i];
    if (!a || !a.from || !a.to || !b.from || !b.to || b.precision !== 'day' || a.precision === 'day' || !(a.from <= b.from && b.to <= a.to) || !REFINED_BY.test(text.slice(a.end, b.start))) return c;
    return { start: Math.min(clauses[i - 1].start, c.start), end: c.end };
  });
}
