// Is a source about the same occurrence as the brief's claim, or about another one that merely
// shares its words? Rounds of talks, curbs and tariffs recur; a conflict needs the same one.
import { extractEntities, isGrounds, knownOrgName } from '../entities/extract';
import { ratesIn, ratesInFiguresOrWords, sumsIn } from '../text/rates';
import { contentTerms, stem } from '../text/terms';
import { kindBeside, kindsIn } from '../events/kinds';
import type { Derived } from '../index/corpusIndex';
import type { Entity, EventKind, Fact } from '../types';
import type { Claim } from './claims';
import { gap, shiftYears, type Reach } from './reach';
import { citedSpan, claimLead, clauseUpTo, dateSpan, factClause, factLead, leadOf, rowClaim, rowLabelOf, WHEN_AFTER } from './spans';
import { entryClause, entryWordsStart } from '../text/timelineEntry';
import { MON, WEEKDAY_ANY } from '../dates/lexicon';
import { rowWordsStart } from '../text/tableRow';
import { governmentOfActingCapital, governmentOfCapital, governmentOfDepartment, governmentsIn, isGovernmentName } from './governments';
import { boundedMemo } from '../text/boundedMemo';
import { escapeRegExp } from '../text/escapeRegExp';
import { titleOf } from './titles';
import { CAPITALS, LETTERS } from '../text/capitals';

/** Further apart than this, two dates are more likely two occurrences than one misdated. */
const MAX_CONFLICT_GAP_DAYS = 62;

function clauseEntityIds(claim: Claim): string[] {
  return [...claim.features].filter(([k, w]) => w === 1 && k.startsWith('e:')).map(([k]) => k.slice(2));
}

/**
 * "Trump hailed the deal on June 11" is not contradicted by "Bessent said the deal was outlined in
 * May": when the brief names who acted and the source names other people but not them, the source
 * speaks of another act. A source that names nobody ("the president") is not ruled out.
 */
export function sameActors(claim: Claim, f: Fact, corpus: Derived): boolean {
  const isPerson = (id: string) => corpus.entityById.get(id)?.kind === 'person';
  const claimed = clauseEntityIds(claim).filter(isPerson);
  if (!claimed.length) return true;
  const named = f.entities.filter(isPerson);
  if (!named.length) return true;
  // A call or meeting is told by who took part: "Trump and Carney talked" is not "a call with
  // Sheinbaum", after which Trump spoke.
  if (claimed.length >= 2 && (claim.kinds.some((k) => OCCASION_KINDS.has(k)) || TOOK_PART.test(claim.clauseText)) && claimed.some((id) => !named.includes(id)) && named.some((id) => !claimed.includes(id))) return false;
  return claimed.some((id) => named.includes(id));
}

export const OCCASION_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(['call', 'meeting', 'summit', 'talks']);
const TOOK_PART = /\b(?:talk(?:s|ed)?|met|meet(?:s|ing)?|call(?:s|ed)?|(?:tele)?phoned?|spoke|summit)\b/i;

// Who a clause opens with: the names before its first other word ("China", "The U.S.", "China and
// the United States", "China's", "The commerce ministry"). A leading date phrase ("On May 12, ") and
// a wire dateline ("BEIJING, Aug. 7, 2025 (Wire) - ") are read through.
const LEAD_DATE = /^\s*(?:(?:On|In|By|Since|From|Late|Early)\s+[^,]{1,30},\s*)/;
const LEAD_WIRE = new RegExp(String.raw`^\s*[${CAPITALS}][${CAPITALS}.'’ -]{1,40}(?:,\s*[${CAPITALS}][${LETTERS}.'’ -]{1,30})?,[^-–—\n]{0,60}?[-–—]{1,2}\s*`);
const DETERMINER = /^(?:the|and|of|for|de|von|der|s)$/;
// A title in lower case between names ("EU trade commissioner Maros Sefcovic said"): the person acts.
// (And what a title may say first: "Argentina's new economy minister Luis Caputo".)
const TITLE_WORD = /^(?:new|former|acting|interim|incoming|outgoing|economic|adviser|advisor|director|aide|trade|commerce|economy|finance|foreign|industry|agriculture|chief|top|senior|deputy|vice|commissioner|minister|secretary|president|premier|spokes(?:person|man|woman)|envoy|negotiator|ambassador|representative|chancellor)$/;

/** The entity of the government a capital or a head of government in the corpus stands for, if the corpus names it. */
function governmentOf(id: string, corpus: Derived): string | undefined {
  const e = corpus.entityById.get(id);
  // A capital stands for its government ("Beijing announced …" is China acting); so does its head,
  // by the role the sources give ("U.S. President Donald Trump"): "Trump pulled Washington out of
  // the deal" is the act "Washington abandoned the deal" tells.
  // A department stands for its government too ("the Commerce Department removed …" is Washington acting).
  const country = e?.kind === 'place' ? governmentOfCapital(e.name) : e?.kind === 'person' ? governmentLed(e) : e?.kind === 'organization' ? (governmentOfDepartment(e.name) ?? governmentNamedIn(e.name) ?? ownerInQuotes(e)) : undefined;
  return country ? corpus.registry.lookup(country)?.id : undefined;
}

/** The government of a venue capital that acts as the verb's subject ("London published …"), if the corpus names it. */
function actingCapitalOf(name: { end: number; entityId: string }, text: string, corpus: Derived): string | undefined {
  const e = corpus.entityById.get(name.entityId);
  const country = e?.kind === 'place' ? governmentOfActingCapital(e.name, text.slice(name.end, name.end + 40)) : undefined;
  return country ? corpus.registry.lookup(country)?.id : undefined;
}

/** The one government a body's own name names: "General Administration of Customs of China", "Korea Customs Service". */
function governmentNamedIn(name: string): string | undefined {
  const named = governmentsIn(name);
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The one government the sources write a body's name after ("China's commerce ministry", "the
 * Chinese Ministry of Commerce"), in the quotes kept of it: "the Ministry of Commerce barred …" is
 * then China acting. Nothing when none or several.
 */
function ownerInQuotes(e: Entity): string | undefined {
  let owner = ownerOf.get(e);
  if (owner === undefined) {
    const found = new Set<string>();
    const names = [e.name, ...e.aliases].map((n) => n.replace(/^the\s+/i, '').toLowerCase()).filter((n) => n.length > 3);
    for (const r of e.refs) {
      const quote = r.quote.toLowerCase();
      for (const n of names) {
        for (let at = quote.indexOf(n); at >= 0; at = quote.indexOf(n, at + 1)) {
          const before = OWNER_WORDS.exec(r.quote.slice(Math.max(0, at - 30), at));
          if (before) for (const g of governmentsIn(before[1])) found.add(g);
        }
      }
    }
    ownerOf.set(e, (owner = found.size === 1 ? [...found][0] : null));
  }
  return owner ?? undefined;
}
const ownerOf = new WeakMap<Entity, string | null>();
/** A government's name, possessive or adjective, right before a body's name: "China's ", "the Chinese ". */
const OWNER_WORDS = /([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+$/;

const HEAD_OF_GOVERNMENT = /\b(?:President|Prime\s+Minister|Premier|Chancellor)\b/;

/** The one government a person's roles say they head ("U.S. President"), if they say so of one. */
function governmentLed(e: Entity): string | undefined {
  const led = new Set<string>();
  for (const r of e.roles) {
    if (!HEAD_OF_GOVERNMENT.test(r.role) || /\b(?:Vice|Deputy|former|ex-)/i.test(r.role)) continue;
    for (const g of governmentsIn(`${r.role} ${r.affiliation ?? ''}`)) led.add(g);
  }
  return led.size === 1 ? [...led][0] : undefined;
}

/** The occasion a place's name may stand before ("the Strasbourg plenary", "Strasbourg's plenary", "the Auckland signing ceremony"). */
const OCCASION_AFTER = /^(?:['’]s)?\s+(?:plenary|talks|round|rounds|summit|meeting|meetings|negotiations|session|sessions|conference|gathering|(?:signing\s+)?ceremony|signing)\b/i;

/** An owner's noun and a name set beside it: "Milei's party, " (before "La Libertad Avanza,"). */
const OWNERS_NOUN_NAMED = /^(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s\s+[a-z]+(?:\s+[a-z]+)?,\s+(?=(?:the\s+)?[A-Z][^,]{0,60},)/;

/** A short name the corpus knows only written out, as a match at `start`. */
function acronymMatch(word: string, start: number, corpus: Derived): { start: number; end: number; entityId: string } | undefined {
  const e = corpus.registry.byAcronym(word);
  return e && { start, end: start + word.length, entityId: e.id };
}

/** The names a clause opens with, before its first lower-case word outside a name: who acts in it. */
export function headIds(text: string, corpus: Derived): Set<string> {
  const body = text.replace(LEAD_WIRE, '').replace(LEAD_DATE, '').slice(0, 160);
  // "Milei's party, La Libertad Avanza, won …": the name set beside an owner's noun is who acts too.
  const beside = OWNERS_NOUN_NAMED.exec(body);
  if (beside) {
    const out = headIds(body.slice(beside[0].length), corpus);
    for (const id of headIds(body.slice(0, beside[0].length - 2), corpus)) out.add(id);
    return out;
  }
  const names = corpus.registry.matchIn(body);
  const out = new Set<string>();
  for (const w of body.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)) {
    const start = w.index!;
    // ("The EACJ First Instance Division": a short name the corpus only writes out in full.)
    const name = names.find((m) => m.start <= start && start < m.end) ?? acronymMatch(w[0], start, corpus);
    // "The Strasbourg plenary", "the Geneva talks": a place naming an occasion held there is no actor.
    if (name && corpus.entityById.get(name.entityId)?.kind === 'place' && OCCASION_AFTER.test(body.slice(name.end, name.end + 24))) continue;
    if (name) {
      out.add(name.entityId);
      const government = governmentOf(name.entityId, corpus) ?? actingCapitalOf(name, body, corpus);
      if (government) out.add(government);
    } else if (/^\p{Ll}/u.test(w[0]) && !DETERMINER.test(w[0].replace(/^['’]/, '')) && !(out.size && TITLE_WORD.test(w[0]))) break;
  }
  return out;
}

/**
 * "Merck's chief executive visited the White House …" in a corpus whose dated sentences never name
 * Merck: the sources date nothing its actor did, so what matches the rest of its words is another's
 * act. Only an owner's name opening the clause counts ("Merck's", not "The" nor "Revised").
 */
export function actorUnknownToCorpus(claim: Claim, corpus: Derived): boolean {
  let unknown = unknownActorOf.get(claim);
  if (unknown === undefined) unknownActorOf.set(claim, (unknown = ownerUnknown(claim, corpus)));
  return unknown;
}

/** An owner of several capitalised words opening a clause: "The European Parliament's". */
const OWNER_RUN = /^(?:The\s+)?((?:[A-Z][\p{L}.'’-]*\s+){1,3}[A-Z][\p{L}.'’-]*?)['’]s\s/u;

/** Per claim (a claim is judged against one corpus version). */
const unknownActorOf = new WeakMap<Claim, boolean>();

function ownerUnknown(claim: Claim, corpus: Derived): boolean {
  const body = claim.clauseText.replace(/^\s*[-*+]\s+/, '').replace(LEAD_WIRE, '').replace(LEAD_DATE, '').slice(0, 160);
  const names = corpus.registry.matchIn(body);
  // ("The European Parliament's foreign affairs committee adopted …": a body of several words, as
  // the brief's owner, that no source names.)
  const run = OWNER_RUN.exec(body);
  if (run && !names.some((m) => m.start < run.index + run[0].length) && extractEntities(run[1]).some((e) => e.kind === 'organization' && e.text === run[1])) return true;
  for (const w of body.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)) {
    if (names.some((m) => m.start <= w.index! && w.index! < m.end)) return false;
    if (/^\p{Ll}/u.test(w[0])) {
      if (DETERMINER.test(w[0])) continue;
      return false; // the verb, or a common noun: no name heads the clause
    }
    // Only an owner ("Merck's"): a capital that opens a sentence may be any word ("Revised rates").
    const owner = /^(.+)['’]s$/u.exec(w[0]);
    if (!owner) {
      if (!contentTerms(w[0]).length || TITLE_WORD.test(w[0].toLowerCase())) continue;
      return false;
    }
    // ("MOFCOM's spokesperson": a well-known body by its short name, however the sources write it.)
    if (knownOrgName(owner[1]) || corpus.registry.byAcronym(owner[1])) return false;
    const stems = contentTerms(owner[1]);
    return stems.length > 0 && stems.every((t) => corpus.features.postingsOf(`t:${t}`).length === 0);
  }
  return false;
}

/** Who the source's clause (or sentence) around its date opens with. */
export function sourceHeadIds(f: Fact, corpus: Derived): Set<string> {
  const clause = factClause(f);
  // "The Ministry of Transport and Logistics wishes to inform the public that Cabinet, at its meeting
  // held on Monday, 14 April 2025, approved …": a notice's sender tells, whoever the "that" names acted.
  const informed = INFORMS_THAT.exec(clause);
  const heads = headIds(informed ? clause.slice(informed[0].length) : clause, corpus);
  // "Jaishankar flew to Brussels from Sweden, where he attended the forum on Saturday": a pronoun
  // that opens the date's clause is the sentence's subject.
  if (PRONOUN_CLAUSE.test(clause.slice(0, Math.max(0, dateSpan(f).start - Math.max(0, f.clauseStart - f.sentenceStart))))) for (const id of headIds(f.sentence, corpus)) heads.add(id);
  // "Sri Lanka's negotiating team, led by Treasury Secretary Mahinda Siriwardana, had held …": the
  // one who led it acted too.
  const led = LED_BY.exec(clause.slice(0, 160));
  if (led) for (const id of headIds(clause.slice(led.index + led[0].length), corpus)) heads.add(id);
  // "Trump … was received that afternoon by Emperor Naruhito": who acted follows "by", as in a brief.
  const agent = agentBy(clause);
  if (agent) for (const id of headIds(clause.slice(agent.index + agent[0].length), corpus)) heads.add(id);
  // "Cambodia had been assigned 49% when Trump announced his tariffs on April 2": the date is in a
  // clause of its own, whose subject acted on that day.
  const at = dateSpan(f).start - Math.max(0, f.clauseStart - f.sentenceStart);
  addInnerHeads(heads, clause, at, corpus);
  // "The dispute escalated on Friday when Nigeria's Minister of Information … issued a statement": a
  // "when" right after the date, with no comma, says who acted on it. (After a comma it tells what
  // else happened then: "imposed in June 2018, when Trump's first administration put tariffs …".)
  const afterDate = f.sentence.slice(dateSpan(f).end);
  const whenAfter = WHEN_RIGHT_AFTER.exec(afterDate);
  if (whenAfter) for (const id of headIds(afterDate.slice(whenAfter[0].length), corpus)) heads.add(id);
  // "…, and Argentina lost its appeal in January 2015": a clause joined on with its own subject.
  const joined = at > 0 ? lastMatch(JOINED_CLAUSE, clause.slice(0, at)) : undefined;
  if (joined !== undefined) for (const id of headIds(clause.slice(joined, at), corpus)) heads.add(id);
  // "Nigeria will reopen four borders, Finance Minister Zainab Ahmed said on Wednesday": who says
  // so acted on the day.
  const sayer = SAYER_BEFORE.exec(clause.slice(0, at));
  if (sayer) for (const id of headIds(sayer[1], corpus)) heads.add(id);
  // "…: on August 10, 2018, during the dispute over …, Trump announced": a date that opens its clause
  // (or what follows a colon), then who acted on it.
  const after = clause.slice(at + (f.date.end - f.date.start));
  const then = /^,\s+(?:(?:during|amid|after|before|following|in)\s+[^,]{1,80},\s+)?(?=(?:the\s+)?\p{Lu})/u.exec(after);
  // Or a date set off by commas within its clause ("Lucía, a week ago today, on July 30, the White
  // House published"): the name after it is the subject.
  // (Or after where it was: "At the Council of Ministers on Sunday, 26 January 2025, President
  // Abdelmadjid Tebboune instructed …".)
  // (Or that opens the clause itself: "Earlier today, Þorgerður Katrín Gunnarsdóttir … summoned"; then
  // each clause joined on after it is that day's too: "The same day, Foreign Minister Luis Gilberto
  // Murillo said …, and Colombia's trade ministry suspended the order".)
  const opens = /^[\s|*•-]*$/.test(clause.slice(0, at));
  // (Or after "that", what was said opening on its date: "wishes to inform that on Wednesday, 17
  // August 2022, the General Administration of Customs … published".)
  if (then && (/(?:^|[:;—–,]\s*|\bthat\s+)(?:on|in)\s+$/i.test(clause.slice(0, at)) || opens || FRONTED_OCCASION_ON.test(clause.slice(0, at)))) for (const id of headIds(after.slice(then[0].length), corpus)) heads.add(id);
  if (then && opens) for (const j of after.matchAll(JOINED_CLAUSE)) for (const id of headIds(after.slice(j.index! + j[0].length), corpus)) heads.add(id);
  // "… challenge Japan's separate decision to remove Korea from its list, which took effect late last
  // month": the owner of the thing that took effect acted.
  const lead = f.sentence.slice(0, dateSpan(f).start);
  const which = ITS_START_WHICH.test(lead.slice(-60)) ? lead.search(WHICH_CLAUSE_AT_END) : -1;
  if (which >= 0) for (const m of lead.slice(Math.max(0, which - 120), which).matchAll(OWNER)) for (const id of headIds(m[1], corpus)) heads.add(id);
  return heads;
}

/** A notice's opening, up to what it tells: "… wishes to inform the public that ", "… advises all exporters that ". */
const INFORMS_THAT = /^[^;.]{0,120}?\b(?:inform|informs|advise|advises|notify|notifies)\s+(?:(?:the|all|our)\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+|members\s+of\s+the\s+public\s+)?that\s+(?=(?:the\s+)?\p{Lu})/u;

/** "on Friday when Nigeria's Minister …": a "when" set right after a date, no comma between. */
const WHEN_RIGHT_AFTER = /^\s+when\s+(?=(?:the\s+)?[A-Z])/;

/** A clause that opens on where its date was, then the date: "At the Council of Ministers on", "During the summit in". */
const FRONTED_OCCASION_ON = /^\W*(?:at|during)\s+(?:the\s+|a\s+|its\s+|their\s+)?[^,;:.]{1,60}?\s+(?:on|in)\s+(?:the\s+)?$/i;

/** A name that owns what follows: "Japan's", "the European Union's". */
const OWNER = /\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s/g;

/** A pronoun subject opening a clause, after a joining word or not: ", where he attended", "; she said". */
const PRONOUN_CLAUSE = /(?:^|[,;])\s*(?:(?:where|when|as|after|before|while|and|but)\s+)?(?:he|she)\s+[a-z]+/;

/** The names of a clause of time or cause that holds the date ("when Trump announced … on April 2"): who acted that day. */
function addInnerHeads(heads: Set<string>, clause: string, at: number, corpus: Derived): void {
  const inner = at > 0 ? lastMatch(INNER_CLAUSE, clause.slice(0, at)) : undefined;
  if (inner !== undefined) for (const id of headIds(clause.slice(inner, at), corpus)) heads.add(id);
}

/** A clause joined on after a comma, with its own subject next: ", and Argentina lost …". */
const JOINED_CLAUSE = /[,;]\s+(?:and|but)\s+(?=(?:the\s+)?[A-Z])/g;

/** A saying set after what is said, right before its date: ", Finance Minister Zainab Ahmed said on ". */
const SAYER_BEFORE = /[,;]\s+((?:the\s+)?[A-Z][^,;]{0,80}?)\s+(?:said|says|told\s+[a-z]+|announced|confirmed|added|stated)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/;

/** An aside after the subject naming who led it: ", led by", ", headed by", ", chaired by". */
const LED_BY = /,\s+(?:led|headed|chaired)\s+by\s+(?=(?:the\s+)?[A-Z])/;

/** Where a clause of time or cause opens, with its subject next: "when Trump announced …"; or one said or argued, "that Washington state ended …"; or a relative clause with its own subject, "whose Belgrade to Novi Sad stretch opened …". */
const INNER_CLAUSE = /\b(?:when|after|as|while|before|once|because|since|that|whose)\s+(?=(?:the\s+)?[A-Z])/g;

/** Where the last match of a global pattern ends in `text`, if any. */
export function lastMatch(re: RegExp, text: string): number | undefined {
  let end: number | undefined;
  for (const m of text.matchAll(re)) end = m.index! + m[0].length;
  return end;
}

/**
 * "China raised tariffs in June" is not contradicted by "The U.S. had raised tariffs on Chinese goods
 * in April": when both clauses open with who acted and no one is in both, they tell of two acts.
 */
export function sameSubject(claim: Claim, f: Fact, corpus: Derived): boolean {
  const said = headIds(claim.clauseText, corpus);
  // "Indonesia's deal was announced by Trump on July 16": who acted follows "by".
  const agent = agentBy(claim.clauseText);
  if (agent) for (const id of headIds(claim.clauseText.slice(agent.index + agent[0].length), corpus)) said.add(id);
  // "Switzerland's position improved only when Bern and Washington announced a deal on 21 November".
  addInnerHeads(said, claim.clauseText, claim.cited.mention.start - claim.clause.start, corpus);
  // "Ottawa had moved to cushion mills on August 15, when Prime Minister Mark Carney announced …":
  // a "when" right after the date says who acted on it.
  // (The clause ends at that comma: the "when" is read in the sentence.)
  const after = claim.sentenceText.slice(claim.cited.mention.end - claim.sentence.start);
  const when = WHEN_AFTER.exec(after);
  if (when) for (const id of headIds(after.slice(when[0].length), corpus)) said.add(id);
  if (!said.size && headIsSourcesObject(claim.clauseText, f, corpus)) return false;
  if (anotherBodyOfItsKind(claim.clauseText, f, corpus)) return false;
  const sourced = said.size ? sourceHeadIds(f, corpus) : new Set<string>();
  if (said.size && !sourced.size && (saidByAnother(said, f, corpus) || actedByUnnamedInstitution(said, f, corpus) || actedByUnnamedTitle(said, f, corpus) || setAgainstAnother(said, f, corpus))) return false;
  // "Thailand and Cambodia signed their declaration at the summit in Kuala Lumpur" against "| Kuala
  // Lumpur peace declaration signed |": a place that opens the source's clause but is where the
  // claim says it happened is no other actor.
  // A paper or a law that opens a source's clause ("**31 July** — Executive order … signed") is what
  // was acted on, not another actor: it is not set against the brief's actor ("Trump signed the
  // order"). (A brief's paper against a source's actor still tells two acts apart.)
  // "The Enhanced Trade Partnership agreed at a virtual summit in May 2020": a paper that opens the
  // brief's clause is what was acted on; a source that names it beside its date tells the same act,
  // whoever it says acted ("Johnson and Modi agreed an 'Enhanced Trade Partnership' … in May last year").
  // (Named in the source's clause in lower case too: "released a joint statement" names "The Joint Statement".)
  if (said.size && papersOnly(said, corpus) && [...said].every((id) => f.clauseEntities.includes(id) || paperNamedIn(id, factClause(f), corpus))) return true;
  // ("Addis Ababa and Hargeisa put pen to paper on the memorandum on 2 January 2024, with Abiy Ahmed
  // and Muse Bihi Abdi signing": the brief names the source's actors itself, beside its own heads.)
  const withClaim = said.size && sourced.size ? coActors(claim, corpus) : undefined;
  if (withClaim?.size && [...sourced].every((id) => withClaim.has(id))) return true;
  // (Two bodies of one government are two actors: "The National Assembly gave its approval" is not
  // "Ecuador's Constitutional Court … gave a favourable opinion", though both are Ecuador's.)
  if (otherBodiesOnly(said, sourced, corpus) || chamberAgainstPerson(claim.clauseText, sourced, f, corpus)) return false;
  if (said.size && sourced.size && !(papersOnly(sourced, corpus) && !papersOnly(said, corpus))) return [...said].some((id) => sourced.has(id) || [...sourced].some((other) => shortNameOf(id, other, corpus) || givenNameOf(id, other, corpus) || membersOf(other, id, corpus) || bodyOfPlace(id, other, corpus))) || (venuesOfClaim(claim, sourced, corpus) && !anotherGovernmentActs(said, sourced, corpus)) || namedTheOtherWay(claim.clauseText, sourced, corpus) || leadersOfClaim(claim.clauseText, sourced, corpus) || ministerOfClaim(claim.clauseText, said, sourced, f, corpus);
  // "Ukraine's lawmakers gave their approval to the resources accord" is not answered by "The peace
  // agreement signed in Washington at the end of June", which names no one who acted and not Ukraine.
  if (said.size && (!sourced.size || papersOnly(sourced, corpus)) && absentCountries(claim.clauseText, said, f, corpus)) return false;
  // Governments the corpus names too rarely to list ("Canada's surtax" against "The Biden
  // administration's duty"): told apart by their names, adjectives and capitals.
  const saidBy = headGovernments(claim.clauseText);
  if (!saidBy.size) return true;
  const sourcedBy = headGovernments(factClause(f));
  return !sourcedBy.size || [...saidBy].some((g) => sourcedBy.has(g));
}

/** The institutions among `ids`: a court, an assembly, a ministry … (no government, nor a desk or a firm). */
function institutionsAmong(ids: Set<string>, corpus: Derived): Array<{ id: string; words: string[] }> {
  const out: Array<{ id: string; words: string[] }> = [];
  for (const id of ids) {
    const e = corpus.entityById.get(id);
    if (e?.kind === 'organization' && !isGovernmentName(e.name) && INSTITUTION.test(e.name)) out.push({ id, words: contentTerms(e.name) });
  }
  return out;
}
const INSTITUTION = /\b(?:court|assembly|parliament|senate|congress|council|ministry|department|commission|chamber|cabinet|tribunal)\b/i;

/**
 * Both sides name an institution, and none of the claim's shares a word of its name with the
 * source's: two bodies (of one government, maybe), not one ("National Assembly", "Constitutional
 * Court"; but "State Department" is the "Department of State").
 */
function otherBodiesOnly(said: Set<string>, sourced: Set<string>, corpus: Derived): boolean {
  const mine = institutionsAmong(said, corpus);
  const theirs = institutionsAmong(sourced, corpus);
  if (!mine.length || !theirs.length) return false;
  return !mine.some((a) => theirs.some((b) => a.id === b.id || a.words.some((w) => b.words.includes(w))));
}

/**
 * "Nigeria's Senate set up an ad hoc committee" against "when Nigeria's Minister of Information …, Lai
 * Mohammed, issued a statement": a chamber or court the claim names after its government, which the
 * source's sentence never names, is not the person the source says acted.
 */
function chamberAgainstPerson(claimText: string, sourced: Set<string>, f: Fact, corpus: Derived): boolean {
  const chamber = OWNERS_CHAMBER.exec(claimText);
  if (!chamber || new RegExp(`\\b${chamber[1]}\\b`, 'i').test(f.sentence)) return false;
  return [...sourced].some((id) => corpus.entityById.get(id)?.kind === 'person');
}
const OWNERS_CHAMBER = /^[\s*•-]*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s\s+(Senate|Parliament|National\s+Assembly|House|Congress|Cabinet|Supreme\s+Court|Constitutional\s+Court|parliament|senate|cabinet|legislature)\b/;

/**
 * "The Secretariat made the council's directive public on Friday, 23 May 2025" against "on Monday, 24
 * March 2025, the Government of Kenya formally lodged a complaint with the Secretariat": a subject
 * the corpus knows by no name of its own that the source names only as whom another acted towards.
 */
function headIsSourcesObject(clause: string, f: Fact, corpus: Derived): boolean {
  const head = BARE_HEAD.exec(clause.replace(/^[\s|*•-]+/, ''))?.[1];
  if (!head || !new RegExp(`\\b(?:with|to|against|from|before)\\s+the\\s+${head}\\b`).test(f.sentence)) return false;
  const sourced = sourceHeadIds(f, corpus);
  return sourced.size > 0 && ![...sourced].some((id) => corpus.entityById.get(id)?.name.includes(head));
}
/**
 * "The Gambia Ports Authority waived storage charges" against "The Gambia's National Roads Authority
 * on Tuesday published a revised schedule": a body the brief names in full that the corpus does not
 * know, against another body of its kind in the source's clause, is another actor, whatever country
 * both are named by.
 */
function anotherBodyOfItsKind(clause: string, f: Fact, corpus: Derived): boolean {
  const body = BODY_HEAD.exec(clause.replace(/^[\s|*•-]+/, ''));
  if (!body) return false;
  const names = corpus.registry.matchIn(body[1]);
  if (names.some((m) => m.start === 0 && m.end === body[1].length)) return false;
  const places = names.filter((m) => corpus.entityById.get(m.entityId)?.kind === 'place');
  const own = contentTerms(places.reduce((t, m) => t.slice(0, m.start) + ' '.repeat(m.end - m.start) + t.slice(m.end), body[1].slice(0, -body[2].length)));
  if (!own.length || contentTerms(f.sentence).some((t) => own.includes(t))) return false;
  const lead = clauseUpTo(f, dateSpan(f).start);
  return new RegExp(`(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}${body[2]}\\b`, 'u').test(lead);
}
/** "The Gambia Ports Authority waived": a body named in full, ending on what kind of body it is. */
const BODY_HEAD = /^(?:The\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4}(Authority|Agency|Ministry|Board|Commission|Council|Corporation|Directorate|Bureau|Office|Department))\s+(?=[a-z])/u;

/** A clause that opens on "The" and one capitalised noun and a verb: "The Secretariat made", "The Council adopted". */
const BARE_HEAD = /^The\s+([A-Z][a-z]{3,})\s+(?=[a-z]+(?:ed|s)?\b)/;

/** Who the brief says acted with its subject, after its date: ", with Abiy Ahmed and Muse Bihi Abdi signing". */
function coActors(claim: Claim, corpus: Derived): Set<string> {
  const after = claim.sentenceText.slice(claim.cited.mention.end - claim.sentence.start);
  const m = WITH_ACTING.exec(after);
  return m ? headIds(m[1], corpus) : new Set();
}
const WITH_ACTING = /^[^.;]{0,40}?,?\s+with\s+([^.;]{1,120}?)\s+(?:signing|present|attending|presiding|looking\s+on)\b/;

/** A clause that opens on a ministry named by its field: "Hanoi's trade ministry", "the Commerce Ministry", "Japan's Ministry of Agriculture". */
const FIELD_MINISTRY = /^(?:the\s+)?(?:[A-Z][\w.'’-]*(?:['’]s)?\s+)*?(?:(\p{L}+)\s+[Mm]inistry|[Mm]inistry\s+of\s+(\p{L}+))\b/u;

/**
 * "Hanoi's trade ministry signed Directive 21/CT-BCT" against "Minister of Industry and Trade Nguyen
 * Hong Dien signed Directive No. 21/CT-BCT": a ministry acts through its minister, whose role the
 * sources give with the ministry's field (and no other country than the claim's).
 */
function ministerOfClaim(clause: string, said: Set<string>, sourced: Set<string>, f: Fact, corpus: Derived): boolean {
  const head = FIELD_MINISTRY.exec(clause.replace(/^[\s|*•-]+/, '').replace(LEAD_WIRE, '').replace(LEAD_DATE, ''));
  if (!head) return false;
  const field = new RegExp(`\\b${escapeRegExp(head[1] ?? head[2])}\\b`, 'i');
  const claimed = new Set([...said].map((id) => corpus.entityById.get(id)?.name ?? '').flatMap((name) => [...governmentsIn(name)]));
  const ministerOf = (title: string) => /\bMinister\b/.test(title) && !/\b(?:Prime|Vice|Deputy|former|ex-)/i.test(title) && field.test(title) && [...governmentsIn(title)].every((g) => claimed.has(g));
  // The title as the source writes it before the name ("Minister of Industry and Trade Nguyen Hong
  // Dien"), or as a role the sources give the person.
  const person = (id: string) => {
    const e = corpus.entityById.get(id);
    return e?.kind === 'person' ? e : undefined;
  };
  const titled = corpus.registry.matchIn(f.sentence).filter((m) => sourced.has(m.entityId) && person(m.entityId));
  if (titled.some((m) => ministerOf(TITLE_BEFORE.exec(f.sentence.slice(Math.max(0, m.start - 60), m.start))?.[0] ?? ''))) return true;
  return [...sourced].some((id) => person(id)?.roles.some((r) => ministerOf(`${r.role} ${r.affiliation ?? ''}`)));
}
/** The capitalised title right before a name: "Minister of Industry and Trade ", "Vietnam's Trade Minister ". */
const TITLE_BEFORE = /(?:[A-Z][\w.'’-]*(?:\s+(?:of|for|and|the))*\s+)+$/;

/** "EU and US leaders", "Chinese and American leaders": governments' leaders, unnamed. */
const LEADERS_OF = /^(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+and\s+|,\s*|\s+))+leaders\b/;

/**
 * "EU and US leaders reached their agreement at Turnberry" against "President von der Leyen and
 * President Trump reached a political agreement": a brief that names only the governments whose
 * leaders acted is answered by a source that names only people the sources call presidents or
 * prime ministers.
 */
function leadersOfClaim(clause: string, sourced: Set<string>, corpus: Derived): boolean {
  if (!LEADERS_OF.test(clause.replace(/^[\s|*•-]+/, '').replace(LEAD_WIRE, '').replace(LEAD_DATE, ''))) return false;
  const people = [...sourced].map((id) => corpus.entityById.get(id)).filter((e): e is Entity => e?.kind === 'person');
  return people.length > 0 && people.every((e) => e.roles.some((r) => HEAD_OF_GOVERNMENT.test(r.role) && !/\b(?:Vice|Deputy|former|ex-)/i.test(r.role))) && [...sourced].every((id) => people.some((e) => e.id === id) || people.some((e) => governmentOf(e.id, corpus) === id));
}

/**
 * "The Court of Justice" and "the Court of Justice of the European Union": a body's name and that
 * name with what it is of, either way round (a name of two words or more, organisations only).
 */
function shortNameOf(a: string, b: string, corpus: Derived): boolean {
  const x = corpus.entityById.get(a);
  const y = corpus.entityById.get(b);
  if (x?.kind !== 'organization' || y?.kind !== 'organization') return false;
  const [short, long] = x.name.length < y.name.length ? [x.name, y.name] : [y.name, x.name];
  // (Or with its owner before it: "Commerce's Bureau of Industry and Security" is the bureau.)
  return /\s/.test(short) && (long.startsWith(`${short} of `) || long.endsWith(`'s ${short}`) || long.endsWith(`’s ${short}`));
}

/**
 * "Airlangga met Lutnick" and "Airlangga Hartarto met Lutnick": a person named by the one word that
 * opens another's full name, as many are (Indonesian, Thai and Brazilian usage), is that person.
 */
function givenNameOf(a: string, b: string, corpus: Derived): boolean {
  const x = corpus.entityById.get(a);
  const y = corpus.entityById.get(b);
  if (x?.kind !== 'person' || y?.kind !== 'person') return false;
  const [one, full] = /\s/.test(x.name) ? [y.name, x.name] : [x.name, y.name];
  return !/\s/.test(one) && /\s/.test(full) && full.startsWith(`${one} `);
}

/**
 * "Nigeria Customs started applying the rates" and "The Nigeria Customs Service began applying
 * preferential rates": a body whose name opens with a country's acts for that country.
 */
function bodyOfPlace(a: string, b: string, corpus: Derived): boolean {
  const x = corpus.entityById.get(a);
  const y = corpus.entityById.get(b);
  if (!x || !y) return false;
  const place = x.kind === 'place' ? x : y.kind === 'place' ? y : undefined;
  const body = x.kind === 'organization' ? x : y.kind === 'organization' ? y : undefined;
  return !!place && !!body && body.name.startsWith(`${place.name} `);
}

/** A pronoun and a saying right after a source's date: ", he said", "she told". */
const PRONOUN_SAYS = /^[^.;:]{0,30}?\b(?:he|she)\s+(?:said|says|told|added|stated|insisted|confirmed|noted|argued|wrote)\b/i;

/**
 * "Speaking to reporters on Thursday, he said he had had a nice talk with Carney": a pronoun that
 * speaks before a name of its own sentence is someone else (as "he" before "Carney" cannot be
 * Carney), so the day of that saying is not the day the claim's actor ("Carney told reporters …")
 * said anything.
 */
function saidByAnother(said: Set<string>, f: Fact, corpus: Derived): boolean {
  const d = dateSpan(f);
  const says = PRONOUN_SAYS.exec(f.sentence.slice(d.end));
  if (!says) return false;
  return namedOnlyAfter(said, f, corpus, d.end + says[0].length);
}

/** A turn to another party after a source's date: ", but ahead of South Korea", "; Seoul …", ", while Tokyo". */
const CONTRAST_AFTER = /,\s+(?:but|while|whereas|unlike)\b|;\s/;

/**
 * "… behind Japan, whose 15 percent rate on cars began applying on September 16 …, but ahead of South
 * Korea, whose agreement had still not been turned into a legal text": the date is Japan's, named
 * before it; the claim's South Korea comes only after the sentence turns to it.
 */
function setAgainstAnother(said: Set<string>, f: Fact, corpus: Derived): boolean {
  const d = dateSpan(f);
  const turn = CONTRAST_AFTER.exec(f.sentence.slice(d.end));
  if (!turn || !namedOnlyAfter(said, f, corpus, d.end + turn.index)) return false;
  return corpus.registry.matchIn(f.sentence.slice(0, d.start)).some((m) => !said.has(m.entityId) && corpus.entityById.get(m.entityId)?.kind === 'place');
}

/** The claim's actors are named in the source's sentence, and only from offset `at` on (after another's verb). */
function namedOnlyAfter(said: Set<string>, f: Fact, corpus: Derived, at: number): boolean {
  const named = corpus.registry.matchIn(f.sentence).filter((m) => said.has(m.entityId));
  return named.length > 0 && named.every((m) => m.start >= at);
}

/** A sentence that opens on an institution named by its kind alone, then its verb: "The Ministry also summoned". */
const UNNAMED_INSTITUTION = /^\W{0,4}(?:The|This)\s+(?:Ministry|Government|Department|Office|Agency|Embassy|Secretariat|Cabinet)\s+(?:also\s+|has\s+|had\s+)?[a-z]+(?:ed|ent|ld|ok|ew|ade|ave)\b/;

/**
 * "The Ministry also summoned the Chargé d'affaires of the Royal Embassy of Cambodia today to lodge a
 * formal protest" (a Thai press release): the institution that acts is the page's own, and the
 * country named only after its verb is the one acted on, so the claim's "Cambodia's foreign
 * ministry lodged a complaint" is another act.
 */
function actedByUnnamedInstitution(said: Set<string>, f: Fact, corpus: Derived): boolean {
  const opens = UNNAMED_INSTITUTION.exec(f.sentence);
  return !!opens && namedOnlyAfter(said, f, corpus, opens[0].length);
}

/** A sentence that opens on a person named by a title alone, then the verb: "Yesterday, the Prime Minister met". */
const UNNAMED_TITLE = /^\W{0,4}(?:(?:Yesterday|Today|Earlier\s+today|On\s+[A-Z][a-z]+)\s*,\s+)?(?:[Tt]he|This)\s+(?:Prime\s+Minister|President|Chancellor|Premier|Minister|Secretary|Commissioner)\s+(?:also\s+|has\s+|had\s+)?[a-z]+(?:ed|ent|ld|ok|ew|ade|ave|et)\b/;

/**
 * "Yesterday, the Prime Minister met with the President of the People's Republic of China, Xi
 * Jinping" (a Canadian release): the page's own leader acts, and a claim whose actor is someone the
 * sentence never names ("Trump's meeting with Xi Jinping") tells another meeting.
 */
function actedByUnnamedTitle(said: Set<string>, f: Fact, corpus: Derived): boolean {
  if (!UNNAMED_TITLE.test(f.sentence)) return false;
  const named = new Set(corpus.registry.matchIn(f.sentence).map((m) => m.entityId));
  return [...said].some((id) => corpus.entityById.get(id)?.kind === 'person' && !named.has(id));
}

/**
 * Whether the claim's actors are all places it names as owners ("Ukraine's lawmakers"; not "the
 * Geneva joint statement", a venue) that the source's text never names, and its sentence names no
 * one who might act for them ("Anutin suspends the peace accord") nor a word that starts like them
 * ("Thai troops").
 */
function absentCountries(clause: string, said: Set<string>, f: Fact, corpus: Derived): boolean {
  const ids = [...said];
  // (A ministry's statement that names its country a sentence later is about it: only a source
  // whose whole text never names the country is set apart.)
  const owner = (id: string) => {
    const e = corpus.entityById.get(id);
    return e?.kind === 'place' && (clause.includes(`${e.name}'s`) || clause.includes(`${e.name}’s`)) && !e.files.includes(f.file);
  };
  if (!ids.every(owner)) return false;
  const named = [...f.entities, ...f.places, ...f.clauseEntities];
  const actor = (id: string) => ['person', 'organization'].includes(corpus.entityById.get(id)?.kind ?? '');
  if (named.some(actor)) return false;
  return !ids.some((id) => named.includes(id) || f.sentence.includes(corpus.entityById.get(id)!.name.slice(0, 4)));
}

/** Whether every one of `ids` names a thing (an order, an act, an agreement), not who acts. */
/** A paper's name, or one of its aliases, written in `text` in any case ("a joint statement"). */
function paperNamedIn(id: string, text: string, corpus: Derived): boolean {
  const e = corpus.entityById.get(id);
  if (!e) return false;
  const lower = text.toLowerCase();
  return [e.name, ...e.aliases].some((n) => n.length >= 6 && new RegExp(`\\b${escapeRegExp(n.toLowerCase())}\\b`).test(lower));
}

function papersOnly(ids: Set<string>, corpus: Derived): boolean {
  return [...ids].every((id) => corpus.entityById.get(id)?.kind === 'thing');
}

/** Every one of `ids` is a place the claim's clause names as where it happened ("in Kuala Lumpur", "at Lancaster House"). */
/**
 * "Nigeria's Senate set up a committee on the treatment of Nigerians in Ghana" against "The Government
 * of Ghana has taken note of …": where the claim's act was done is no actor when the claim's own
 * government is another.
 */
function anotherGovernmentActs(said: Set<string>, sourced: Set<string>, corpus: Derived): boolean {
  const governments = (ids: Set<string>) => [...ids].filter((id) => isGovernmentName(corpus.entityById.get(id)?.name ?? ''));
  const mine = governments(said);
  const theirs = governments(sourced);
  return mine.length > 0 && theirs.length > 0 && !theirs.some((id) => mine.includes(id));
}

function venuesOfClaim(claim: Claim, ids: Set<string>, corpus: Derived): boolean {
  const text = claim.clauseText;
  const venues = new Set(corpus.registry.matchIn(text).filter((m) => corpus.entityById.get(m.entityId)?.kind === 'place' && VENUE.test(text.slice(Math.max(0, m.start - 12), m.start))).map((m) => m.entityId));
  return [...ids].every((id) => venues.has(id) || (corpus.entityById.get(id)?.kind !== 'place' && [...venues].some((v) => governmentOf(v, corpus) === id)));
}


/** A passive verb and its "by", before the name of who acted ("was received that afternoon by Emperor Naruhito"). */
const PASSIVE_BY = /\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn|ne|id)|hit|cut|set|put|shut|struck|made|held|led|met|sent|paid|sold|bought|brought|caught|lost|won|built|kept|dealt)(?:\s+(?!by\b)[a-z]+){0,2}?\s+by\s+(?=(?:the\s+)?[A-Z])/;
/** The same without its verb: "the measures announced by Japan's trade ministry on 1 July". */
const REDUCED_BY = /\b(?:announced|imposed|introduced|adopted|issued|published|unveiled|decided|approved|signed|ordered|proposed|launched|filed|taken)\s+by\s+(?=(?:the\s+)?[A-Z])/;

/** "Members of the European Parliament" act as the European Parliament. */
function membersOf(members: string, body: string, corpus: Derived): boolean {
  const m = /^Members\s+of\s+(?:the\s+)?(.+)$/i.exec(corpus.entityById.get(members)?.name ?? '');
  const name = corpus.entityById.get(body)?.name;
  return !!m && !!name && m[1].toLowerCase() === name.replace(/^the\s+/i, '').toLowerCase();
}

/**
 * "The EU Council adopted …" against "The Council of the EU adopted …", "the Commerce Department"
 * against "the Department of Commerce": a body the source names as "<body> of <owner>" that the
 * claim's clause names as "<owner> <body>".
 */
function namedTheOtherWay(clause: string, sourced: Set<string>, corpus: Derived): boolean {
  return [...sourced].some((id) => {
    const m = /^([A-Z][\w-]*)\s+of\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})$/.exec(corpus.entityById.get(id)?.name ?? '');
    return !!m && new RegExp(`(?<![\\w-])${escapeRegExp(`${m[2]} ${m[1]}`)}(?![\\w-])`, 'i').test(clause);
  });
}

/** Where a clause names who acted after "by", passive or reduced: the match ends right before the name. */
function agentBy(clause: string): RegExpExecArray | null {
  return PASSIVE_BY.exec(clause) ?? REDUCED_BY.exec(clause);
}

/** A clause's opening names, with "administration" or "government" after them: who acts, as governments. */
function headGovernments(text: string): Set<string> {
  const body = text.replace(LEAD_WIRE, '').replace(LEAD_DATE, '').replace(/^[\s|*•-]+/, '');
  const head = /^(?:(?:the|The)\s+)?(?:[A-Z][\w.'’-]*(?:['’]s)?\s*)+(?:(?:administration|government)(?:['’]s)?)?/.exec(body);
  return head ? governmentsIn(head[0]) : new Set();
}

const VENUE = /\b(?:in|at)\s+(?:the\s+)?$/i;
/** Where a journey goes, which is where what it is for happens: "send a delegation to Brussels", "flew to Tokyo". */
const DESTINATION = /\b(?:delegation|mission|trip|journey|travel(?:s|led|ling|ed)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?)\s+(?:[a-z]+\s+){0,2}?to\s+(?:the\s+)?$/i;
/** "the Madrid talks", "the London round": a place naming the meeting held there. */
// (Or a gathering with a word between: "the St Petersburg economic forum".)
const VENUE_OF = /^\s+(?:(?:economic|international|trade|business|investment|annual|ministerial)\s+)?(?:talks|round|rounds|summit|meeting|meetings|negotiations|consultations|session|sessions|forum|conference|congress)\b/i;

/**
 * Places named as where something happened ("in Stockholm", "at Lancaster House", "the Madrid
 * talks"); with `onlyInRange`, only those inside namedFrom..namedTo.
 */
function venues(text: string, namedFrom = 0, namedTo = text.length, onlyInRange = false): Set<string> {
  const out = new Set<string>();
  for (const m of extractEntities(text)) {
    if (onlyInRange && (m.start < namedFrom || m.end > namedTo)) continue;
    // (A building is inside some city: "received at the Imperial Palace" is no other venue than Tokyo.)
    if (m.kind !== 'place' || isGrounds(m.canonical)) continue;
    // "the China talks" are talks with China, wherever held; "the Madrid talks" were held in Madrid
    // (in a source, only in the date's own clause: a table's next row names its own summit).
    const named = m.start >= namedFrom && m.end <= namedTo && VENUE_OF.test(text.slice(m.end, m.end + 16)) && (!governmentsIn(m.canonical).size || governmentOfCapital(m.canonical) !== undefined);
    if (named || VENUE.test(text.slice(Math.max(0, m.start - 12), m.start)) || DESTINATION.test(text.slice(Math.max(0, m.start - 40), m.start))) out.add(m.canonical);
  }
  return out;
}

/** Where someone spoke: "speaking in Parliament", "speaking at the Lok Sabha" (a venue that need be no place). */
const SPOKE_AT = /\b(?:speaking|spoke|addressing|addressed)\s+(?:in|at|to|before)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})/g;

function spokeAt(text: string): string[] {
  return [...text.matchAll(SPOKE_AT)].map((m) => m[1]);
}

/** "talks in Stockholm" and "talks in Madrid" are two rounds, whatever their dates; "speaking in Mumbai" is not "speaking in Parliament". */
/** "the ASEAN summit", "the Shanghai Cooperation Organisation summit": a summit named by who holds it. */
const NAMED_SUMMIT = /\b((?:[A-Z][\w&-]*|of|the|and)(?:\s+(?:[A-Z][\w&-]*|of|the|and)){0,4})\s+(?:leaders['’]?\s+)?summit\b/g;

function summitNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAMED_SUMMIT)) {
    // ("At the London summit" opening a sentence: its capital "At" is no part of the name.)
    const name = m[1].replace(/^(?:(?:the|of|and|at|in|on|by|for|from|during|after|before|since)\s+)+/i, '').trim();
    if (/^[A-Z]/.test(name) && !/^(?:The|A|An|This|That|Last|Next)$/.test(name)) out.add(groupKey(name.toLowerCase()));
  }
  return out;
}

/** A group's long name as its short one: "Group of Seven" is "G7", "Group of 20" is "G20". */
const GROUP_NAMES: Array<[RegExp, string]> = [
  [/\bgroup\s+of\s+(?:seven|7)\b/g, 'g7'],
  [/\bgroup\s+of\s+(?:twenty|20)\b/g, 'g20'],
  [/\bgroup\s+of\s+(?:eight|8)\b/g, 'g8'],
  [/\bg-(7|8|20)\b/g, 'g$1'],
  [/\basia[-\s]pacific\s+economic\s+cooperation\b/g, 'apec'],
  [/\bassociation\s+of\s+south(?:east|-east|\s+east)\s+asian\s+nations\b/g, 'asean'],
];
function groupKey(lower: string): string {
  return GROUP_NAMES.reduce((t, [re, short]) => t.replace(re, short), lower);
}

/**
 * "at the ASEAN summit" is not "the Shanghai Cooperation Organisation summit in Tianjin"; "their
 * Gyeongju summit" is "the Lee-Trump summit in Gyeongju" (a name the source's sentence gives too).
 */
function sameSummit(claimClause: string, f: Fact): boolean {
  const said = summitNames(claimClause);
  if (!said.size) return true;
  const sourced = summitNames(f.sentence);
  const sentence = groupKey(f.sentence.toLowerCase());
  return !sourced.size || [...said].some((n) => sentence.includes(n) || [...sourced].some((s) => s.includes(n) || n.includes(s)));
}

/**
 * Where a claim's clause says it happened: "in Bergen", "the Bergen consultations". (A place inside
 * a clause of what came before or after is not where it happened: "signed on 30 September 2024,
 * after a delay caused by the political upheaval in Dhaka".)
 */
export function claimVenues(claimClause: string): Set<string> {
  const ownWords = claimClause.replace(CONNECTIVE, (m) => ' '.repeat(m.length));
  return new Set([...venues(ownWords), ...spokeAt(ownWords)]);
}

export function sameVenue(claimClause: string, f: Fact): boolean {
  if (!sameSummit(claimClause, f)) return false;
  const said = claimVenues(claimClause);
  if (!said.size) return true;
  // (The date's clause as far as the first break after the date: "the meeting … in Busan on 30 October
  // 2025, and the outcomes of the consultations held in Kuala Lumpur" holds Busan's day only.)
  const dateEnd = f.date.end - f.sentenceStart;
  const cut = /[,;]/.exec(f.sentence.slice(dateEnd));
  const clauseStart = f.clauseStart - f.sentenceStart;
  const clauseEnd = f.clauseEnd - f.sentenceStart;
  const own = venues(f.sentence, clauseStart, Math.min(clauseEnd, cut ? dateEnd + cut.index : Infinity), true);
  const sourced = new Set([...(own.size ? own : venues(f.sentence, clauseStart, clauseEnd)), ...spokeAt(f.sentence)]);
  if (!sourced.size) return true;
  // ("in the UK" and "in Britain": two names of one country, or of its government's seat, are one venue.)
  // (A place both only point back at is theirs alike: "the first such gathering since the Buenos
  // Aires meeting of December 2016" against "the first ministerial conference since Buenos Aires in
  // December 2017".)
  // (A place set right before the date is where it happened: "the December session … in St
  // Petersburg, which the union's leaders, meeting in Minsk on 27 June, identified" met in Minsk.)
  const at = VENUE_RIGHT_BEFORE.exec(factLead(f, 60))?.[1];
  if (at && own.has(at)) return [...said].some((p) => p === at || oneGovernment(p, at));
  const text = own.size && cut ? f.sentence.slice(0, dateEnd + cut.index) : f.sentence;
  return [...said].some((p) => sourced.has(p) || namedNotAfterPointer(text, p) || (text.includes(p) && !namedNotAfterPointer(claimClause, p)) || [...sourced].some((q) => oneGovernment(p, q)));
}

/** "meeting in Minsk on ": a place right before its date. */
const VENUE_RIGHT_BEFORE = /\b(?:in|at)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:on\s+)?(?:the\s+)?$/;

/** "Two days of talks open in London on implementing Geneva": a place only pointed back at is not where this happened. */
const POINTER = /\b(?:implementing|implement|implemented|after|since|following|beyond|like|unlike)\s+(?:the\s+)?$/i;

function namedNotAfterPointer(sentence: string, place: string): boolean {
  for (let at = sentence.indexOf(place); at >= 0; at = sentence.indexOf(place, at + 1)) if (!POINTER.test(sentence.slice(Math.max(0, at - 24), at))) return true;
  return false;
}

const CONNECTIVE = /\b(?:since|after|before|following|followed by|ahead of|prior to|until|under|as part of|pursuant to|in line with)\s+[^,.;:]+/gi;

/** "followed up their Washington meetings with a videoconference": what is followed up is only referred to. */
const FOLLOWED_UP = /\bfollow(?:ed|s|ing)?\s+up\s+(?:on\s+)?([^,.;:]+?)\s+with\b/g;

/** The spans of a text that only point back at another event: a connective's phrase, what is followed up. */
export function referredSpans(text: string): Array<{ from: number; to: number; text: string }> {
  const out = [...text.matchAll(CONNECTIVE)].map((m) => ({ from: m.index!, to: m.index! + m[0].length, text: m[0] }));
  for (const m of text.matchAll(FOLLOWED_UP)) {
    const from = m.index! + m[0].indexOf(m[1]);
    out.push({ from, to: from + m[1].length, text: m[1] });
  }
  return out;
}

/** The claim's clause without what it only points back at (the connective that holds its date stays). */
function outsideReferredSpans(claim: Claim): string {
  const clause = claim.clauseText;
  const at = claim.cited.mention.start - claim.clause.start;
  return blankSpans(clause, referredSpans(clause).filter(({ from, to }) => !(from <= at && at < to)));
}

/** `text` with `spans` blanked out, offsets kept. */
export function blankSpans(text: string, spans: ReadonlyArray<{ from: number; to: number }>): string {
  let out = text;
  for (const { from, to } of spans) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  return out;
}

/** The connectives of another event's day ("after …", "following …"), not of a state's ("since …", "until …"). */
const POINTS_BACK = /^(?:after|before|following|ahead\s+of|prior\s+to)\b/i;

/** How many of the claim's words a source's reference must share to tell the brief's own event. */
const SPAN_TOLD_TERMS = 3;

/**
 * "The agreement took effect on Wednesday, May 1, 2024" is not answered by "the second free trade
 * deal the country has brought into force …, after its pact with Britain took effect last May": the
 * source's date is only in what it points back at, which names what the brief does not (Britain).
 */
export function dateOnlyInReferredSpan(claim: Claim, f: Fact, corpus: Derived): boolean {
  const d = dateSpan(f);
  const span = referredSpans(f.sentence).find((s) => s.from <= d.start && d.end <= s.to && POINTS_BACK.test(s.text));
  if (!span) return false;
  const named = corpus.registry.matchIn(span.text).map((m) => m.entityId);
  if (!named.length) return false;
  // (Nor when the brief tells what the reference tells, in its words: "The Senate approved the
  // ratification law" against "Following approval of the ratification law by the Senate of the
  // Parliament of the Republic of Kazakhstan on 11 December 2025".)
  const spanTerms = new Set(contentTerms(span.text));
  if (contentTerms(claim.clauseText).filter((t) => spanTerms.has(t)).length >= SPAN_TOLD_TERMS) return false;
  // (Not when the brief's own date points back too: "after the May 28, 2022 federal election".)
  const c = citedSpan(claim);
  if (referredSpans(claim.sentenceText).some((s) => s.from <= c.start && c.start < s.to && POINTS_BACK.test(s.text))) return false;
  // (A capital stands for its government: "Washington announced" names the United States.)
  const claimed = new Set(corpus.registry.matchIn(claim.sentenceText).flatMap((m) => [m.entityId, governmentOf(m.entityId, corpus) ?? m.entityId]));
  // (A name the brief writes in lower case counts: "the first, on trade facilitation" for the Trade
  // Facilitation Agreement; two of its words do, or its one word.)
  const words = new Set(contentTerms(claim.sentenceText));
  const written = (id: string) => {
    const name = contentTerms(corpus.entityById.get(id)?.name ?? '');
    return name.filter((w) => words.has(w)).length >= Math.min(2, name.length);
  };
  return !named.some((id) => claimed.has(id) || written(id));
}

/**
 * "accused the US on October 14 of new curbs since the Madrid talks": the brief dates the
 * accusation and only refers to the talks, so a source dating the talks says nothing of it.
 */
export function notOnlyReferredTo(claim: Claim, f: Fact, corpus: Derived): boolean {
  if (tellsMainActToo(claim, f, corpus)) return true;
  const clause = claim.clauseText;
  const at = claim.cited.mention.start - claim.clause.start;
  const end = claim.cited.mention.end - claim.clause.start;
  const names = f.clauseEntities.flatMap((id) => {
    const e = corpus.entityById.get(id);
    return e ? [e.name, ...e.aliases] : [];
  });
  for (const { from, to, text } of referredSpans(clause)) {
    if (at < to && end > from) continue; // the cited date is what the connective points at
    if (names.some((n) => n.length >= 3 && text.includes(n))) return false;
  }
  // "decided on the duties on 29 October, after the member-state vote": the source's words for its
  // own act ("vote") are, in the brief, only where it points back at that act.
  const sentence = claim.sentenceText;
  const c = citedSpan(claim);
  // (Words the source too only points at, away from its date, say nothing of its act: "under the
  // safeguard rules" in both.)
  let pointedAt: Set<string> | undefined;
  for (const { from, to, text } of referredSpans(sentence)) {
    if (c.start < to && c.end > from) continue;
    if (to <= c.start && DATE_OF_REFERRED.test(sentence.slice(to, c.start))) continue;
    const inside = new Set(contentTerms(text));
    const outside = new Set(contentTerms(sentence.slice(0, from) + ' ' + sentence.slice(to)));
    // (Not the span that holds the source's own date: there the pointing is at its act.)
    const d = dateSpan(f);
    pointedAt ??= new Set(referredSpans(f.sentence).filter((r) => !(r.from <= d.start && d.end <= r.to)).flatMap((r) => contentTerms(r.text)));
    if (f.terms.some((t) => inside.has(t) && !outside.has(t) && !pointedAt!.has(t))) return false;
  }
  return true;
}

// "under Decree 73, effective 31 March 2024": the cited date dates what the connective names, so
// the brief dates that very thing.
const DATE_OF_REFERRED = /^,?\s*(?:\(\s*|(?:(?:which|that)\s+(?:was\s+|were\s+)?)?(?:effective|signed|dated|adopted|issued|published|enacted|in\s+force|taking\s+effect|took\s+effect|came\s+into\s+force)\s+(?:on\s+|from\s+|since\s+|as\s+of\s+)?)$/i;

/**
 * "| Landmine wounds two soldiers in Sisaket; Anutin suspends the declaration |" tells the act a
 * brief dates ("Thailand suspended the declaration on November 11 after a landmine wounded …") as
 * well as the one it points back at: two or more of the words outside its pointing (names and the
 * measure's own words aside) are the source's too, the brief's verb among them.
 */
function tellsMainActToo(claim: Claim, f: Fact, corpus: Derived): boolean {
  const sentence = claim.sentenceText;
  const c = citedSpan(claim);
  const spans = referredSpans(sentence).filter(({ from, to }) => !(c.start < to && c.end > from));
  if (!spans.length) return false;
  const inside = new Set(spans.flatMap((s) => contentTerms(s.text)));
  let rest = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    rest += ' ' + sentence.slice(at, s.from);
    at = Math.max(at, s.to);
  }
  rest += ' ' + sentence.slice(at);
  const names = nameTerms(claim.entityIds, corpus);
  const sourced = new Set([...f.terms, ...contentTerms(f.sentence)]);
  const shared = new Set(contentTerms(rest).filter((t) => !inside.has(t) && !names.has(t) && !MEASURE_WORDS.has(t) && sourced.has(t)));
  // The brief's act is among them ("suspended" and "suspends"): an object both name ("the herring
  // quota" adopted, and voted on) is not the act.
  const acts = rest.match(PAST_VERB) ?? [];
  if (shared.size >= 2 && acts.some((w) => contentTerms(w).some((t) => shared.has(t)))) return true;
  // (Or one verb, when both give it right before their dates: "published its promulgating decree in
  // the Diario Oficial on 27 January" and "was finally published in the Diario Oficial on Tuesday".)
  // (Each date's own verb, the last before it: not "followed more than a week of hostilities that began".)
  const own = (lead: string) => contentTerms((lead.match(PAST_VERB) ?? []).pop() ?? '');
  const theirs = own(factLead(f, 60));
  return own(claimLead(claim, 60)).some((t) => shared.has(t) && theirs.includes(t) && !CONNECTING_VERBS.has(t));
}
/** Verbs that tie one event to another rather than tell one: "followed", "came". */
const CONNECTING_VERBS = new Set(contentTerms('followed came preceded'));

/** The words of the names and aliases of entities: names, not what happened. */
export function nameTerms(ids: string[], corpus: Derived): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const e = corpus.entityById.get(id);
    for (const n of e ? [e.name, ...e.aliases] : []) for (const t of contentTerms(n)) out.add(t);
  }
  return out;
}

/** A verb in the past, as briefs tell acts: "suspended", "signed", "met", "froze". */
const PAST_VERB = /\b(?:[a-z]{2,}ed|met|held|began|took|made|froze|set|cut|struck|broke|left|put|sent|gave|won|lost|hit|rose|fell|led|said|told|paid|sold|bought|brought|drew|ran|came|went|shut|wrote|spoke|chose|swore)\b/g;

/** What every act on a measure is about ("decided on the definitive duties" and "voted on definitive duties"): no act of its own. */
const MEASURE_WORDS = new Set(contentTerms('tariff tariffs duty duties definitive provisional rate rates levy levies measure measures'));

/**
 * "cut its tariff to 30%" is not the "100% tariff", nor a flat fee "to $100" the one "of US$75":
 * different rates or sums, different measures.
 */
/** A clause that names its measure by pointing back: "the duty", "the tariff", "the levy". */
const BACK_TO_MEASURE = /\bthe\s+(?:duty|duties|tariff|tariffs|levy|levies|surcharge|rate)\b/i;

export function sameRates(claimClause: string, f: Fact): boolean {
  // Sums over the source's whole sentence: "lifted the duty to 90 per cent, or a flat US$75" puts
  // the fee in a clause of its own.
  const clause = factClause(f);
  // "Trump announced a 25% tariff on cars on March 26, and the duty has been collected since April
  // 3": a clause that names its measure only as "the duty" has the rate its sentence gave it.
  const told = !ratesIn(clause).length && BACK_TO_MEASURE.test(clause) ? f.sentence : clause;
  // (A source's rates in words count: "begins with a rate of zero percent on the first of January 2026".)
  const sourced = onlyRatesLeft(told) || onlyTotals(told) ? [] : ratesInFiguresOrWords(told).map(Number);
  return shareFigures(ratesIn(claimClause).map(Number), sourced) && shareFigures(sumsIn(claimClause), sumsIn(f.sentence));
}

const RATE_LEFT = /\bfrom\s+\d{1,3}(?:\.\d{1,2})?\s?(?:%|per\s?cent|percent)/gi;
const RATE_CHANGE = /\b(?:rais|increas|cut|lower|reduc|hik|lift|doubl|halv)[a-z]*\b/i;

/**
 * "The rate was raised from 25% by an order signed on July 31" names only the rate the order left,
 * not the one it set: it tells nothing against a brief's "raising the rate to 35%".
 */
function onlyRatesLeft(clause: string): boolean {
  const left = clause.match(RATE_LEFT)?.length ?? 0;
  return left > 0 && left === ratesIn(clause).length && RATE_CHANGE.test(clause);
}

/** A rate named as the sum of several ("takes effect (total 50%)", "bringing the total to 50%"). */
const TOTAL_RATE = /\b(?:total(?:ling|ing)?|combined|cumulative|all-in|overall|in\s+all)\s+(?:rate\s+)?(?:of\s+|to\s+)?\d{1,3}(?:\.\d{1,2})?\s?(?:%|per\s?cent|percent)/gi;

/**
 * "Extra US tariff on India takes effect (total 50%)" names only the total, not the extra's own
 * rate: it tells nothing against a brief's "extra 25% tariff".
 */
function onlyTotals(clause: string): boolean {
  const totals = clause.match(TOTAL_RATE)?.length ?? 0;
  return totals > 0 && totals === ratesIn(clause).length;
}

/** True unless both name figures and none of them is the same. */
function shareFigures(said: number[], sourced: number[]): boolean {
  return !said.length || !sourced.length || said.some((x) => sourced.includes(x));
}

/**
 * Months apart is another occurrence ("curbs in April", "curbs in October"), not a slip; a year
 * slip (the same month a year off) is still a slip.
 */
export function closeEnough(cited: { from: number; to: number }, source: { from: number; to: number }): boolean {
  return gap(cited, source) <= MAX_CONFLICT_GAP_DAYS || aYearSlip(cited, source);
}

/** The same days, one or two years off. */
export function aYearSlip(cited: { from: number; to: number }, source: { from: number; to: number }): boolean {
  return [-2, -1, 1, 2].some((y) => gap(shiftYears(cited, y), source) === 0);
}

/**
 * Kinds whose dates belong to them alone: a deadline ("tariffs stay until September 3") is not the
 * date of the talks or decision that share its words, nor a court's ruling the date of its hearing.
 */
const OWN_DATES: ReadonlySet<EventKind> = new Set<EventKind>(['deadline', 'ruling', 'hearing', 'travel']);

/** A deadline set right after a date, as what the date is: "from Aug. 1, a deadline now two weeks away". */
const DEADLINE_BESIDE = /^,\s+(?:a|the)\s+deadline\b/i;

/** A fact of such a kind contradicts only a brief that speaks of that kind, or of nothing this tool can name. */
export function sameKind(claim: Claim, f: Fact): boolean {
  // "a 30 percent tariff on Mexican goods from Aug. 1, a deadline now two weeks away": a deadline
  // set beside the date is what the date is to the sentence's act, which is the kind it tells.
  if (f.kind === 'deadline' && DEADLINE_BESIDE.test(f.sentence.slice(dateSpan(f).end))) {
    const told = kindsIn(f.sentence);
    if (claim.kinds.some((k) => k !== 'deadline' && told.includes(k))) return true;
  }
  if (OWN_DATES.has(f.kind)) return !claim.kinds.length || claim.kinds.includes(f.kind);
  // And a brief about a journey alone is not contradicted by what was done on arrival.
  if (claim.kinds.length === 1 && claim.kinds[0] === 'travel' && f.kind !== 'other') return false;
  // Nor a brief about a saying alone ("addressed Nexperia at its Nov. 6 briefing") by a deed of the
  // same speaker ("on Oct. 4 barred Nexperia's unit") that is no saying.
  if (claim.kinds.length === 1 && claim.kinds[0] === 'statement') return SAYINGS.has(f.kind) || momentOfFact(f) === 'act';
  // A call is not a meeting face to face: "held a telephone conversation on Saturday" is not dated
  // by "on the same day he and Takaichi signed the framework" during a visit, nor the other way.
  if (claim.kinds.length === 1 && claim.kinds[0] === 'call') return !FACE_TO_FACE.has(f.kind);
  if (f.kind === 'call' && claim.kinds.length > 0 && claim.kinds.every((k) => FACE_TO_FACE.has(k))) return false;
  // A meeting is no start of effect: "Trump and Xi met in late October" is not dated by "Port fees
  // … are also paused from today", which names no meeting.
  if (claim.kinds.length > 0 && claim.kinds.every((k) => OCCASION_KINDS.has(k)) && momentOfFact(f) === 'start' && !kindsIn(f.sentence).some((k) => OCCASION_KINDS.has(k))) return false;
  return true;
}

const FACE_TO_FACE: ReadonlySet<EventKind> = new Set<EventKind>(['meeting', 'summit', 'travel']);

export const SAYINGS: ReadonlySet<EventKind> = new Set<EventKind>(['statement', 'announcement', 'interview', 'accusation']);

// Papers that carry a date of their own: "a letter dated July 12", "the order of July 31", "our memo
// of 3 June", "its May 30 statement".
const PAPER = 'letter|memo|memorandum|note|notice|report|filing|order|proclamation|statement|communiqu[eé]|decree|circular|directive|regulation|notification|bulletin|release|readout|transcript|minutes|email|e-mail|petition|complaint|submission|paper';
// "Regulation (EU) 2024/1866 of 3 July", "Executive Order 14257 of April 2": a number may stand between;
// "the letter of the President of the United States dated 7 July": so may its author.
const PAPER_ID = '(?:\\s*\\([A-Z]{2,4}\\))?(?:\\s+(?:No\\.?\\s*)?\\d[\\d/.-]{0,12})?';
const PAPER_BEFORE = new RegExp(`\\b(${PAPER})s?${PAPER_ID}(?:,?\\s+dated|\\s+of|\\s+(?:to|from|by|of)\\s+[^,.;:]{1,40}?\\s+dated)\\s+(?:the\\s+)?$`, 'i');
// "welcomes the joint statement issued yesterday, 13 November 2025": a paper already known, dated by
// its issuing (not "In an order issued this afternoon, the Court granted …", the act's own paper).
const PAPER_ISSUED_BEFORE = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+){0,3}?(${PAPER})s?\\s+(?:issued|released|published)(?:\\s+(?:yesterday|today),?|\\s+on)?\\s+(?:the\\s+)?$`, 'i');
const PAPER_AFTER = new RegExp(`^(?:,\\s*\\d{4})?\\s+(${PAPER})\\b`, 'i');

/** The paper a date in `text` (at start..end) dates, in lower case, if it dates one. */
export function paperDated(text: string, start: number, end: number): string | undefined {
  const lead = text.slice(Math.max(0, start - 80), start);
  const before = PAPER_BEFORE.exec(lead) ?? PAPER_ISSUED_BEFORE.exec(lead);
  if (before) return before[1].toLowerCase();
  // "its July 12 letter", "the ministry's 23 October statement", not "on July 12 letters were
  // sent": the date must follow a determiner or a possessive.
  const after = PAPER_AFTER.exec(text.slice(end, end + 30));
  if (after && /(?:\b(?:the|a|an|its|their|his|her|our|my|this|that)|\w['’]s)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return after[1].toLowerCase();
  return undefined;
}

/**
 * A date that dates a paper ("Trump's letter dated July 12") is the paper's, not the act it
 * speaks of: it answers only a brief that names that paper; and a brief's "memo of 3 June" (its
 * own, often) only a source that does.
 */
export function samePaper(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  const c = citedSpan(claim);
  const sourced = paperDated(f.sentence, d.start, d.end);
  const said = paperDated(claim.sentenceText, c.start, c.end);
  const names = (text: string, paper: string) => new RegExp(`\\b${paper}`, 'i').test(text);
  if (sourced && !names(claim.sentenceText, sourced)) return false;
  return !said || names(f.sentence, said);
}

const TO_START = /\b(?:agreed|decided|voted|pledged|promised|resolved|moved)\s+to\s+(?:formally\s+)?(?:begin|start|launch|open|resume|restart|hold|convene)\b/i;
const STARTED = /\b(?:began|begun|begins|started|starts|launched|launches|opened|opens|resumed|resumes|restarted|held|convened|kicked\s+off)\b/i;

/** A decision to change a state: "agreed to close", "voted to suspend", "decided to ban". */
const TO_CHANGE = /\b(?:agreed|decided|voted|resolved|moved)\s+to\s+(?:formally\s+|fully\s+)?(?:close|shut|suspend|ban|lift|reopen|impose|halt)\b/i;
/** The change done: "were shut", "closed", "was suspended". */
const CHANGED_STATE = /\b(?:closed|shut|suspended|banned|lifted|reopened|imposed|halted)\b/i;

/**
 * "Ministers met in Vancouver and agreed to begin accession talks" dates the agreement, not the
 * talks: a brief saying when the talks began is not contradicted by it.
 */
export function notAgreedToStart(claim: Claim, f: Fact): boolean {
  if (TO_START.test(f.sentence) && STARTED.test(claim.clauseText)) return false;
  // ("the Estonian cabinet agreed to close the Narva-2 and Piusa crossing points entirely" dates the
  // decision, not the day "Narva-2 and Piusa were shut to all traffic".)
  if (TO_CHANGE.test(factClause(f)) && CHANGED_STATE.test(claim.clauseText) && !TO_CHANGE.test(claim.clauseText)) return false;
  // Nor does "| 10 Jun 2025 | Federal Circuit grants a stay and orders en banc hearing |" date the
  // day "the en banc hearing took place": an order or a schedule for a sitting is not the sitting.
  const ordered = ORDERED_SITTING.exec(factClause(f));
  return !(ordered && TOOK_PLACE.test(claim.clauseText) && !ORDERED_SITTING.test(claim.clauseText));
}

const SITTING = '(?:hearings?|rehearing|(?:oral\\s+)?arguments?|trial|vote|session|sitting)';
const ORDERED_SITTING = new RegExp(`\\b(?:order(?:s|ed)|schedul(?:es|ed)|set(?:s)?|call(?:s|ed)\\s+for|grant(?:s|ed)|request(?:s|ed)|sought|seeks?)\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?${SITTING}\\b`, 'i');
const TOOK_PLACE = /\b(?:took\s+place|takes\s+place|was\s+held|were\s+held|heard|held|sat|convened|met|argued)\b/i;

// A date that starts an effect ("from May 14", "starting May 14", "took effect on May 14") and one
// that dates a saying or a signing ("a joint statement released on May 12", "agreed on May 12 to
// lower") are two moments of one measure.
// ("beginning at " before a date that opens on its hour: "beginning at 00:00 hours on Tuesday, 22 April".)
const STARTS = /\b(?:(?:started|starts|began|begins|begun)\s+(?:to\s+be|being)\s+(?:collected|applied|charged|levied|enforced|paid)(?:\s+on)?|(?:set|sets|setting|fixed|fixes|fixing|put|puts)\s+(?:the\s+|its\s+|a\s+)?(?:start|start\s+date|effective\s+date|launch)\s+(?:for|at|as|on)|(?:start|effective|commencement)\s+date\s+(?:of|was|is)|(?:(?:is|are|was|were|due|set)\s+to|would|will)\s+(?:start|begin|commence)|from|between|starting|beginning|began|begins|begun|started|effective|as\s+of|with\s+effect\s+(?:from|back\s+to)|(?:retroactive(?:ly)?|back-?dated)\s+to|kick(?:s|ed|ing)?\s+in|in\s+force|(?:became|become|becomes|becoming)\s+(?:legally\s+)?(?:binding|mandatory|enforceable|operative)(?:\s+(?:on|for|upon)\s+(?:all\s+|the\s+)?[a-z][a-z-]{2,30}(?:\s+[a-z][a-z-]{2,30})?)?(?=\s+(?:on|from|in|as\s+of)\s)(?:\s+(?:from|as\s+of))?|(?:formally\s+)?(?:opened|launched|initiated|resumed|relaunched)(?:\s+on)?|(?:changes|rules|measures|curbs|caps?|limits?|restrictions|controls|duties|tariffs|quotas?)\s+(?:were\s+|was\s+)?introduced(?:\s+on)?|(?:got|gets|get)\s+under\s*way|kicked\s+off|appl(?:y|ies|ied)\s+[^.;:]{0,80}?\bon\s+or\s+after|(?:took|taken|take|takes|taking|came|come|comes|entered|enters|enter|went|gone|goes)\s+(?:(?:legal|full)\s+)?(?:effect|into\s+(?:force|effect))(?:\s+(?:on|at|in))?)\s+(?:at\s+(?=$))?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?)?(?:on\s+)?(?:the\s+)?$/i;
/** "Beijing began requiring licences for gallium exports in August 2023": a measure's start, though its object stands between the verb and the date. */
const BEGAN_DOING = /\b(?:began|begins|begun|started|starts)\s+(?:requiring|charging|collecting|applying|imposing|enforcing|levying|demanding|banning|blocking|restricting|inspecting|screening)\b[^.;:]{0,60}\s(?:in|on|from)\s+(?:the\s+)?$/i;
const PLANNED_CHANGE = /\b(?:will|would|to)\s+(?:lift|remove|scrap|drop|cut|lower|reduce|raise|increase|impose|apply|levy|suspend|pause|reinstate|restore|double|halve)\b(?:(?!\b(?:had|has|have|was|were|is|are|which|that|who|they|it)\b)[^.;:]){0,60}?(?:\s(?:on|from|as\s+of))?\s*$/i;
const ACTS = /\b(?:(?:social\s+media|Truth\s+Social)\s+post|agreed|announced|said|says|approved|sign(?:ed|s)\s+off|cleared|ratified|endorsed|adopted|clarified|confirmed|explained|stated|reiterated|acknowledged|signed|unveiled|released|published|issued|declared|posted|threatened|warned|told|suspended|paused|extended|ordered|proclaimed|granted|exempted|decreed|disclosed|revealed|made\s+public|became\s+public|trailed|floated|flagged|previewed|foreshadowed|hinted)\b[^.;:]{0,40}$/i;
// Of acts, a signing ("signed its order on September 30") and the day it was made known ("made
// public on October 12") are two moments.
// ("received royal assent on June 20", "was assented to on": the head of state's signature on a law.)
/** A paper handed in: lodged, deposited, filed (a pattern's alternatives). */
export const LODGING = String.raw`lodged|deposited|filed|submitted|handed\s+over|transmitted`;
// (Not a paper signed before it was lodged: "The signed protocol was lodged with the … Secretary-General on".)
const SIGNED = new RegExp(String.raw`\b(?:signed|signs|ordered|proclaimed|decreed|enacted|promulgated|(?:received|receives|got|given|gave|granted)\s+(?:royal\s+)?assent|assented)\b(?!\s+off\b)(?![^.;:]*\b(?:agreed|announced|said|says|unveiled|released|published|declared|posted|disclosed|revealed|made\s+public|became\s+public|${LODGING}|circulated)\b)[^.;:]{0,90}$`, 'i');
// "runs until November 10", "is due to expire on July 9": the date ends a state of things, which a
// signing or an extension ("extended in August") does not date.
/** "an agreement can be reached before August 1": the limit of what is hoped for, an end. */
const HOPED_BEFORE = /\b(?:can|could|may|might|must|should|would|will)\s+(?:[a-z]+\s+){1,3}?before\s+$/i;
const ENDS = /\b(?:until|till|through|(?:runs?|ran|running|lasts?|lasted)\s+to|(?:expires?|expired|expiring|lapses?|lapsed|ends?|ended|runs?\s+out|ran\s+out|exhausted|used\s+up|closes?|closed|shut|shuts|ceased|ceases|cease)(?:\s+to\s+(?:new\s+)?[a-z-]+)?(?:\s+(?:on|in|at))?|(?:deadline|cut-?off(?:\s+date)?|closing\s+date)\s+(?:of|on)|(?:is|are|was|were)\s+due(?:\s+(?:on|by))?)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$/i;

// "the tariffs they had imposed on each other in April": an act before the one the sentence tells.
// Not after a reporting verb, where the tense only follows the report ("noted that it had offered").
const EARLIER = /(?<!\b(?:said|says|noted|notes|added|stated|explained|recalled|argued|insisted|told|wrote|confirmed|announced)\s+(?:that\s+)?(?:it|they|he|she|we|the\s+\w+)\s+)\bhad\s+(?:not\s+)?(?:been\s+)?[a-z]{2,}(?:ed|en|wn|un|ne|lt|pt|ld|ght)\b[^.;:]{0,40}$/i;

/** "not issued until", "didn't arrive until": the act happened on the day after "until". */
const NOT_UNTIL = /\b(?:not|n['’]t)\s+(?:[a-z]+\s+){0,3}?until\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?$/i;

/** Characters before a date read for its moment. */
const MOMENT_REACH = 80;
/** ", which covered both Chinese and Indian coil,": an aside between a claim's verb and its date. */
const CLAIM_RELATIVE_ASIDE = /,\s+(?:which|who)\s[^,;.]*,(?=\s+(?:on|in|from|since|by|until|at)\s[^,;.]*$)/gi;

// 'paper': a date that names its paper ('the Nov. 14 order'), the day it was signed or issued.
type Moment = 'start' | 'end' | 'signing' | 'act' | 'earlier' | 'report' | 'paper';

// "were first reported on May 29", "news of the deal first broke in a newspaper report on": the day
// the press told of it, which the day it was done does not date.
// So is "appeared in the Federal Register on": the day a paper was published, not signed; and "made
// public on Oct. 12", "not disclosed until Oct. 12": the day an act became known, not the act's;
// and "the notice was gazetted on 14 June": the day it came out in the gazette (named as it may
// be: "the UAE Official Gazette"); not when a main verb follows the aside that told it: "Ankara's
// decision, published in the Turkish Official Gazette, takes effect in July 2026".
const REPORTED = /\b(?:(?:was|were|been|first|initially|widely)\s+reported|news\b[^.;:]{0,60}\bbroke|broke\s+the\s+news|(?:was|were)\s+leaked|leaked\s+to|reports?\s+(?:emerged|surfaced)|(?:published|appeared|appears|printed)\s+in\s+(?:the|[A-Z][\w.]*['’]s)\s+(?:Federal\s+Register|(?:[A-Z][\w.]*\s+)?Official\s+Journal|(?:[A-Z][\w.]*\s+){1,3}Gazette|Gazette)|(?:made|became|went)\s+public|(?:was|were|been|being)\s+gazetted|came\s+to\s+light|not\s+(?:disclosed|revealed|made\s+public)\s+until)\b(?![^.;:]*,\s+(?:takes?|took|comes?|came|enters?|entered|appl(?:y|ies|ied)|goes|went|will|is|was|were|are)\b)[^.;:]{0,40}$/i;

// "Remission orders published on 16 April": the day a paper came out, not the day it was announced.
// (So is "the amendments to the National Port System Law published in June 2024": not the vote.)
// (Also with what the paper does between: "The Federal Register notice cutting the rate on Korean autos was published on".)
// (And a body's finding, told with whose it is: "a recommendation from the Trade Remedies Authority,
// published on 21 May".)
const PAPER_PUBLISHED = /\b(?:orders?|notices?|rules?|regulations?|decrees?|proclamations?|guidance|laws?|amendments?|(?:recommendations?|findings|determinations?)\s+(?:from|by|of)\s+(?:the\s+)?[A-Z][^,.;:]{1,60}?,)(?:,[^,.;:]{1,60},|\s+(?:cutting|lowering|raising|setting|implementing|extending|suspending|adjusting|amending|modifying|imposing|lifting)\b[^,.;:]{1,80}?)?\s+(?:(?:was|were|is|are)\s+)?published\s+(?:(?:on|in)\s+)?(?:the\s+)?$/i;

// "was doubled to 50% on June 4", "are cut to 10% from": the day a rate changed, a start.
// So is "went from 10 to 25 percent on March 12", "rose to 25% in March".
const CHANGED = /\b(?:(?:replaced|replaces|superseded|supersedes)\b|(?:is|are|was|were|been|be)\s+(?:raised|doubled|tripled|cut|lowered|increased|reduced|hiked|halved)\b|(?:went|go|goes|rose|rises|jumped|climbed|fell|falls|dropped)\s+(?:up\s+|down\s+)?(?:from\s+[\d.]+\s*(?:%|percent|per\s+cent)?\s+)?to\s+[\d.]+\s*(?:%|percent|per\s+cent)(?![A-Za-z])|(?:doubled|tripled|halved|raised|lowered|increased|reduced|hiked)\s+(?:[\w-]+\s+){0,3}?to\s+[\d.]+\s*(?:%|percent|per\s+cent)(?![A-Za-z]))[^.;:]{0,40}$/i;

/** A state of a measure and its "since": "in force since", "has been collected on … goods since": the day it began. */
// (An aside may stand before "since": "has applied to goods from Brazil, as from most partners, since".)
export const STATE_SINCE = /\b(?:in\s+(?:force|effect|place)|(?:(?:tariff|duty|quota)[-\s]free|exempt(?:ed)?|collected|applied|charged|levied|paid|imposed|enforced|needed|required|collecting|applying|charging|levying|paying|imposing|enforcing)\b[^.;:,]{0,40}?)(?:,[^.;:,]{1,60},)?\s+since\s+(?:the\s+)?$/i;

const HAD_SINCE = /\bhad\s+[^.;:,]{0,50}\bsince\s+(?:the\s+)?$/i;

/** "… in New Delhi on " at the end of a lead: where, between the verb and the date. */
const PLACE_BEFORE_DATE = /\s+in\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?=(?:on\s+)?(?:the\s+)?$)/;

/** `ownAct`: the lead is a sentence told in the pluperfect from its subject on (see PLUPERFECT_TOLD), no earlier act. */
function momentOf(rawLead: string, entry: string | undefined, tail = '', earlier = true, ownAct = false): Moment | undefined {
  // "signed by the President …, Mr Donald J. Trump, on": an initial's or a title's dot ends no clause.
  const lead = rawLead.replace(/\b([A-Z]|Mr|Mrs|Ms|Dr)\./g, '$1');
  // What follows the date names it outright: "fixes August 1 as the start date"; "last week's Truth
  // Social post" dates a saying.
  if (AS_START_DATE.test(tail)) return 'start';
  if (POSSESSED_SAYING.test(tail)) return 'act';
  // "Beijing's 9 October announcement": a date written onto a saying's noun dates the saying.
  if (SAYING_NAMED.test(tail) && OWNER_BEFORE.test(lead)) return 'act';
  if (PAPER_NAMED.test(tail)) return 'paper';
  if (ISSUE_NAMED.test(tail)) return 'report';
  // "responds to Bessent's warning of Tuesday": the day of what was answered, before the answer.
  if (earlier && ANSWERED_OF.test(lead)) return 'earlier';
  if (REPORTED.test(lead) || PAPER_PUBLISHED.test(lead) || DISCLOSED_TO.test(lead)) return 'report';
  // "The order giving legal force to the terms dates from 16 June": the paper's day, not a start.
  if (PAPER_DATES_FROM.test(lead)) return 'paper';
  // "That posture ended on December 3, 2024, when MOFCOM's Announcement No. 46 barred …": the day
  // is told by the act of the "when" clause, not by the end or start it brought.
  const toldByWhen = WHEN_AFTER.test(tail);
  // ("started in New Delhi on": a place between the verb and its date leaves it a start.)
  if (STARTS.test(lead) || STARTS.test(lead.replace(PLACE_BEFORE_DATE, ' ')) || BEGAN_DOING.test(lead)) return toldByWhen ? undefined : 'start';
  // "in force since", "has been collected … since": the day a state began; in the pluperfect ("the
  // 120% rate … had applied since May 2") background to what changed.
  if (STATE_SINCE.test(lead)) return earlier && HAD_SINCE.test(lead) ? 'earlier' : 'start';
  // "were not issued until early November": the day they were issued, no end.
  if (NOT_UNTIL.test(lead)) return 'act';
  // (So does "closed in New Delhi on" an end.)
  if (ENDS.test(lead) || ENDS.test(lead.replace(PLACE_BEFORE_DATE, ' ')) || BROKE_UP.test(lead) || FROM_DAY_TO.test(lead) || LAST_DAY.test(lead) || HOPED_BEFORE.test(lead)) return toldByWhen ? undefined : 'end';
  // "Carney says Canada will lift most retaliatory tariffs on U.S. goods Sept. 1": the day a
  // measure is to change, a start, not the day the change was told (not "agreed to cut the duties
  // they had imposed in January", where another verb has the date).
  if (PLANNED_CHANGE.test(lead)) return toldByWhen ? undefined : 'start';
  if (PAPER_OF_DAY.test(lead)) return 'paper';
  if (SIGNED.test(lead) || SIGNING_HELD.test(lead)) return 'signing';
  if (ACTS.test(lead)) return 'act';
  if (PAPER_ON.test(lead)) return 'paper';
  if (CHANGED.test(lead)) return 'start';
  if (earlier && !ownAct && EARLIER.test(lead)) return 'earlier';
  // "its Board of Directors, at its session of 20 May 2025, approved a revision": a date set off by
  // commas between the subject and its verb; the verb after it tells the moment.
  const set = SET_OFF_VERB.exec(tail);
  if (entry === undefined && set && SET_OFF_OPENS.test(lead)) return headedMoment(set[1]);
  return entry === undefined ? trailingMoment(tail) : headedMoment(entry);
}
const SET_OFF_OPENS = /,\s+(?:at|on|in|during)\s+[^,.;:]{0,40}$/;
const SET_OFF_VERB = /^\s*,\s+([a-z]+ed)\b/;

// "The EU on Aug. 5 suspended …", "Trump on Monday signed …": a subject, its date, then its verb.
// ("On 11 December the Federal Department of Finance announced": a name may hold "of" or "for".)
// "In late July, Washington announced …", "On Monday, the White House said …": a date that opens
// its sentence, then a named subject, then the verb.
const TRAILING = /^(?:,?\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,5})?\s*(?:formally\s+|officially\s+|also\s+|quietly\s+|finally\s+|sharply\s+|further\s+|again\s+|abruptly\s+|suddenly\s+|dramatically\s+)?([a-z]+(?:\s+(?:effect|into\s+(?:force|effect)|in|out))?)\b/;

/** Talks opened, what they were on between the verb and the date: "opened talks in Praia on a … memorandum on". */
const TALKS_OPENED = /\b(?:opened|began|started)\s+(?:the\s+|a\s+|formal\s+|their\s+|new\s+)?(?:[a-z-]+\s+){0,2}?(?:talks|negotiations|consultations)\b[^.;:]{0,80}\s(?:on|in)\s+(?:the\s+)?$/i;

/** A disclosure to a regulator: "reported the Hengrui contract to the CMF as a material fact on" (not a filing, "filed its petition with METI", which is an act). */
const DISCLOSED_TO = /\b(?:reported|disclosed)\s+(?:[\w'’-]+\s+){0,6}?(?:to|with)\s+(?:the\s+)?[A-Z]{2,}\b[^.;:]{0,40}?\s(?:on|in)\s+(?:the\s+)?$/;

/** "Signature took place at the economy ministry on", "the signing ceremony was held in Tbilisi on": a signing told by its noun. */
const SIGNING_HELD = /\b(?:signature|signing)\s+(?:ceremony\s+)?(?:[\w-]+\s+){0,2}?(?:took\s+place|was\s+held|happened|occurred)\b[^.;:]{0,60}?\s(?:on|in)\s+(?:the\s+)?$/i;

/** "held meetings … from Tuesday 22 April to": the second day of a from–to pair is the last. */
const FROM_DAY_TO = new RegExp(`\\bfrom\\s+(?:${WEEKDAY_ANY},?\\s+)?(?:\\d{1,2}\\s+${MON}|${MON}\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s+(?:to|until|through)\\s+$`);

/** "The Dhaka round broke up without a price deal on": a meeting's end, what it ended without between. */
const BROKE_UP = /\bbr(?:oke|eaks?)\s+up\b[^.;:,]{0,50}\s(?:on|in)\s+(?:the\s+)?$/i;

// "the last day of the safeguard is 30 June", "30 June is the final day of": an end.
const LAST_DAY = /\b(?:last|final)\s+day\b[^.;:]{0,50}$/i;
const IS_LAST_DAY = /^\s*(?:is|was|will\s+be|marks|marked|would\s+be)\s+(?:the\s+)?(?:last|final)\s+day\b/i;

/** "responds to Bessent's warning of", "in reply to the letter of": a saying answered, dated by "of". */
const ANSWERED_OF = /\b(?:to|against|over|after|following)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:warning|statement|remarks|comments|letter|decision|announcement|post|speech|threat|ultimatum)\s+of\s+$/;

/** "'s Truth Social post", "'s statement": the date's own saying or paper. */
const POSSESSED_SAYING = /^['’]s\s+(?:[A-Za-z-]+\s+){0,3}?(?:post|statement|announcement|letter|speech|remarks|comments|notice|briefing|interview)\b/i;

/** " announcement", " joint statement": a saying's noun right after its date. */
const SAYING_NAMED = /^\s+(?:[a-z-]+\s+)?(?:announcement|statement|post|speech|remarks|notice|briefing|interview)\b/i;
/** What a date on a noun follows: its owner or determiner ("Beijing's", "the", "that"). */
export const OWNER_BEFORE = /(?:\b(?:the|its|their|his|her|this|that|a|an)|['’]s)\s+$/i;

/** "The Nov. 14 order had lifted …": the date names its paper, so it is the day that was signed. */
/** Papers a head of government signs, which a date can name by their day. */
const SIGNED_PAPER = 'order|proclamation|decree|memorandum';
const PAPER_NAMED = new RegExp(`^\\s+(?:executive\\s+)?(?:${SIGNED_PAPER})\\b`, 'i');
const TELLING_WORDS = /\b(?:Federal\s+Register|Official\s+Journal|Gazette|notices?|report(?:s|ed)?|reporting|publish(?:ed|es)?|publication|issue|edition|leak(?:s|ed)?|news|press|disclos(?:ed|ure)|(?:made|make|makes|went|go|goes|gone|became|become)\s+public|public(?!\s+(?:use|sector|procurement|health|interest|debt|spending|finances?|works|consultation|comments?|hearing)))\b/i;
/** "Our May 9 issue", "the June 3 edition": a date that names a publication's number is the day it came out. */
const ISSUE_NAMED = /^\s+(?:issue|edition|episode|newsletter|podcast|column|bulletin)\b/i;
/** And written after it: "the order of July 31", "letters sent on July 31", "the order bears the date July 30". */
const PAPER_OF_DAY = new RegExp(`\\b(?:(?:${SIGNED_PAPER})\\s+(?:dated|of|(?:is|was)\\s+dated|(?:bears|bore|carries|carried)\\s+the\\s+date(?:\\s+of)?)|(?:letters?|notices?|memos?|memorand(?:um|a)|orders?)\\s+(?:sent|issued|delivered|dated)(?:\\s+on)?)\\s+(?:the\\s+)?$`, 'i');
const PAPER_DATES_FROM = new RegExp(`\\b(?:${SIGNED_PAPER}|letter|notice)\\b[^.;:]{0,80}\\b(?:dates|dated)\\s+(?:from|back\\s+to)\\s+(?:the\\s+)?$`, 'i');
/** "a memorandum on February 21 told …": the paper's day too, unless a verb before it has the date ("published its response to the order on"). */
const PAPER_ON = new RegExp(`\\b(?:${SIGNED_PAPER})\\s+on\\s+(?:the\\s+)?$`, 'i');

// "fixes August 1 as the start date", "had named Oct. 1 as the start": a start.
// ("its May 15 effective date" names its start as well.)
const AS_START_DATE = /^\s+(?:as\s+(?:the\s+|its\s+)?(?:start(?:ing)?(?:\s+date)?|(?:effective|entry[\s-]+into[\s-]+force)\s+date)|(?:effective|start|starting|entry[\s-]+into[\s-]+force)\s+date)\b/i;

/** The moment of the verb right after a date, when the date sits between a subject and its verb. */
function trailingMoment(tail: string): Moment | undefined {
  if (IS_LAST_DAY.test(tail)) return 'end';
  // "prompting Kyrgyzstan last month to begin a trial": the day a thing began, no saying of it.
  if (TO_BEGIN_AFTER.test(tail)) return 'start';
  // "talks … on Sept. 16 ended without any announcement": how the day's talks came out, not an end
  // on a day of its own.
  if (ENDED_AS.test(tail)) return undefined;
  const verb = TRAILING.exec(tail)?.[1];
  // (", Peru's Ministry of Foreign Trade and Tourism said on Thursday": who told it, after its clause.)
  if (verb && /^\s*,/.test(tail) && /^(?:said|says|told|added|stated|noted)$/.test(verb)) return undefined;
  return verb && /\s|ed$|^(?:began|took|came|went|ran|made|told|said|set)$/.test(verb) ? headedMoment(verb) : undefined;
}

const ENDED_AS = /^\s+ended\s+(?:without|with|in)\b/i;
const TO_BEGIN_AFTER = /^\s+to\s+(?:begin|start|launch|introduce)\b/i;

// A timeline entry ("- **Nov. 1** — A 25% duty on trucks begins.", "Aug. 22: Carney says …"): the
// date heads the line, and the entry's first verb tells its moment.
const HEADED: Array<[Moment, RegExp]> = [
  ['start', /\b(?:opens|opened|launches|launched|initiates|initiated|entry[\s-]+into[\s-]+force|(?:is|are|was|were)\s+(?:raised|doubled|tripled|cut|lowered|increased|reduced|hiked|halved)|begins?|began|starts?|started|takes?\s+effect|took\s+effect|comes?\s+into\s+(?:force|effect)|came\s+into\s+(?:force|effect)|enters?\s+into\s+force|entered\s+into\s+force|goes\s+into\s+effect|went\s+into\s+effect|applies|kicks?\s+in|kicked\s+in|in\s+force(?=\s*(?:$|[|;.,(])))\b/i],
  ['end', /\b(?:ends?|ended|expires?|expired|lapses?|lapsed|runs?\s+out|ran\s+out|(?:last|final)\s+day|deadline|closes|closed|shuts)\b/i],
  ['report', /\b(?:(?:(?:is|are|was|were)\s+)?published|appears?|appeared)\s+in\s+the\s+(?:Federal\s+Register|Official\s+Journal|Gazette)\b/i],
  ['signing', /\b(?:signs|signed|signing|ordered|proclaims|proclaimed)\b(?!\s+off\b)/i],
  ['act', /\b(?:sign(?:s|ed)\s+off|sets|adds|added|expands?|expanded|widens?|widened|tightens?|tightened|broadens?|broadened|announces?|announced|tells|told|approves|approved|clears|cleared|ratifies|ratified|endorses|endorsed|adopts|adopted|suspends|suspended|pauses|paused|says|said|agrees?|agreed|unveils?|unveiled|exempts|exempted|grants|granted|issues|issued|releases|released|publishes|published|posts|posted|threatens?|threatened|declares?|declared|extends?|extended|becomes\s+public|made\s+public|discloses|disclosed|reveals|revealed)\b/i],
];

/** The moment of a timeline entry: that of its earliest telling verb. */
function headedMoment(entry: string): Moment | undefined {
  let found: { moment: Moment; at: number } | undefined;
  for (const [moment, re] of HEADED) {
    const m = re.exec(entry);
    if (m && (!found || m.index < found.at)) found = { moment, at: m.index };
  }
  return found?.moment;
}

/**
 * The moments of an entry's later events: a timeline entry or table row may tell two things of its
 * day, split by a semicolon ("| Sat 1 Nov | Truck tariffs take effect; White House issues fact sheet
 * on the China deal |"). A part that names a date of its own tells of that date, not the row's.
 */
function laterEntryMoments(f: Fact): Moment[] {
  const d = dateSpan(f);
  const from = entryWordsStart(f.sentence, d.start, d.end, f.sentence.length) ?? rowWordsStart(f.sentence, d.start, d.end);
  if (from === undefined) return [];
  const parts = /^[^|\n]*/.exec(f.sentence.slice(from, from + 400))![0].split(';').slice(1);
  const found: Moment[] = [];
  for (const part of parts) {
    if (OWN_DATE.test(part)) continue;
    const m = headedMoment(part);
    if (m && !found.includes(m)) found.push(m);
  }
  return found;
}
const OWN_DATE = new RegExp(`(?:${MON}|${WEEKDAY_ANY}|\\b\\d{4}-\\d\\d|\\b(?:today|yesterday|tomorrow)\\b)`);

/** Whether a source's date starts an effect, ends one, or dates a saying or signing, if any. */
export function momentOfFact(f: Fact): Moment | undefined {
  // Asked of the same source date for many claims: read once (a fact never changes).
  const known = factMoments.get(f);
  if (known !== undefined) return known ?? undefined;
  const found = readMomentOfFact(f);
  factMoments.set(f, found ?? null);
  return found;
}
const factMoments = new WeakMap<Fact, Moment | null>();

function readMomentOfFact(f: Fact): Moment | undefined {
  const d = dateSpan(f);
  const moment = momentOf(factLead(f, MOMENT_REACH), sourceEntry(f), f.sentence.slice(d.end, d.end + 60), true, PLUPERFECT_TOLD.test(clauseUpTo(f, d.start)));
  // "Three days of talks … on the harmonisation of tariffs … concluded in Baku today, Wednesday, 5
  // March 2025": an occasion that concluded on the day ended then, however long its subject. (Not
  // "The negotiations … were concluded on 2 July", a deal's conclusion.)
  if (moment === undefined && OCCASION_CONCLUDED_TODAY.test(clauseUpTo(f, d.start))) return 'end';
  // "was published in the Official Gazette of the Republic of Serbia - International Treaties, No.
  // 2/2024, of 9 February": the gazette's name and issue stand between, further than a lead reaches.
  if (moment === undefined && GAZETTE_ISSUE_OF.test(clauseUpTo(f, d.start))) return 'report';
  // "had paid a 10% duty … since 5 April 2025, when the baseline tariff … took effect": a "when"
  // that tells the start dates it, however far back the state is told.
  return moment === 'earlier' && WHEN_IT_STARTED.test(f.sentence.slice(d.end, d.end + 120)) ? 'start' : moment;
}
const GAZETTE_ISSUE_OF = /\b(?:published|appeared|printed)\s+in\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?:Gazette|Official\s+Journal|Federal\s+Register)\b[^;:]{0,100}?\bNos?\.\s*[\w./-]+,?\s+(?:of|dated)\s+(?:the\s+)?$/;
/** A brief's "concluded in Ankara on": what concluded ended on the day. */
const CONCLUDED_ON = /\bconcluded\b[^.;:]{0,40}?\s(?:on|in)\s+(?:the\s+)?$/i;
const OCCASION_CONCLUDED_TODAY = /^[^.;:]{0,40}\b(?:talks|round|meeting|session|consultations)\b[^.;:]{0,240}?(?<!\b(?:was|were|been|be)\s)\bconcluded(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?:\s+(?:today|yesterday|on))?[\s,]*$/i;
const WHEN_IT_STARTED = /^,?\s+when\s+[^.;]{0,80}?\b(?:took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force|kicked\s+in)\b/i;

/**
 * "The cabinet (Federal Council) had submitted the agreement to parliament on 21 August 2024",
 * "Farrell had flown in on Friday": a sentence told in the pluperfect from its subject on tells its
 * own act, only set back in the story; it is no earlier act inside another ("the duties they had
 * imposed in January").
 */
const PLUPERFECT_TOLD = /^\W*(?:(?!(?:and|but|or|after|when|since|because|as|that|which|who|whom|before|once|until|while|although|though|if|where|whose|than|said|says|told|thought|knew|it|they|he|she|we)\b)(?:[A-Z][\w.'’-]*|[a-z][\w'’-]*(?<!ed)|\([^()]{1,40}\))\s+){1,4}had\s+(?!been\s+(?:expected|due|set|scheduled|planned|supposed|meant|hoping)\b)(?:already\s+|also\s+|first\s+)?[a-z]{2,}(?:ed|en|wn|un|ne|lt|pt|ld|ght)\b/;

/** The timeline entry or table row a source's date heads, if it heads one. */
function sourceEntry(f: Fact): string | undefined {
  const d = dateSpan(f);
  return entryClause(f.sentence, d.start, d.end) ?? rowEntry(f.sentence, d.start, d.end);
}

/** Its makers told it: "made public", "went public with" (not "was reported", "leaked"). */
const MADE_PUBLIC = /\b(?:made|became|went)\s+public\b[^.;:]{0,40}$/i;
const TOLD = /\b(?:announc(?:e|es|ed)|unveil(?:s|ed)?|releas(?:es|ed)|publish(?:es|ed)|disclos(?:es|ed)|reveal(?:s|ed)|(?:make|makes|made)\s+public|post(?:s|ed)|issu(?:es|ed)|said|says|stated)\b/i;
const TOLD_BEFORE = new RegExp(`${TOLD.source}[^.;:]{0,40}$`, 'i');

/** Whether a date is the day something was told: by the verb before it, or the first of the entry it heads. */
function toldOn(lead: string, entry: string | undefined): boolean {
  return entry === undefined ? TOLD_BEFORE.test(lead) : headedMoment(entry) === 'act' && TOLD.test(entry);
}

/**
 * The next cell of a table row whose first cell is the date ("| Tue 14 Oct 2025 | Both port fees
 * take effect; … |"), to its first full stop or semicolon: the row's entry, as a timeline's.
 */
function rowEntry(text: string, start: number, end: number): string | undefined {
  const from = rowWordsStart(text, start, end);
  return from === undefined ? undefined : /^[^.;|\n]*/.exec(text.slice(from, from + 200))![0];
}

/** "published in El Peruano on": the gazette a brief names, which the source's sentence names too. */
function publishedInNamed(lead: string, sentence: string): boolean {
  // (Any script's capitals, and a name's small words: "the Diário Oficial da União".)
  const m = /\bpublished\s+in\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}'’-]*\s+(?:(?:da|de|do|dos|das|des|du|del|of|the|la|le)\s+)?){1,5}?)(?:on|in)\s+(?:the\s+)?$/u.exec(lead);
  return !!m && sentence.includes(m[1].trim());
}

/** Whether the brief's date starts or ends an effect, dates a saying or signing, or an earlier act, if any. */
export function momentOfClaim(claim: Claim, earlier = true): Moment | undefined {
  // Asked many times of one claim (once per candidate fact): read once for each reading.
  let known = claimMoments.get(claim);
  if (!known) claimMoments.set(claim, (known = {}));
  const slot = earlier ? 'earlier' : 'own';
  if (!(slot in known)) known[slot] = readMomentOfClaim(claim, earlier);
  return known[slot];
}
const claimMoments = new WeakMap<Claim, { earlier?: Moment; own?: Moment }>();

const DECLARED_STATE = /\b(?:declared|pronounced|announced|proclaimed)\s+(?:the|their|its)\s+(?:[\w'’-]+\s+){0,4}?(?:closed|concluded|over|finished|complete|completed|ended)\s+(?:on\s+)?(?:the\s+)?$/i;

function readMomentOfClaim(claim: Claim, earlier: boolean): Moment | undefined {
  // (A relative aside set off by commas is read past: "signed the decision launching the
  // investigation, which covered both Chinese and Indian coil, on 29 July 2024" is a signing.)
  const lead = claimLead(claim, 2 * MOMENT_REACH).replace(CLAIM_RELATIVE_ASIDE, ' ').slice(-MOMENT_REACH);
  // A table's cell: its column says which moment ("| Announced | In force |"), or else its row's
  // label when that ends on one ("| Lumber tariff in force | 14 October |").
  if (/\|[^|]*$/.test(lead) && rowClaim(claim)) {
    // A row that opens on its date ("| March 7 | Goods exempted from the duty |") is labelled by the cell after it.
    const label = rowLabelOf(claim) || claim.sentenceText.slice(citedSpan(claim).end).replace(/^[^|]*\|/, '').split('|')[0];
    return (claim.column ? columnMoment(claim.column) : undefined) ?? labelMoment(label) ?? headedMoment(label);
  }
  // "declared the negotiations closed on Sunday, 2 April": the declaring is the act, what was declared
  // closed only its content.
  if (DECLARED_STATE.test(lead)) return 'act';
  const c = citedSpan(claim);
  // "Negotiators … opened talks in Praia on a trade and technical cooperation memorandum on June 3":
  // talks opened, whatever they were on (a paper's name is not the date's), start on the day.
  if (TALKS_OPENED.test(lead)) return 'start';
  const moment = momentOf(lead, entryClause(claim.sentenceText, c.start, c.end), claim.sentenceText.slice(c.end, c.end + 40), earlier);
  if (moment !== undefined) return moment;
  // "began posting deposits on July 25, when the final notice was published in the Federal
  // Register": a "when" clause right after the date says what the day was.
  const when = WHEN_CLAUSE_AFTER.exec(claim.sentenceText.slice(c.end, c.end + 120));
  return when ? headedMoment(when[1]) : undefined;
}
const WHEN_CLAUSE_AFTER = /^(?:,\s*\d{4})?,\s+when\s+([^.;:]+)/;

const RESCHEDULING = /\b(?:postponed|delayed|deferred|pushed\s+back|put\s+back|put\s+off|brought\s+forward|rescheduled)\b/i;
const MOVED_TO = /\b(?:to|until|till|for|from|by)\s+(?:\w+,?\s+)?$/i;
const RESCHEDULED_IN = /\b(?:postpon\w*|delay\w*|defer\w*|push(?:es|ed)?\s+back|put\s+back|put\s+off|brought\s+forward|reschedul\w*|mov(?:e|es|ed|ing)\s+(?:it\s+|the\s+\w+\s+)?(?:to|back|forward)|slipp?(?:ed|s)?|instead)\b/i;

/**
 * "On 6 October the truck start date was postponed by a month": the day of the move, which only a
 * source that tells a move answers ("On Oct. 6 the president said the start would move to Nov. 1"),
 * not the start or the announcement it moved (unless the date is where it moved to, "postponed to").
 */
function reschedulingDay(claim: Claim): boolean {
  return RESCHEDULING.test(claim.clauseText.replace(RESCHEDULED_THING, ' ')) && !MOVED_TO.test(claimLead(claim, MOMENT_REACH));
}
/** "The delayed review call finally took place on August 27": a thing once moved, whose own day the claim gives. */
const RESCHEDULED_THING = /\b(?:the|a|an|its|their|this|that|his|her)\s+(?:(?:long|much|twice|oft)[-\s])?(?:postponed|delayed|deferred|rescheduled)\s+(?=[a-z])/gi;

const COLUMN_MOMENTS: Array<[Moment, RegExp]> = [
  ['start', /\b(?:in\s+force|effective|takes?\s+effect|start(?:s|ed)?|begins?|from|applies)\b/i],
  ['end', /\b(?:expir(?:es|y|ed)|ends?|ended|deadline|until|lapses?)\b/i],
  ['signing', /\b(?:signed|signing|proclaimed|ordered)\b/i],
  ['act', /\b(?:announced|announcement|unveiled|agreed|published|issued)\b/i],
];

function columnMoment(header: string): Moment | undefined {
  return COLUMN_MOMENTS.find(([, re]) => re.test(header))?.[0];
}

/** A row's label that ends on its moment ("Lumber tariff in force", "Proclamation signed"); not "Tariffs from Canada". */
// ("Steel doubled to 50% (in force)": a moment in brackets at the end is the label's too.)
const LABEL_MOMENTS = COLUMN_MOMENTS.map(([m, re]) => [m, new RegExp(`(?:${re.source})\\)?\\s*$`, 'i')] as const);

/** A label that says what changed, headline-style, with no one doing it: "Goods exempted from the 25% duty", "Steel duty doubled to 50%". */
const LABEL_CHANGE = /\b(?:exempted|suspended|lifted|removed|waived|halved|doubled|tripled|lowered|raised|reduced|increased|cut)\s+(?:from|to|by|on|at)\b/i;

function labelMoment(label: string): Moment | undefined {
  return LABEL_MOMENTS.find(([, re]) => re.test(label))?.[0] ?? (LABEL_CHANGE.test(label) ? 'start' : undefined);
}


// ("Leaders closed their three-day summit … on Tuesday": an occasion's close is its end.)
// ("within 20 days …, that is, on or before 8 June": a limit in other words.)
const END_WORDS = /\b(?:until|till|through|expir(?:e|es|ed|ing|y)|ends?|ended|ending|closed|closes|lapse[sd]?|deadline|runs?\s+out|ran\s+out|exhausted|used\s+up|last(?:s|ed)?|on\s+or\s+before|no\s+later\s+than)\b/i;

/** A proposal put to a body: "proposed", "tabled", "put forward", "a proposal for". */
// (Not "proposed" as an adjective of what a decision changed: "lowered the proposed rates".)
// (Nor is an offer handed over a decision on it: "Cabinet signed off on the revised offer" is not
// "handed over a revised offer at the start of August".)
const PROPOSED = /\b(?:propos(?:e|es|ing|al|als)|(?<!\b(?:the|its|their|his|her|a|an)\s+)proposed|hand(?:ed|s)?\s+over|submit(?:s|ted)|deliver(?:s|ed)|tabled?|tabling|put\s+forward|unveil(?:s|ed)?\s+(?:a|its|the)\s+(?:draft|plan))\b/i;

/**
 * "A separate proposal for a safeguard regulation followed on 8 October 2025" is not dated by
 * "Parliament approved a separate regulation on agricultural safeguards in December": a proposal
 * and a body's decision on it are two steps, either way round.
 */
export function sameStep(claimClause: string, f: Fact): boolean {
  const theirs = factClause(f);
  // (Not someone's proposal a clause only acts on: "added amendments to the Commission's narrowly targeted proposal".)
  const proposes = (t: string) => PROPOSED.test(t.replace(OWNED_PROPOSAL, ' ')) && !BODY_DECIDED.test(t);
  const decides = (t: string) => BODY_DECIDED.test(t) && !PROPOSED.test(t);
  if ((proposes(claimClause) && decides(theirs)) || (decides(claimClause) && proposes(theirs))) return false;
  // ("The ITC's final injury vote is scheduled for January 8, 2026" is not the "preliminary staff
  // conference" the ITC scheduled for January 8: a case's preliminary and final stages are two steps.)
  const ours = stageOf(claimClause);
  // (A clause that names both stages is of the one named last before its date: "the deadline for the
  // final results to 180 days after publication of the preliminary results, which would make the
  // final results due March 2, 2026" dates the final results.)
  const sourced = lastStageBefore(clauseUpTo(f, dateSpan(f).start)) ?? stageOf(theirs);
  return !ours || !sourced || ours === sourced;
}

/** The stage of a case or a bill that `text` names: its preliminary one (or first reading), or its final one. */
export function stageOf(text: string): 'preliminary' | 'final' | undefined {
  return PRELIMINARY.test(text) ? 'preliminary' : FINAL_STAGE.test(text) ? 'final' : undefined;
}

/** The stage named last in `lead`, when it names both. */
function lastStageBefore(lead: string): 'preliminary' | 'final' | undefined {
  const words = [...lead.matchAll(STAGE_WORD)];
  if (!words.some((w) => PRELIMINARY.test(w[0])) || !words.some((w) => FINAL_STAGE.test(w[0]))) return undefined;
  return PRELIMINARY.test(words[words.length - 1][0]) ? 'preliminary' : 'final';
}
const STAGE_WORD = /\b(?:preliminary|provisional|first\s+reading|final|definitive)\b/gi;

/** A proposal named as someone's: "the Commission's narrowly targeted proposal". */
const OWNED_PROPOSAL = /\b[\w-]+['’]s?\s+(?:[\w-]+\s+){0,3}?proposals?\b/g;

/** A case's early stage: "a preliminary determination", "provisional duties"; a bill's "first reading". */
const PRELIMINARY = /\b(?:preliminary|provisional|first\s+reading)\b/i;
/** Its last: "the final determination", "definitive duties". */
const FINAL_STAGE = /\b(?:final|definitive)\b/i;

/** A body's decision on a paper, told by its verb. */
const BODY_DECIDED = /\b(?:passed|approved|voted|adopted|endorsed|signed\s+off)\b/i;
const SIGN_VERB = /\b(?:sign|signs|signed|signing|proclaimed|decreed|promulgated|enacted)\b/i;
const SIGNING_WORDS = /\b(?:sign|signs|signed|signing|orders?|ordered|proclamations?|proclaimed|decrees?|decreed|memorandum|law|bill|regulation)\b/i;

/** A limit told right before a source's date: "if it clears customs before 12:01 am on". */
const LIMIT_BEFORE = /\b(?:until|till|by|before|deadline|no\s+later\s+than)\b[^.;:]{0,25}$/i;

/** A time given or allowed until a day: "gave Seoul until", "has until", "had until". */
export const GIVEN_UNTIL = /\b(?:gave|gives|give|given|has|have|had|granted|allowed)\b[^.;:]{0,40}\buntil\s+(?:the\s+)?$/i;

/** A start or end of effect is not contradicted by the date of the saying or signing behind it, nor the other way round. */
export function sameMoment(claim: Claim, f: Fact): boolean {
  if (reschedulingDay(claim) && !RESCHEDULED_IN.test(f.sentence)) return false;
  const sourced = momentOfFact(f);
  let said = momentOfClaim(claim);
  // "Ottawa had moved to cushion mills on August 15, when Carney announced …": a brief's pluperfect
  // only orders its story; against a source that tells the act outright, the claim's own verb counts.
  if (said === 'earlier' && sourced !== 'earlier') said = momentOfClaim(claim, false);
  // "Duties on car parts have applied since 3 May" is answered only by a source that tells a start
  // too, not by the day a pause was announced that names no start.
  if (said === 'start' && sourced !== 'start' && STATE_SINCE.test(claimLead(claim, MOMENT_REACH))) return false;
  // So is a time given until a day ("gave Seoul until 1 August 2025"): not by a day of no moment
  // ("Seoul shares ended higher on Tuesday"), only by one that tells an end or a limit too.
  if (said === 'end' && sourced === undefined && GIVEN_UNTIL.test(claimLead(claim, MOMENT_REACH)) && !LIMIT_BEFORE.test(factLead(f, 40))) return false;
  if (momentsAgree(claim, f, said, sourced)) return true;
  // "ran from Feb. 26 to March 2, 2024" tells the day it opened and the day it closed alike.
  if ((said === 'start' || said === 'end') && (sourced === 'start' || sourced === 'end') && f.date.precision === 'range' && f.date.from !== f.date.to) return true;
  // A later event of the same entry, of the claim's moment, answers it as well.
  return said !== undefined && laterEntryMoments(f).includes(said);
}

/** A paper signed that opens a thing: "signed Decision No. 1584/QD-BCT initiating an anti-dumping investigation". */
const SIGNED_TO_OPEN = /\bsigned\s+(?:[\w./-]+\s+){0,6}?(?:initiating|opening|launching)\b/i;

/** A paper named by its noun, then "dated": "The court's ruling, dated". */
const DATED_PAPER = /\b(ruling|letter|order|decree|notice|memo|memorandum|report|decision|judgment|judgement|resolution|circular)\b,?\s+dated\s+(?:the\s+)?$/i;

function momentsAgree(claim: Claim, f: Fact, said: Moment | undefined, sourced: Moment | undefined): boolean {
  // A launch is an act and a start at once: "announced the launch of FTA negotiations on 16 March"
  // and "formally launched on 16 March 2025" tell one day.
  if (((said === 'act' && sourced === 'start') || (said === 'start' && sourced === 'act')) && LAUNCH.test(claimLead(claim, MOMENT_REACH)) && LAUNCH.test(factLead(f, MOMENT_REACH))) return true;
  // An earlier act ("had imposed … in April") answers only a brief that tells of it as earlier.
  if (sourced === 'earlier') return said === 'earlier';
  // ("The court's ruling, dated 13 December 2023, sent the text to the Assembly" dates the ruling: a
  // brief that names no ruling, "the … Committee endorsed the text on 30 January 2024", tells another act.)
  const dated = DATED_PAPER.exec(factLead(f, 60));
  if (dated && !new RegExp(`\\b${dated[1]}`, 'i').test(claim.clauseText)) return false;
  // A signing ("a proclamation signed on June 3") is answered by a source that speaks of a signing
  // or its paper, not by one that only tells the day the rate changed ("was doubled on June 4").
  // A paper's own day ("the executive order of July 30") is the day of whatever it did (signed,
  // set rates, told USTR) or came out ("a decree published on April 22"), though not a start or an
  // end it set.
  if (said === 'paper' || sourced === 'paper') {
    const other = said === 'paper' ? sourced : said;
    if (other === undefined) return said === 'paper' || !START_WORDS.test(claim.clauseText) || SIGNING_WORDS.test(claim.clauseText);
    return other === 'paper' || other === 'signing' || other === 'act' || other === 'report';
  }
  // (A law or bill a body passed, with no one signing it, is the vote: "the House then passed the
  // ratification law on 16 June" does not date "President Prabowo signed the ratification law".)
  if (said === 'signing' && sourced === undefined) return SIGNING_WORDS.test(f.sentence) && !(BODY_DECIDED.test(factClause(f)) && !SIGN_VERB.test(f.sentence));
  // And the other way: "Turkish steel began paying the restored duty on March 12" tells a start,
  // which "Trump signed proclamations on Feb. 10 that restored" does not date.
  // (Nor does it date a decision: "approval … was completed on 4 December" against "signed … on Monday".)
  // (Unless what was signed opened it: "the Minister … signed Decision No. 1584/QD-BCT initiating an
  // anti-dumping investigation" on the day the brief's investigation was opened.)
  if (sourced === 'signing' && said === undefined) return (!START_WORDS.test(claim.clauseText) && !DECISION_WORDS.test(claim.clauseText)) || SIGNING_WORDS.test(claim.clauseText) || SIGNED_TO_OPEN.test(f.sentence);
  // "was made public on July 25", "went public with the list on": the day its makers told it, which
  // a source's telling of it dates ("Australia announces it will allow …"), and the other way round;
  // a press report or a leak does not.
  // "ratified the protocol by supreme decree published in El Peruano on 4 April": a brief that names
  // the gazette its paper came out in tells that publication, whatever gazette the corpus knows.
  if (said !== 'report' && sourced === 'report' && publishedInNamed(claimLead(claim, MOMENT_REACH), f.sentence)) return true;
  if (said === 'report' && sourced === 'act') return MADE_PUBLIC.test(claimLead(claim, MOMENT_REACH)) && toldOn(factLead(f, MOMENT_REACH), sourceEntry(f));
  if (said === 'act' && sourced === 'report' && MADE_PUBLIC.test(factLead(f, MOMENT_REACH))) {
    const c = citedSpan(claim);
    return toldOn(claimLead(claim, MOMENT_REACH), entryClause(claim.sentenceText, c.start, c.end));
  }
  // A brief about when the press reported something is answered only by a source's report date.
  if (said === 'report') return sourced === 'report';
  // And the other way: "first reported on May 29", "our May 9 issue" date the telling, not what was
  // told; they answer a brief that speaks of a telling too ("| Federal Register notice | April 28 |").
  if (sourced === 'report') return said === undefined && TELLING_WORDS.test(claim.clauseText);
  // An end ("stayed in force until mid-November") is answered by a source that speaks of an end or
  // a deadline, not by a bare date of the measure ("The order, dated Oct. 1").
  // (So is it by a limit set on the source's day: "register all shipments … in the system by 15
  // August" answers "gave exporters until 15 September to register".)
  if (said === 'end' && sourced === undefined) return f.kind === 'deadline' || END_WORDS.test(f.sentence) || LIMIT_BEFORE.test(factLead(f, 40));
  // And a limit ("an agreement can be reached before August 1") is no day on which a brief's event
  // happened ("the agreement was reached on June 7"), unless the brief speaks of an end or a deadline.
  // ("Delegations must register by 13 March" tells a limit as well.)
  // (Not a deadline the brief only points back at: "tabled the text on 12 November, after the
  // opposition's deadline passed" against "gave the government until 10 November to table".)
  if (sourced === 'end' && said === undefined) {
    const own = outsideReferredSpans(claim);
    // ("Round 2 concluded in Ankara on 11 July" against "The second round … concluded today in Ankara".)
    return kindsIn(own).includes('deadline') || END_WORDS.test(own) || MUST_BY.test(claimLead(claim, MOMENT_REACH)) || CONCLUDED_ON.test(claimLead(claim, MOMENT_REACH));
  }
  // A start ("threatens Mexico with 30% tariff from August") does not date a brief that tells of a
  // letter or a saying and of no start ("It was on July 12 that the letter … was posted").
  // Nor one that tells of a decision ("Parliamentary approval in Tokyo was completed on 4 December"),
  // against "clearing the way for Tokyo to seek parliamentary approval so that the deals can take
  // effect on Jan. 1, 2020".
  // (Nor, when the start is a relative clause's about the thing before it, a brief that tells no start:
  // "obtained the export licences … covered by the Dutch rules that took effect on April 1".)
  if (sourced === 'start' && said === undefined && RELATIVE_START.test(factLead(f, 60)) && !START_WORDS.test(claim.clauseText)) return false;
  if (sourced === 'start' && said === undefined) return (!tellsSayingOrPaper(claim.sentenceText) && !DECISION_WORDS.test(claim.clauseText)) || START_WORDS.test(claim.sentenceText);
  // And the other way: "would have applied from 1 August" is not dated by "on July 12, when Mexico
  // was told it faced 30%".
  // ("Ministers from Brazil … had been locked in talks" names no start: a "from" before a name is no from-day.)
  // ("the WTO announced that the call for proposals would open on 1 December": the told opening.)
  // ("The second round of talks opened in Washington on 10 July" against "held in Washington July
  // 9-11": an occasion's span starts on its first day, whatever else the sentence says.)
  if (said === 'start' && sourced === undefined && f.date.precision === 'range' && f.date.from !== f.date.to && OPENED_VERB.test(claimLead(claim, MOMENT_REACH))) return true;
  // (The start words must be the date's own when the sentence gives another date: "announced a
  // reduction in the Union Budget on 1 February 2025, and the cut came into effect on 13 February".)
  // (Nor is what a paper signed that day imposed its start: "signed Decision No. 1960 on Thursday,
  // July 3, imposing final duties", beside "The duties took effect on Sunday, July 6".)
  // ("got under way in Nuku'alofa on Tuesday" is not dated by "wrapped up their fourth Joint
  // Committee meeting … on Thursday": the close of the occasion the brief says opened.)
  if (said === 'start' && sourced === undefined && ENDED_OCCASION.test(factLead(f, MOMENT_REACH))) return false;
  if (said === 'start' && sourced === undefined) return !tellsSayingOrPaper(f.sentence) || START_WORDS.test(withoutSignedImposition(f, startWordsOf(f)).replace(FROM_A_NAME, ' ')) || OPENS_ON.test(factLead(f, 30));
  return !(said && sourced && said !== sourced);
}

/** `text` without "imposing" and its kin when a signing stands right before the fact's date. */
function withoutSignedImposition(f: Fact, text: string): string {
  return SIGN_VERB.test(factLead(f, 60)) ? text.replace(/\bimpos(?:e|es|ed|ing|ition)\b/gi, ' ') : text;
}

/** Where a source's start words count for its date: its clause when another date of the sentence has a clause of its own, else the sentence. */
function startWordsOf(f: Fact): string {
  const clause = factClause(f);
  return clause.length < f.sentence.length - 2 && /\b(?:and|but|while)\b/.test(f.sentence.slice(f.clauseEnd - f.sentenceStart, f.clauseEnd - f.sentenceStart + 12)) ? clause : f.sentence;
}

// (A notice is a paper, not "until further notice" nor "90 days' notice".)
/** A saying or a paper in `text`, outside a postal operator's name ("Deutsche Post", "Japan Post"). */
function tellsSayingOrPaper(text: string): boolean {
  return SAYING_OR_PAPER.test(text.replace(POSTAL_NAME, ' '));
}
const POSTAL_NAME = /\b[A-Z][\w.'’-]*\s+Post\b/g;

/** "wrapped up their fourth Joint Committee meeting in the Tongan capital on": an occasion's close, its name between the verb and the date. */
const ENDED_OCCASION = /\b(?:wrapped\s+up|wraps\s+up|concluded|concludes|closed|closes|ended|ends|wound\s+up|rounded\s+off)\s+(?:(?:the|their|its|a|his|her)\s+)?(?:[\w'’-]+\s+){0,5}?(?:meetings?|talks|sessions?|round|summit|visit|conference|negotiations|consultations|gathering|forum)\b[^.;:,]{0,50}?\s(?:on|in)\s+(?:the\s+)?$/i;
/** An occasion opening: "opened", "began", "got under way". */
const OPENED_VERB = /\b(?:open(?:ed|s)|beg(?:an|ins)|start(?:ed|s)|got\s+under\s+way|kicked\s+off)\b[^.;:]{0,60}$/i;
const SAYING_OR_PAPER = /\b(?:letters?|posts?|posted|wrote|writes|said|says|told|announc(?:ed|es|ement)|issued|issues|threat(?:s|ened|ening)?|unveil(?:ed|s)|sign(?:s|ed|ing)|published|statement|press\s+releases?|communiqu[eé]s?|proclamations?|executive\s+orders?|memorand(?:um|a)|(?<!\b(?:further|short|prior|advance|without|days['’]?|weeks['’]?|months['’]?)\s+)notices?|Federal\s+Register|Official\s+Journal|[Gg]azette)\b/i;
const LAUNCH = /\blaunch(?:es|ed|ing)?\b[^.;:]{0,60}$/i;
/** A measure's start told by its verb: "took effect", "came into force", "applies", "kicked in". */
const TOOK_EFFECT = String.raw`(?:(?:took|take|takes)\s+effect|(?:came|come|comes|entered|enter|enters)\s+into\s+(?:force|effect)|applied|apply|applies|kicked\s+in|began\s+to\s+apply)`;
const RELATIVE_START = new RegExp(`\\b(?:that|which)\\s+${TOOK_EFFECT}\\s+(?:on|from|in|as\\s+of)\\s+(?:the\\s+)?$`, 'i');
const MUST_BY = /\b(?:must|(?:is|are)\s+required\s+to|ha(?:s|ve)\s+to)\b[^.;:]{0,50}?\bby\s+(?:the\s+)?$/i;
// (Or with what opened between: "formally opened negotiations on Tuesday".)
const OPENS_ON = /\bopen(?:s|ed)?\s+(?:(?:the|their|formal|trade)\s+)?(?:(?:negotiations|talks|consultations)\s+)?(?:on|from)\s+(?:the\s+)?$/i;
/** A decision a body takes: its approval, vote, ratification, adoption or consent. */
const DECISION_WORDS = /\b(?:approv(?:al|ed|es|ing)|ratif(?:y|ied|ies|ication)|vot(?:e|ed|es|ing)|passed|passage|adopt(?:ed|ion|s)|consent(?:ed)?|endorse(?:d|ment)|finali[sz](?:e|ed|es|ing|ation)|locked\s+in)\b/i;
/** "from" before a capitalised word that is no month or weekday: a place or a sender ("ministers from Brazil"). */
const FROM_A_NAME = /\bfrom\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Midnight|Next|Early|Mid|Late)\b)(?=[A-Z][a-z])/g;
const START_WORDS = /\b(?:effect|effective|force|from|start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|appl(?:y|ies|ied)|kick(?:s|ed)?\s+in|in\s+place|collect(?:ed|ion)?|charged|impos(?:e|es|ed|ing|ition))\b/i;

/**
 * "… to put into effect the consensus from the leaders' phone call on June 5": a call's date written
 * beside it is the call's. It answers a brief that speaks of a call, or of nothing this tool can
 * name; not one about the round of talks that followed. (Other event words beside a date are looser:
 * "the May 27 ruling" is checked against the ruling's own sentence.)
 */
export function besideOwnWord(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  const k = kindBeside(f.sentence, d.start, d.end);
  // Nor does "the leaders' meeting in Busan on October 30" date "the tariff cut agreed in Busan took
  // effect on 10 November": a meeting's day is no start or end of what it agreed.
  // ("…, not on the day of the meeting" names the meeting only to set it apart.)
  // (Unless the source tells that very moment of the encounter: "By the time the fifth round ended on
  // 29 July" answers "The fifth round closed in New Delhi on 22 July".)
  const said = momentOfClaim(claim);
  if (k && ENCOUNTER_WORDS.has(k) && /^(?:start|end)$/.test(said ?? '') && !kindsIn(claim.clauseText.replace(SET_APART, '')).includes(k) && momentOfFact(f) !== said) return false;
  return k !== 'call' || !claim.kinds.length || claim.kinds.includes(k);
}

const ENCOUNTER_WORDS: ReadonlySet<EventKind> = new Set<EventKind>(['meeting', 'summit', 'talks', 'call']);
const SET_APART = /,?\s+not\s+(?:on\s+)?the\s+day\s+of\b[^,.;]*/gi;

/**
 * "Manufacturers have reported shortages since Beijing added rare earths to its control list in
 * early April": a date inside a "since" or "after" clause, or a relative one, dates that clause's
 * act, and answers only a brief that speaks of it (shares a word with it), not one about what the
 * main clause tells.
 */
export function inItsOwnClause(claim: Claim, f: Fact): boolean {
  const { start, end } = dateSpan(f);
  if (limitOfTheMainClause(f.sentence, start)) return true;
  // (A relative clause that tells only when the thing before it started, or took place, is that
  // thing's date: "retaliatory duties on … bourbon whiskey, jeans and motorcycles, which took effect
  // on June 22"; "the Ministerial Conference in Abu Dhabi, which ran from Feb. 26 to March 2, 2024".
  // When the brief names that thing: "In addition to the China-specific surtax, which applies from
  // July 31, Ottawa will cut the volume of steel …" does not date the brief's quotas.)
  const lead = f.sentence.slice(Math.max(0, start - 60), start);
  if ((ITS_START_WHICH.test(lead) || ITS_TIME_WHICH.test(lead)) && namesThingBefore(claim, f.sentence.slice(0, start))) return true;
  // (The words of a name are no act of that clause: "after the UK concluded negotiations to join the
  // Comprehensive and Progressive Agreement for Trans-Pacific Partnership on 31 March" is not about
  // an agreement taking effect.)
  const bare = withoutNames(f.sentence);
  const own = clauseTermsAround(bare, start, end, [SINCE_CLAUSE, RELATIVE_CLAUSE, CONTACT_RELATIVE]) ?? whenClauseTerms(f.sentence, bare, start, end);
  if (!own) return true;
  // ("SI 213 of 2022 appeared in the Government Gazette on" is answered by "…, which was published
  // in the Government Gazette on Friday, 23 December 2022": a publication in a gazette both tell,
  // though the gazette's name is no act's word.)
  if (momentOfClaim(claim) === 'report' && momentOfFact(f) === 'report') return true;
  // ("…, who held talks with Rubio on Sept. 10, told reporters … a working group": "held" alone does
  // not make "the working group held its first session" that clause's act.)
  const terms = new Set(own.filter((t) => !LIGHT_VERBS.has(t)));
  return [...claim.features.keys()].some((key) => key.startsWith('t:') && claim.features.get(key) === 1 && terms.has(key.slice(2)));
}

/**
 * A limit "by" a day is the main clause's when that clause sets one before a clause of time or a
 * relative clause: "must submit its records for cargoes handled since the package was adopted to the
 * Deputy Ministry by 30 September 2025" dates the submission, not the adoption.
 */
export function limitOfTheMainClause(sentence: string, dateStart: number): boolean {
  const lead = sentence.slice(0, dateStart);
  return BY_BEFORE.test(lead) && LIMIT_THEN_CLAUSE.test(lead);
}
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
const LIMIT_THEN_CLAUSE = /\b(?:must|ha(?:ve|s|d)\s+to|(?:is|are|was|were)\s+(?:required|obliged|due)\s+to)\b[^.;:]*\b(?:since|after|when|once|before|which|that)\b[^.;:]*$/i;

// ("…, which took effect late last month": a relative date needs no preposition.)
const ITS_START_WHICH = new RegExp(`,\\s*which\\s+${TOOK_EFFECT}\\s+(?:(?:on|from|in|as\\s+of)\\s+(?:the\\s+)?)?$`, 'i');

/**
 * The thing before the ", which" that ends `lead` may be the brief's: not when the source sets it
 * apart from what its main clause tells ("In addition to the China-specific surtax, which applies
 * from July 31, Ottawa will cut …") and the brief does not name it; "Under the provisional measures,
 * which apply from Oct. 11, importers must lodge deposits" tells the deposits' start.
 */
function namesThingBefore(claim: Claim, lead: string): boolean {
  const at = lead.search(WHICH_CLAUSE_AT_END);
  if (at < 0) return true;
  const phrase = lead.slice(0, at).split(/[,;:]/).pop()!.trim();
  if (!SET_APART_THING.test(phrase)) return true;
  return contentTerms(phrase).some((t) => claim.features.get(`t:${t}`) === 1);
}
/** The ", which …" clause that ends a text. */
const WHICH_CLAUSE_AT_END = /,\s*which\b[^,]*$/;
const SET_APART_THING = /^(?:in\s+addition\s+to|besides|apart\s+from|aside\s+from|unlike|as\s+well\s+as|alongside|on\s+top\s+of)\b/i;
// ("…, which ran in Suva from 28 November to 3 December": where it was may stand between.)
const ITS_TIME_WHICH = /,\s*which\s+(?:ran|runs|run|was\s+held|were\s+held|is\s+held|took\s+place|takes\s+place|lasted|sat|met)(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s+(?:on|from|in|between|over)\s+(?:the\s+)?$/i;

/** Verbs that carry no act of their own ("held talks", "made a call", "took steps"), as stems. */
const LIGHT_VERBS: ReadonlySet<string> = new Set(contentTerms('held hold holds holding made make makes making took take takes taking gave give gives giving got get gets getting'));

/**
 * The brief's own "after" clause: "Less than three months after Jingye's consultation began in late
 * March, the UK had passed an emergency law" dates the consultation, so a source answers it only if
 * it shares a word with that clause, not with the main clause ("the emergency law passed in April").
 */
export function claimInItsOwnClause(claim: Claim, f: Fact): boolean {
  const { start, end } = citedSpan(claim);
  const own = clauseTermsAround(claim.sentenceText, start, end, [CLAIM_CONNECTIVE_CLAUSE])?.filter((t) => !CONNECTORS.has(t));
  if (!own?.length) return true;
  const sourced = new Set([...f.terms, ...contentTerms(f.sentence)]);
  return own.some((t) => sourced.has(t));
}

const SINCE_CLAUSE = /\b(?:since|after|following)\s+[^,.;:]+/gi;
// In a brief, "came a week before the record COMEX high of 24 July" dates the high, not the talks.
const CLAIM_CONNECTIVE_CLAUSE = /\b(?:since|after|following|before|ahead\s+of|prior\s+to)\s+[^,.;:]+/gi;
const CONNECTORS = new Set(['since', 'after', 'following', 'before', 'ahead', 'prior']);
// "Ellen Sorensen, …, whose members filed a brief on Oct. 24 backing the challengers, said …": the
// date of a relative clause set off by commas is that clause's act.
// (A full stop ends it only before a capital: "who on Feb. 4 became …" runs on past "Feb.".)
const RELATIVE_CLAUSE = /,\s*(?:whose|which|who)\s+[^,;:]+?(?=,|;|:|\.(?:\s+[A-Z"“]|\s*$)|$)/gi;
/**
 * "When Anwar and Trump signed the agreement in Kuala Lumpur on 26 October, much of the attention
 * went to …": a "when" clause that opens the sentence dates its own act (its words read with names
 * blanked, as `bare` has them).
 */
function whenClauseTerms(sentence: string, bare: string, start: number, end: number): string[] | undefined {
  const m = WHEN_OPENS.exec(sentence);
  if (!m || start < m.index || end > m.index + m[0].length) return undefined;
  return contentTerms(bare.slice(m.index, start) + ' ' + bare.slice(end, m.index + m[0].length));
}
const WHEN_OPENS = /^\s*When\s+[^,;:]+/;
// "… attach safeguards to the trade framework it announced with Buenos Aires last Thursday": a
// relative clause with no "which", its pronoun subject right after the noun it tells of.
// (The noun it tells of is the clause's too: "an order it made public on Oct. 12" tells the order.)
const CONTACT_RELATIVE = /\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,4}?(?:it|they|he|she|we)\s+(?:had\s+)?(?:[a-z]{2,}ed|signed|made|struck|set|won|sent|put|cut|held|began|took)\b[^,;:]*?(?=,|;|:|\.(?:\s+[A-Z"“]|\s*$)|$)/g;

/** The title of a thing, three or more capitalised words (with "and", "for", "of", "the" between), blanked out, offsets kept (a person's name stays: "replaced Jacob Zuma" is that clause's act). */
const NAME_RUN = /\b[A-Z][\w'’-]*(?:\s+(?:(?:and|for|of|the|on|in)\s+)*[A-Z][\w'’-]*){2,}/g;

function withoutNames(text: string): string {
  return text.replace(NAME_RUN, (name) => ' '.repeat(name.length));
}

/** The words of the clause (of `patterns`) that holds the date at start..end of `text`, if one does. */
function clauseTermsAround(text: string, start: number, end: number, patterns: RegExp[]): string[] | undefined {
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const from = m.index!;
      const to = from + m[0].length;
      // "The following Monday", "since May 12": the word introduces the date itself, not a clause.
      if (start < from || start >= to || /^\w+\s+(?:the\s+)?$/i.test(text.slice(from, start))) continue;
      return contentTerms(text.slice(from, start) + ' ' + text.slice(end, to));
    }
  }
  return undefined;
}

// Markets move every day: "markets rallied" in a brief and "markets were little changed" in a source
// are two sessions unless they are days apart at most.
const MARKETS = /\b(?:markets?|shares|stocks|equities|futures|bond\s+yields?)\b/i;
const MARKET_DAYS = 3;
/** How a market moves in a day: a brief's "market diversification" or "new markets" is no session. */
const MARKET_MOVE = /\b(?:rall(?:y|ied|ies)|fell|falls?|falling|rose|rises?|rising|slid|slips?|slipped|slump(?:s|ed)?|tumbl(?:e|es|ed)|jump(?:s|ed)?|climb(?:s|ed)?|gain(?:s|ed)?|drop(?:s|ped)?|closed|closes|plung(?:e|es|ed)|surg(?:e|es|ed)|soar(?:s|ed)?|sank|sink(?:s|ing)?|edg(?:e|es|ed)\s+(?:up|down|higher|lower)|little\s+changed|flat|recover(?:s|ed)?|rebound(?:s|ed)?)\b/i;

/** A market move a brief dates is another session than a source's more than a few days away. */
export function sameSession(claim: Claim, f: Fact, cited: Reach, source: Reach | undefined): boolean {
  if (!source || !MARKETS.test(claim.clauseText) || !MARKET_MOVE.test(claim.clauseText) || !MARKETS.test(f.sentence)) return true;
  return gap(cited, source) <= MARKET_DAYS;
}

const BETWEEN_PARTIES: ReadonlySet<EventKind> = new Set<EventKind>(['agreement', 'talks']);

/**
 * "The EU–US trade deal was struck on July 27" and "the two countries struck the deal on July 30,
 * when Washington agreed to 15% on Korean goods": each names a party the other does not, so they
 * tell of two deals.
 */
export function sameParties(claim: Claim, f: Fact): boolean {
  // Only deals and talks have parties to tell them apart; elsewhere a country named is a topic.
  if (!BETWEEN_PARTIES.has(f.kind) || !claim.kinds.some((k) => BETWEEN_PARTIES.has(k))) return true;
  const said = governmentsIn(claim.clauseText);
  if (!said.size) return true;
  const sourced = governmentsIn(f.sentence);
  return ![...said].some((p) => !sourced.has(p)) || ![...sourced].some((p) => !said.has(p)) || sourced.size === 0;
}

// Verbs that start something and verbs that stop it ("started collecting", "stopped collecting").
const TURN_ON = /\b(?:start(?:s|ed)|beg(?:an|un|ins)|impos(?:es|ed)|introduc(?:es|ed)|launch(?:es|ed)|resum(?:es|ed)|levi(?:es|ed)|plac(?:es|ed)|slapp(?:ed|s))\b/gi;
const TURN_OFF = /\b(?:stop(?:s|ped)|halt(?:s|ed)|ceas(?:es|ed)|suspend(?:s|ed)|paus(?:es|ed)|lift(?:s|ed)|scrap(?:s|ped)|drop(?:s|ped)|remov(?:es|ed)|withdr(?:ew|awn|aws)|revok(?:es|ed)|rescind(?:s|ed)|cancel(?:s|led|ed)|end(?:s|ed)|abolish(?:es|ed))\b/gi;

/** Whether the verb nearest before a date (in its clause) starts something or stops it, if either. */
function turnOf(lead: string): 'on' | 'off' | undefined {
  const clause = lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.search(/[.!?]\s[^.!?]*$/)) + 1);
  const on = lastMatch(TURN_ON, clause) ?? -1;
  const off = lastMatch(TURN_OFF, clause) ?? -1;
  return on < 0 && off < 0 ? undefined : on > off ? 'on' : 'off';
}

/**
 * "Both governments have stopped charging the port fees they started collecting in mid-October" dates
 * the start of the fees: a brief saying when they stopped is not contradicted by it.
 */
export function sameTurn(claim: Claim, f: Fact): boolean {
  const said = turnOf(claimLead(claim, MOMENT_REACH));
  const sourced = turnOf(factLead(f, MOMENT_REACH));
  return !said || !sourced || said === sourced;
}

// A count of things: "117 extra shadow-fleet tankers", "dozens of tankers", "44 vessels".
const COUNT_OF = /(?<![\d$€£.,])\b(\d{1,3}(?:,\d{3})?|dozens|scores|hundreds)\s+(?:of\s+)?(?:(?:more|extra|further|additional|new|other)\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][a-z-]*s)\b(?!\s*%)/gi;
/** Nouns a count can stand before that name no things listed: units of time, money and measure. */
const NOT_THINGS = /^(?:days|weeks|months|years|hours|minutes|seconds|dollars|euros|pounds|yuan|billions|millions|points|tonnes|tons|barrels|percent|cents|times|votes|abstentions|members|countries|states)$/i;

function countsIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(COUNT_OF)) {
    if (NOT_THINGS.test(m[2])) continue;
    out.set(stem(m[2].toLowerCase()), m[1].toLowerCase().replace(/,/g, ''));
  }
  return out;
}

/**
 * "The 117 extra shadow-fleet tankers were listed on 23 October" is not the listing of "dozens of
 * shadow fleet tankers" (or of 44): a count of the same things that differs tells another batch.
 */
export function sameCounts(claimClause: string, f: Fact): boolean {
  const said = countsIn(claimClause);
  if (!said.size) return true;
  const sourced = countsIn(f.sentence);
  for (const [thing, n] of said) {
    const other = sourced.get(thing);
    if (other === undefined || other === n) continue;
    // A count rounded in the brief ("1,400 tariff lines" for 1,463) is the same count.
    const [a, b] = [Number(n), Number(other)];
    if (!Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a - b) > 0.1 * Math.max(a, b)) return false;
  }
  return true;
}

/** Words that make the brief's occurrence a later one of its kind: "meet again", "a further round", "a follow-up meeting", "ten more cargoes". */
// ("resumed" names its own event: "barges resumed sailing on March 12".)
const AGAIN = /\b(?:again|once\s+more|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+more\b|(?:a|another)\s+(?:further|fresh|new)\s+round|follow-?up\s+(?:[a-z-]+\s+)?(?:meetings?|talks|rounds?|calls?|sessions?|visits?)|another\s+(?:[a-z-]+\s+)?(?:meeting|round|call|session|visit))\b/i;

/**
 * "Negotiators are expected to meet again in early December" is a later meeting than the one a source
 * dates to 4-5 November: a source before the brief's date is the occurrence it follows, not this one.
 */
export function notTheOneBefore(claim: Claim, f: Fact, source: Reach | undefined, cited: Reach): boolean {
  if (!source || source.to >= cited.from) return true;
  // And the other way: "The group met for the first time on Oct. 9" is not the meeting a brief puts on
  // 28 October, a later one (unless the brief speaks of a first one too).
  // (Only a first time told of the source's own date: "an expert-level dialogue, which is supposed to
  // meet for the first time early next year" is a later event's.)
  if (FIRST_TIME.test(f.sentence.slice(0, dateSpan(f).end + 20)) && !/\b(?:first|inaugural)\b/i.test(claim.clauseText)) return false;
  // (Only before the date: in "expires on 30 June 2027 and cannot be extended again" the again is
  // another act's.)
  return !AGAIN.test(claimLead(claim, 200)) || AGAIN.test(f.sentence);
}

const FIRST_TIME = /\b(?:for\s+the\s+(?:very\s+)?first\s+time|first[-\s]ever|inaugural)\b/i;

/** The source is about the occurrence the brief cites: same kind, actors, venue, rate, and not months away. */
export function sameOccurrence(claim: Claim, f: Fact, corpus: Derived, cited: Reach, source: Reach | undefined): boolean {
  const clause = claim.clauseText;
  return sameKind(claim, f) && sameTurn(claim, f) && sameParties(claim, f) && samePaper(claim, f) && notAgreedToStart(claim, f) && besideOwnWord(claim, f) && inItsOwnClause(claim, f) && claimInItsOwnClause(claim, f) && sameActors(claim, f, corpus) && sameSubject(claim, f, corpus) && notOnlyReferredTo(claim, f, corpus) && sameVenue(clause, f) && sameRates(rateText(claim), f) && sameOrdinal(clause, f) && notAnUncountedSitting(claim, f) && sameStep(clause, f) && notWhatItPreceded(claim, f) && samePossessor(claim, f) && sameRoleOwner(claim, f) && ownNotJoint(claim.clauseText, f.sentence) && namesItsThing(claim, f) && laterStep(claim.clauseText, f.sentence) && notOnlyAnExemption(claim.clauseText, f) && sameSession(claim, f, cited, source) && notTheOneBefore(claim, f, source, cited) && sameCounts(clause, f) && (!source || closeEnough(cited, source) || guessedYearOff(claim, cited, source) || intoForceOnce(claim, f, corpus));
}

/** An instrument's entry into force, which happens once: "entered into force", "took full effect". */
const INTO_FORCE = /\b(?:enter(?:s|ed|ing)?|c(?:a|o)me|comes|coming)\s+into\s+(?:full\s+)?force\b|\bentry\s+into\s+force\b|\btook\s+full\s+effect\b|\bbecame\s+fully\s+effective\b/i;

/**
 * "The EU–New Zealand FTA entered into force on 9 July 2023" against "The EU-New Zealand agreement,
 * signed on 9 July 2023, entered into force on 1 May 2024": a named agreement enters into force
 * once, so its day is the brief's to answer however far apart the two are, when both say so in
 * those words, name the same thing and tell of no second time.
 */
function intoForceOnce(claim: Claim, f: Fact, corpus: Derived): boolean {
  const theirs = factClause(f);
  if (AGAIN.test(claim.sentenceText) || AGAIN.test(f.sentence)) return false;
  if (startOfTheOnlyOne(claim.clauseText, theirs, f.sentence)) return true;
  if (!INTO_FORCE.test(claim.clauseText) || !INTO_FORCE.test(theirs)) return false;
  // (By its entities, or by their names in the source's words: "EU-New Zealand agreement".)
  if (claim.entityIds.some((id) => f.entities.includes(id))) return true;
  const words = new Set(contentTerms(f.sentence));
  if ([...nameTerms(claim.entityIds, corpus)].some((t) => words.has(t))) return true;
  // "In accordance with its final provisions, the Agreement will enter into force on 1 October 2025"
  // names its agreement only as the page's own: the page's headline names its parties.
  if (!PAGES_OWN_INSTRUMENT.test(theirs) || f.clauseEntities.length) return false;
  const headline = new Set(contentTerms(titleOf(corpus, f.path)));
  return [...nameTerms(claim.entityIds, corpus)].some((t) => headline.has(t));
}

/** An instrument named only as the page's own, by its capital: "the Agreement", "the Protocol". */
const PAGES_OWN_INSTRUMENT = /\bthe\s+(?:Agreement|Accord|Treaty|Protocol|Convention|Memorandum)\b(?!\s+(?:on|of|between|for)\s+[A-Z])/;

/** A start told of its subject: "The termination took effect", "the full ban … came into force". */
const START_TOLD = /\b(?:took|takes|take|taking)\s+(?:full\s+)?effect\b|\b(?:came|comes|come|coming)\s+into\s+(?:full\s+)?(?:effect|force)\b|\bentered\s+into\s+force\b|\bbecame\s+(?:fully\s+)?effective\b/i;
/** Things that start once: an agreement, a termination, a ban (not a tariff or an order: there are many). */
const ONCE_HEAD = /^(?:termination|withdrawal|ban|agreement|accord|pact|treaty|protocol|convention|partnership|repeal|abolition)$/i;
/** Words between a subject and its verb: "itself", "formally", "finally". */
const SUBJECT_TAIL = /(?:\s+(?:itself|themselves|formally|finally|then|only|officially|fully|[a-z]+ly))*\s*$/i;

/** The last word of a start's subject, right before its verb ("The full ban on nickel ore exports took effect" → "ban"). */
function startHead(clause: string): string | undefined {
  const verb = START_TOLD.exec(clause);
  if (!verb) return undefined;
  const subject = clause.slice(0, verb.index).replace(SUBJECT_TAIL, '');
  // "The full ban on nickel ore exports": the head is before its "on"/"of" phrase.
  const words = subject.split(/\s+/).filter(Boolean);
  const of = words.findIndex((w, k) => k > 0 && /^(?:on|of|for|with|between|under)$/i.test(w));
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
  return head.replace(/[^A-Za-z-]/g, '').toLowerCase() || undefined;
}

/**
 * "The termination itself took effect on 14 April 2025" against "The termination took effect on July
 * 14, 2025": a thing that starts once (an agreement, a termination, a ban), named by the same word
 * right before the same kind of start in both, has one start day however far apart the two are.
 */
function startOfTheOnlyOne(claimClause: string, theirs: string, sentence: string): boolean {
  const mine = startHead(claimClause);
  if (!mine || !ONCE_HEAD.test(mine) || startHead(theirs) !== mine) return false;
  // (Of the same thing: "The nickel ore export ban" is not "The ban" of a sentence about bauxite.)
  const verb = START_TOLD.exec(claimClause)!;
  const told = new Set(contentTerms(sentence));
  return contentTerms(claimClause.slice(0, verb.index)).every((t) => told.has(t));
}

// "phones Modi ahead of his 75th birthday on Sept 17": the date is the birthday's, the phrase's own.
const AHEAD_OF_DATED = /\b(?:ahead\s+of|before|(?:on\s+)?the\s+eve\s+of|in\s+the\s+(?:run|lead)-up\s+to)\s+([^.;:,]{1,60}?)\s+(?:on|in)\s+(?:the\s+)?$/i;
const AHEAD_OF = /\b(?:ahead\s+of|before|(?:on\s+)?the\s+eve\s+of|in\s+the\s+(?:run|lead)-up\s+to)\s+([^.;:,]{1,60})/gi;

/**
 * "Trump phoned Modi on the evening of September 16, ahead of the prime minister's 75th birthday" is
 * not dated by "Trump phones Modi ahead of his 75th birthday on Sept 17": there the date is what the
 * call came before. Only when the brief names that too, apart from its own date.
 */
function notWhatItPreceded(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  const lead = f.sentence.slice(0, d.start);
  const theirs = AHEAD_OF_DATED.exec(lead.slice(Math.max(lead.search(/[^.;!?]*$/), 0)));
  if (!theirs) return true;
  const named = new Set(contentTerms(theirs[1]));
  const c = citedSpan(claim);
  for (const m of claim.sentenceText.matchAll(AHEAD_OF)) {
    const inside = m.index! <= c.start && c.start < m.index! + m[0].length;
    if (!inside && contentTerms(m[1]).some((t) => named.has(t))) return false;
  }
  return true;
}

// "Samsung's CHIPS award", "TSMC's CHIPS award": whose thing it is, named before it.
const POSSESSED = /(?<![\w'’])([A-Z][A-Za-z0-9&-]{1,30})['’]s\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]{3,})\b/g;

function possessed(text: string): Array<{ owner: string; noun: string }> {
  return [...text.matchAll(POSSESSED)].map((m) => ({ owner: m[1], noun: m[2] }));
}

/**
 * "Samsung's CHIPS award was finalized on December 20" is not dated by "Commerce finalizes TSMC's
 * CHIPS award" on Nov 15: the same thing of another owner, when neither names the other's.
 */
function samePossessor(claim: Claim, f: Fact): boolean {
  const ours = possessed(claim.clauseText);
  if (!ours.length) return true;
  const theirs = possessed(f.sentence);
  const names = (text: string, owner: string) => new RegExp(`(?<![\\w])${escapeRegExp(owner)}(?![\\w])`).test(text);
  return !ours.some((o) => theirs.some((t) => t.noun === o.noun && t.owner !== o.owner && !names(f.sentence, o.owner) && !names(claim.sentenceText, t.owner) && !oneGovernment(o.owner, t.owner)));
}

// "the challengers' merits briefs", "the government's opening brief": an owner in lower case, one or
// more of them, and the words that follow it.
const ROLE_OWNED = /(?<![\w'’])([a-z][a-z-]{2,30}?)(?:['’]s|(?<=s)['’])((?:\s+[a-z][a-z-]*){1,3})/g;
/** Owners a pronoun-like noun may stand for ("the group's", "the country's"): no telling whose. */
const LOOSE_OWNER = /^(?:country|countries|nation|bloc|company|companies|firm|firms|group|groups|coalition|association|industry|sector|members|partners|side|sides|parties|party|region|city|world|economy|market|year|week|month|day|today|its|their|other|others|court|panel|tribunal|judge|body)$/;
/** A government's own words, which no party of people in a case or a trade ("the challengers") stands for. */
const STATE_OWNER = /^(?:government|administration|ministry|state|authorities|regulator|agency|department|commission)$/;
const PEOPLE_OWNER = /(?:er|or|ant|ent|ist|iff)$/;

function roleOwned(text: string): Array<{ owner: string; words: string[] }> {
  return [...text.matchAll(ROLE_OWNED)].map((m) => ({ owner: m[1].replace(/s$/, ''), words: m[2].trim().split(/\s+/).filter((w) => w.length >= 4).map((w) => w.replace(/s$/, '')) }));
}

/**
 * "The challengers' merits briefs were due on October 20" is not dated by "The government's opening
 * brief on the merits is due on September 19": the same thing of another party named in lower case,
 * when neither word could stand for the other (a "group" or a "country" could be anyone's).
 */
function sameRoleOwner(claim: Claim, f: Fact): boolean {
  const ours = roleOwned(claim.clauseText);
  if (!ours.length) return true;
  const theirs = roleOwned(factClause(f));
  const state = (x: string) => STATE_OWNER.test(x);
  const apart = (a: string, b: string) =>
    a !== b && !LOOSE_OWNER.test(a) && !LOOSE_OWNER.test(b) && (state(a) ? !state(b) && PEOPLE_OWNER.test(b) : !state(b) || PEOPLE_OWNER.test(a));
  const word = (text: string, w: string) => new RegExp(`\\b${w}s?\\b`, 'i').test(text);
  return !ours.some((o) => theirs.some((t) => apart(o.owner, t.owner) && t.words.some((w) => o.words.includes(w)) && !word(f.sentence, o.owner) && !word(claim.sentenceText, t.owner)));
}

/** "Tokyo's cabinet" and "Japan's cabinet": a capital and its country own the same things. */
function oneGovernment(a: string, b: string): boolean {
  const mine = governmentsIn(a);
  return mine.size > 0 && [...governmentsIn(b)].some((g) => mine.has(g));
}

// "the October rules", "its April controls": a bare month after a determiner, naming a thing by it.
const MONTH_NAMES_THING = new RegExp(`^${MON}$`);

/**
 * "The suspension of the October rules … all end on this date": a month that names a thing ("the
 * October rules") dates that thing, and answers only a brief that names it too and tells no start or
 * end ("the suspension of the rules ends on 10 November" is not dated by it).
 */
function namesItsThing(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  if (!MONTH_NAMES_THING.test(f.sentence.slice(d.start, d.end)) || !/\b(?:the|its|their|his|her|this|these|those)\s+$/i.test(f.sentence.slice(Math.max(0, d.start - 8), d.start))) return true;
  const noun = /^\s+([a-z]{3,})\b/.exec(f.sentence.slice(d.end, d.end + 30))?.[1];
  if (!noun || /^(?:of|and|or|to|in|on|at|for|with|by|from|through|until|was|were|is|are|had|has|have|will|would)$/.test(noun)) return true;
  // A start or an end the brief tells ("the suspension ends on 10 November") is not the month the thing is named by.
  if (/^(?:start|end)$/.test(momentOfClaim(claim) ?? '')) return false;
  return contentTerms(claim.clauseText).includes(stem(noun));
}

const OWN_THING = /\b(?:its|their|his|her)\s+own\s+([a-z]{3,})\b|\ba\s+separate\s+([a-z]{3,})\b/gi;

// A later step of a measure: "the amended orders", "a revised proclamation" (a later version of a
// paper), "Details of the Buy Canadian rules were published" (what follows an announcement), "the
// caps went through their first review", "notified WTO members of the suspension".
// (Details a brief says a paper set out are the paper's: "set out the details in a joint statement
// issued on August 14" is dated by "released a joint statement" without the word.)
const LATER_STEPS: Array<[RegExp, RegExp, boolean?]> = [
  [/\b(?:amended|revised|amending|updated|modified)\s+(?:executive\s+)?(?:orders?|proclamations?|decrees?|rules?|regulations?|notices?)\b/i, /\b(?:amend|revis|updat|modif)/i],
  [/\b(?:details|fine\s+print)\s+(?:of|on|for)\b/i, /\b(?:details|fine\s+print)\b/i, true],
  // A measure's review, and its notification to the WTO, come after it, on days of their own.
  // (A review may be a report: "the IAEA's comprehensive review" is its "comprehensive report".)
  // ("The review call took place": a review naming an occasion is that occasion.)
  // (Nor what a meeting was for: "convened in Ashgabat … to review progress".)
  [/(?<!\bto\s+)\b(?:review|reviews|reviewed|reviewing)\b(?!\s+(?:calls?|meetings?|talks|sessions?|conferences?|summits?|visits?)\b)/i, /\b(?:review|report|assessment|audit|evaluation)/i],
  [/\b(?:notif(?:y|ies|ied|ying|ication|ications))\b/i, /\bnotif/i],
];

/**
 * "Trump signed the amended orders on Thursday, 6 March" is not dated by "Trump signs IEEPA orders"
 * of Feb. 1, nor "Details of the rules were published in mid-October" by the day they were announced.
 */
function laterStep(claimClause: string, sentence: string): boolean {
  return LATER_STEPS.every(([ours, theirs, inPaper]) => !ours.test(claimClause) || theirs.test(sentence) || (inPaper && samePaperNamed(claimClause, sentence)));
}

/** Papers a brief may say carried the details: "set out the details in a joint statement issued on". */
const DETAILS_PAPER = /\b(?:joint\s+statement|fact\s+sheet|statement|communiqu[eé]|notice|executive\s+order|proclamation|regulation|annex)\b/gi;

/** The brief says which paper carried its later step, and the source's sentence names that paper too. */
function samePaperNamed(claimClause: string, sentence: string): boolean {
  for (const m of claimClause.matchAll(DETAILS_PAPER)) if (new RegExp(`\\b${m[0].replace(/\s+/g, '\\s+')}\\b`, 'i').test(sentence)) return true;
  return false;
}

/** "Vietnam's ministry followed with its own statement on 27 October" is not the "joint statement" of the 26th. */
function ownNotJoint(claimClause: string, sentence: string): boolean {
  for (const m of claimClause.matchAll(OWN_THING)) {
    const noun = (m[1] ?? m[2]).toLowerCase();
    if (new RegExp(`\\b(?:joint|common|shared)\\s+${noun}\\b`, 'i').test(sentence)) return false;
  }
  return true;
}

/**
 * "| Mar. 6, 2025 | White House exempts USMCA-compliant goods from the 25% tariff |" is the day of a
 * carve-out, which answers a brief about an exemption but not one about the tariff it carves from
 * ("A 25% tariff on Mexican goods was announced … on Feb. 1").
 */
function notOnlyAnExemption(claimClause: string, f: Fact): boolean {
  return !EXEMPTS_FROM.test(factClause(f)) || EXEMPT_WORDS.test(claimClause);
}
/** A clause whose act is to exempt something from a measure ("exempts USMCA goods from the 25% tariff"); not "ending exemptions". */
const EXEMPTS_FROM = /\b(?:exempts|exempted|exempting|carves?\s+out|carved\s+out|spares|spared)\b[^.;|]{0,80}?\bfrom\b/i;
const EXEMPT_WORDS = /\b(?:exempt(?:s|ed|ing|ion|ions)?|carve[\s-]?outs?|carved\s+out|exclusions?|excluded|spared)\b/i;

/** "the second round of talks", "the 47th summit": an occasion counted among others of its kind. */
const ORDINAL = /\b(first|initial|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:[a-z-]+\s+){0,2}?(round|session|meeting|summit|call|visit|trip|batch|tranche|phase|step|stage|hearing|vote|reading|extension|letter|report|review|package|list|amendment|revision)s?\b/gi;
const ORDINAL_WORDS: Record<string, string> = { first: '1', initial: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9', tenth: '10' };
/** The parts a measure is phased in by are counted together: "the initial batch" is no "second step". */
const STAGE_NOUNS = new Set(['batch', 'tranche', 'phase', 'step', 'stage']);
/** So are the sittings of talks: "the first formal negotiating session" is "the first formal negotiating round". */
const SITTING_NOUNS = new Set(['round', 'session']);

/** The same clauses and sentences are read against many candidates (read-only to callers). */
const ordinalsIn = boundedMemo(readOrdinals, 20_000);

function readOrdinals(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (word: string, n: string) => {
    const lower = word.toLowerCase();
    const noun = STAGE_NOUNS.has(lower) ? 'stage' : SITTING_NOUNS.has(lower) ? 'round' : lower === 'trip' ? 'visit' : lower;
    let set = out.get(noun);
    if (!set) out.set(noun, (set = new Set()));
    set.add(n);
  };
  for (const m of text.matchAll(ORDINAL)) add(m[2], ORDINAL_WORDS[m[1].toLowerCase()] ?? m[1].replace(/\D/g, ''));
  for (const m of text.matchAll(NUMBERED)) add(m[1], String(Number(m[2])));
  for (const m of text.matchAll(FIRST_DONE)) add(FIRST_DONE_NOUN[m[1].toLowerCase()], '1');
  for (const m of text.matchAll(FIRST_TAKEN_UP_AT)) add(m[1], '1');
  for (const m of text.matchAll(LATER_ONE)) add(m[2], LATER);
  return out;
}
/** "The request was first considered at the Dispute Settlement Body (DSB) meeting on": its first meeting. */
const FIRST_TAKEN_UP_AT = /\bfirst\s+(?:considered|discussed|raised|examined|debated|tabled|taken\s+up)\s+at\s+(?:the|its|a)\s+(?:[\w()'’-]+\s+){0,6}?(meeting|session|hearing)s?\b/gi;
/** "at its following meeting", "the next session": one after another, whichever its count. */
const LATER_ONE = /\b(following|next|subsequent)\s+(?:[a-z-]+\s+){0,2}?(meeting|session|hearing|round|visit|vote|reading)s?\b/gi;
/** The count of a later one than the first, told without its number. */
const LATER = 'later';
/** "The group first met on April 29": its first meeting, told by the verb. */
const FIRST_DONE = /\bfirst\s+(met|convened|sat|visited|voted)\b/gi;
const FIRST_DONE_NOUN: Record<string, string> = { met: 'meeting', convened: 'meeting', sat: 'session', visited: 'visit', voted: 'vote' };
/** "Round 3, Washington", "session 2": the count written after its noun. */
const NUMBERED = /\b(round|session|phase|stage|tranche|batch)\s+(\d{1,2})(?![\d.,]?\d|%)/gi;

/** "Istanbul hosted the second round on 2 June" is not "a third round of direct talks in Istanbul" on 23 July. */
export function sameOrdinal(claimClause: string, f: Fact): boolean {
  const ours = ordinalsIn(claimClause);
  if (!ours.size) return true;
  // A list that counts its parts ("– an initial batch, a second step a month later and a final
  // batch …") dates the one in the date's own item.
  const d = dateSpan(f);
  // "his eighth trip since the talks began in April" dates the first of them: no second round.
  if ([...ours.values()].some((ns) => [...ns].some((n) => Number(n) > 1)) && SERIES_BEGAN.test(f.sentence.slice(Math.max(0, d.start - 40), d.start))) return false;
  const item = f.sentence.slice(Math.max(0, f.sentence.slice(0, d.start).search(/[,;–—(][^,;–—(]*$/)), d.start);
  const own = ordinalsIn(item);
  const theirs = own.size ? own : ordinalsIn(f.sentence);
  for (const [noun, ns] of ours) {
    const other = theirs.get(noun);
    // ("The DSB established the panel at its following meeting" is not "was first considered at the
    // DSB meeting on 25 January 2021".)
    if (ns.has(LATER) || other?.has(LATER)) {
      if (other && (ns.has(LATER) ? [...other].every((n) => n === '1') : [...ns].every((n) => n === '1'))) return false;
      continue;
    }
    if (other && ![...ns].some((n) => other.has(n))) return false;
    // "the third quarterly report" is not "the option to report using a third country's method":
    // the source's own count belongs to another noun, so the words shared are no evidence.
    if (!other && [...ns].some((n) => countedOtherThing(f.sentence, n))) return false;
  }
  return true;
}

/** The source's sentence names the claim's own count of its noun ("The 10th round … was held"). */
export function namesSameOrdinal(claimClause: string, f: Fact): boolean {
  const ours = ordinalsIn(claimClause);
  if (!ours.size) return false;
  const theirs = ordinalsIn(f.sentence);
  return [...ours].some(([noun, ns]) => [...ns].some((n) => n !== LATER && theirs.get(noun)?.has(n)));
}

/**
 * "A second formal negotiating round was held in Washington on 17 June" is not "talks held in
 * Washington in April and in subsequent exchanges": sittings the source does not count may be the
 * first of them; nor is "Akazawa's fifth trip" one the source tells uncounted. (Only the count the
 * brief gives its dated event, before the date.)
 */
export function notAnUncountedSitting(claim: Claim, f: Fact): boolean {
  const own = ordinalsIn(leadOf(claim));
  const counted = own.get('round') ?? own.get('visit');
  if (!counted || ![...counted].every((n) => Number(n) > 1)) return true;
  return ordinalsIn(f.sentence).size > 0 || RESUMED.test(f.sentence) || COUNT_OF_SITTINGS.test(f.sentence);
}
/** "held five rounds of talks": a count of the sittings. */
const COUNT_OF_SITTINGS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+)?(?:rounds|sessions)\b/i;

/** A sitting told as one after another: "talks resumed", "the next round", "another round", "again". */
const RESUMED = /\b(?:resum\w*|reconven\w*|next|another|latest|new|further|follow-up|again)\b/i;

/** A date the first of a series began on: "since the talks began in", "when negotiations opened on". */
const SERIES_BEGAN = /\b(?:began|begun|begin|begins|started|starts|opened|launched|kicked\s+off)\s+(?:in|on)\s+(?:(?:early|late)\s+|mid-?\s*)?$/i;

/** The sentence writes count `n` ("third", "3rd") before some word: here, never the claim's noun. */
function countedOtherThing(sentence: string, n: string): boolean {
  let counted = COUNTED.get(n);
  if (!counted) {
    const words = Object.keys(ORDINAL_WORDS).filter((w) => ORDINAL_WORDS[w] === n);
    COUNTED.set(n, (counted = new RegExp(`\\b(?:${[...words, `${n}(?:st|nd|rd|th)`].join('|')})[\\s-]+[a-z]`, 'i')));
  }
  return counted.test(sentence);
}
/** The pattern of each count, made once. */
const COUNTED = new Map<string, RegExp>();

/**
 * Where the claim's rates are: its clause, or when that names none, its sentence or table row ("the
 * day after Trump signed the order on March 3", of a duty "doubled to 20%"; "| China counter-tariff
 * | Apr. 11 | Apr. 13 | 125% |").
 */
function rateText(claim: Claim): string {
  return ratesIn(claim.clauseText).length ? claim.clauseText : claim.sentenceText;
}

/**
 * "| Oct. 16 | Ebrard and Wang hold a video call |" under a paragraph of 2026 plans: a yearless date's
 * year was the tool's guess, and a day beside the source's in the year before or after is a slip of
 * the day, not another occurrence.
 */
function guessedYearOff(claim: Claim, cited: Reach, source: Reach): boolean {
  return claim.cited.yearSource !== 'explicit' && [-1, 1].some((y) => closeEnough(shiftYears(cited, y), source));
}
