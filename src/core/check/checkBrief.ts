// Checks a brief against the corpus: every cited date gets a verdict (supported, conflict, or not
// settled) and a weekday that does not fall on its date is flagged on its own. Precision first:
// a conflict needs a strong match whose date is firm, and any good match that agrees silences it.
import type { CheckOptions } from '../api';
import type { Derived } from '../index/corpusIndex';
import { MON, MONTH_NAMES, WEEKDAY_NAMES, wordNumber } from '../dates/lexicon';
import { endsAState, kindBeside, kindsIn } from '../events/kinds';
import { lineStarts, positionOf } from '../text/lines';
import { ratesIn, sumsIn } from '../text/rates';
import { contentTerms } from '../text/terms';
import type { BriefDiagnostic, DateMention, EventKind, Fact, SourceRef } from '../types';
import { citedDates, commonestYear, monthDayOf, type CitedDate } from './briefDates';
import { readBrief } from './briefText';
import { firmDays, onlyYearNear } from '../dates/corpusYears';
import { isoDate, isValidDate, weekdayOf } from '../dates/calendar';
import { nthWeekdayIn } from '../dates/extract';
import { buildClaims, type Claim } from './claims';
import { matchFacts, type FactMatch } from './matchFacts';
import { agreedPageYear, sourcesDateDay } from './pageYear';
import { dayNumber, gap, isoOfDay, reachOf, relate, shiftYears, type Reach } from './reach';
import { actorUnknownToCorpus, headIds, lastMatch, LODGING, blankSpans, claimVenues, closeEnough, dateOnlyInReferredSpan, GIVEN_UNTIL, limitOfTheMainClause, momentOfClaim, momentOfFact, namesSameOrdinal, nameTerms, OCCASION_KINDS, OWNER_BEFORE, referredSpans, SAYINGS, sameActors, sameMoment, sameOccurrence, sameOrdinal, sameStep, sameSubject, sourceHeadIds, stageOf, STATE_SINCE } from './sameOccurrence';
import { citedSpan, claimLead, clauseUpTo, dateSpan, factClause, factLead, leadOf, rowClaim, rowLabelOf } from './spans';
import { entryClause, headsEntry } from '../text/timelineEntry';
import { headsRow } from '../text/tableRow';
import { governmentsIn } from './governments';
import { describeTarget, rewriteInStyle, WEEKDAYS, type TargetDate } from './rewrite';
import { escapeRegExp } from '../text/escapeRegExp';
import { pageDateOf, titleOf } from './titles';
import { initials } from '../entities/registry';

/** A fact counts as being about the claim above these (idf units, share of the claim). */
const MATCH_SCORE = 3;
const MATCH_COVERAGE = 0.2;
/** A conflict needs a stronger match than a mere mention. */
const CONFLICT_SCORE = 4.5;
const CONFLICT_COVERAGE = 0.3;
/** How much of the claim, in coverage and shared words, a match of the claim's moment must tell to answer when the best match tells another moment. */
const CLOSE_TELLING_COVERAGE = 0.55;
const CLOSE_TELLING_TERMS = 6;
/** Facts this close to the best match are its peers: any of them agreeing settles the claim. */
const PEER_RATIO = 0.6;

// "may" only in lower case: "May 30" is a month, and the month must not make a source sound unsure.
// ("After considering written submissions, the Commission held a hearing on …" tells what was done.)
const SPECULATIVE = /\b(?:[Ll]ikely|[Ee]xpect(?:ed|s)?|may|[Mm]ight|[Cc]ould|[Pp]ossibl[ey]|[Pp]otential|[Hh]opes?|[Ww]ould|[Rr]eportedly|[Rr]umou?red|[Pp]repar(?:ing|es?|ed)\s+to|[Pp]oised\s+to|(?<!\b(?:[Aa]fter|[Bb]efore|[Ww]ithout|[Hh]aving|[Oo]nce)\s+)(?:[Cc]onsidering|[Mm]ulling|[Ww]eighing))\b/;

export interface ClaimVerdict {
  claim: Claim;
  verdict: 'supported' | 'conflict' | 'unsettled';
  best?: FactMatch;
  evidence: FactMatch[];
  /** The year the best match's yearless day is read in, from the corpus's dated sources (a year slip). */
  sourceYear?: number;
}

function isMatch(m: FactMatch): boolean {
  return m.score >= MATCH_SCORE && m.coverage >= MATCH_COVERAGE && m.sharedEntities + m.sharedTerms >= 2 && (m.sharedEntities >= 1 || m.sharedTerms >= 2);
}

/** A dated fact's reach never changes: computed once, not once per claim that meets it. */
const knownReach = new WeakMap<Fact, Reach | null>();

function factReach(f: Fact, cited: CitedDate): Reach | undefined {
  // A yearless fact is read in the brief's year: it can then only disagree on month and day.
  // ("the last Friday of April" is counted again in that year: its day moves with the year.)
  if (!f.yearKnown) {
    const nth = cited.year !== undefined && f.date.precision === 'day' ? nthWeekdayIn(f.date.text, cited.year) : undefined;
    return reachOf(nth ? { ...f.date, value: isoDate(cited.year!, nth.month, nth.day), month: nth.month, day: nth.day } : f.date, false, cited.year);
  }
  let r = knownReach.get(f);
  if (r === undefined) knownReach.set(f, (r = reachOf(f.date, true) ?? null));
  return r ?? undefined;
}

/** "is due to visit on April 2", "is scheduled to meet on Friday": a plan, which a later source may move. */
const PLAN_OPENS = /\b(?:preparing|prepares|poised|planning|plans|intends|intending|aims|aiming|hopes|hoping)\s+to\b/i;

// ("with a view to signing the protocol at the summit to be held in Kuala Lumpur in October 2025": a plan;
// not an amount named "planned": "its total planned investment …, including the $100 billion announced on 3 March".)
const PLANNED = /\b(?:(?:is|are|was|were)\s+(?:due|scheduled|set|slated|planned|expected|meant|supposed|intended)\s+to|(?:has|have)\s+been\s+(?:scheduled|slated|planned|pencill?ed\s+in)\s+for|plans?\s+to|planned(?!\s+(?:investments?|spending|spend|outlays?|purchases|capital|capex|output|production|capacity|(?:job\s+)?cuts|hiring)\b)|will|to\s+be\s+(?:held|signed|launched|hosted|convened)|with\s+a\s+view\s+to)\b/i;

/** "The plan was for ambassadors to vote on Friday and for her to sign the next day": every date after it is planned. */
const PLAN_WAS = /\b(?:plan|idea|intention|aim|hope)\s+(?:is|was|had\s+been)\s+(?:for|to)\b/i;

/** A saying the date is of: "In a post on", "in a statement late on". */
const SAYING_ON = /\b(?:in|by)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}(?:post|statement|interview|letter|speech|remarks|briefing|tweet)\s+(?:(?:late|early)\s+)?on\s+$/i;
/** And what it said might lie ahead: "… and said his administration could open". */
const SAID_MAY_LATER = /^[^.;]{0,160}?\b(?:said|says|wrote|warned|threatened)\b[^.;]{0,120}?\b(?:would|will|could|might|may|plans?\s+to)\b/i;
const SAID_AHEAD = /^[^.;]{0,32}?\b(?:said|says|told|stated|announced|declared|posted|wrote|confirmed|confirms)\b[^.;]{0,160}?\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to|plans?\s+to|intends?\s+to|expect(?:s|ed)?\s+to|hop(?:es|ed)\s+to|look(?:s|ed)?\s+forward\s+to|had)\b/i;
/** The same after a name that follows the date: "on Tuesday, Ebrard said … he expected a U.S. response" (names in capitals). */
const NAMED_SAID_AHEAD = /^[^.;]{0,32}?D,\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told|stated|announced)\b[^.;]{0,160}?\b(?:would|will|is\s+to|are\s+to|plans?\s+to|intends?\s+to|expect(?:s|ed)?\s+(?:to|a|an|the|that))\b/;

/**
 * "Trump said on Wednesday that goods from Vietnam would face a 20% tariff" dates the saying, not the
 * tariff, which is still ahead (nor "said in June that companies had halted lines" the halt, which was
 * before): it answers a brief about the saying ("announced on November 6 that
 * …"), not one about what was said.
 */
function aboutTheSaying(claim: Claim, f: Fact): boolean {
  // The date's own words stand for one ("On Tuesday (Sept. 9), Trump posted that …": its dot is no sentence end).
  const d = dateSpan(f);
  // ("In a post on Friday evening, Trump called the fine unfair and said his administration could
  // open an investigation": a date of the post, whose saying comes later in its sentence.)
  const inSaying = SAYING_ON.test(f.sentence.slice(Math.max(0, d.start - 40), d.start)) && SAID_MAY_LATER.test(f.sentence.slice(d.end));
  const around = `${f.sentence.slice(Math.max(0, d.start - 32), d.start)}D${f.sentence.slice(d.end)}`;
  if (!inSaying && !SAID_AHEAD.test(around) && !NAMED_SAID_AHEAD.test(around) && !saidAfterWhatLiesAhead(f, d.start)) return true;
  // "the package Carney announced on August 5, will accept applications …": the saying was a
  // relative clause, closed by the comma; the "will" is the sentence's own verb, not what was said.
  if (CLAUSE_CLOSED_BEFORE_MODAL.test(f.sentence.slice(d.end))) return true;
  const moment = momentOfClaim(claim);
  // (Or a claim of the telling itself: "The three governments announced the end of the tariffs
  // jointly on May 17" is answered by the day of their joint statement.)
  // (Or a claim of a reaction, which is said: "publicly welcomed the money on Sunday".)
  // (Or of words to the press: "stressed the binding target when he met reporters on Monday",
  // "ruled out an early lifting of the ban when speaking in Davos on 25 May".)
  // (Or a sum pledged, which is pledged by saying so: "committed $23 billion to US manufacturing".)
  return moment === 'act' || moment === 'signing' || moment === 'paper' || TELLS_A_SAYING.test(claim.clauseText) || PLEDGED_SUM.test(claim.clauseText) || REACTION_SAID.test(claim.clauseText) || TO_THE_PRESS.test(claim.clauseText) || claim.kinds.some((k) => k === 'announcement' || k === 'statement');
}

const PLEDGED_SUM = /\b(?:committed|pledged|promised|vowed)\s+(?:to\s+(?:invest|spend)\s+)?(?:an?\s+(?:additional|further|extra)\s+)?(?:(?:US|U\.S\.|A|C|NZ|HK)?[$€£¥]\s?\d|\d[\d.,]*\s*(?:billion|million|trillion|bn)\b)/;

const TO_THE_PRESS = /\b(?:(?:told|tells|briefed|briefs|met|meets|addressed|addresses|spoke\s+to|speaks\s+to|speaking\s+to)\s+(?:the\s+)?(?:reporters|journalists|press|media|lawmakers|parliament|a\s+(?:news|press)\s+conference)|(?:when|while)\s+speaking\s+(?:in|at|to|before)|ruled\s+out)\b/i;

/**
 * The fact's day is a reaction's: "welcomed the vote in a statement on Wednesday" (not "welcomed the
 * decision taken on Monday", whose day is the decision's).
 */
function reactionDay(f: Fact): boolean {
  const after = afterReaction(f);
  return after !== undefined && !ANOTHER_ACT_ON.test(after);
}

/** The fact's day is that of the act reacted to: "welcomes the joint announcement made yesterday, Thursday 13 November". */
function dayOfActReactedTo(f: Fact): boolean {
  const after = afterReaction(f);
  return after !== undefined && ANOTHER_ACT_ON.test(after);
}

/** The words between the last reaction before the fact's date and the date, if a reaction comes before it. */
function afterReaction(f: Fact): string | undefined {
  const lead = factLead(f, 60);
  let last: RegExpExecArray | undefined;
  for (const m of lead.matchAll(REACTION_SAID_G)) last = m as RegExpExecArray;
  return last && lead.slice(last.index + last[0].length);
}
/** A participle dating another act between a reaction and its date: "the decision taken on", "the announcement made yesterday, ". */
const ANOTHER_ACT_ON = /\b(?:[a-z]+(?:ed|en|wn)|made|set|held)\s+(?:(?:on|in|at)\s+(?:the\s+)?|(?:yesterday|today|this\s+morning),?\s+)$/i;

const REACTION_SAID = /\b(?:welcom|hail|prais|applaud|laud|condemn|critici[sz])(?:ed|es|ing)\b/i;
/** The same, for every match in a lead. */
const REACTION_SAID_G = new RegExp(REACTION_SAID.source, 'gi');

const CLAUSE_CLOSED_BEFORE_MODAL = /^,\s*(?:will|would|is\s+to|are\s+to)\b/;

/**
 * What lay ahead, told before the saying that dates it: "The United States will cut its tariff …
 * once the EU formally proposes removing its own duties …, the two sides said in a joint statement
 * on Thursday".
 */
function saidAfterWhatLiesAhead(f: Fact, dateStart: number): boolean {
  const saying = sayingBefore(f.sentence, dateStart);
  if (!saying) return false;
  const told = f.sentence.slice(0, saying.at);
  // (The saying closes the sentence, after a comma and its subject: "…, the two sides said". Not a
  // quotation, which is the saying itself: "“buyers will hesitate,” Giang, who chairs VITAS, said".)
  return /,\s*(?:[\w.'’-]+\s+){0,4}$/.test(told) && !/["“”]/.test(told) && AHEAD_TOLD.test(told);
}
const AHEAD_TOLD = /\b(?:will|would|is\s+to|are\s+to|once|plans?\s+to|intends?\s+to)\b/i;

/** What a deal was struck for: "in exchange for the lifting of a U.S. ban", "in return for removing". */
const BARGAINED_FOR = /\bin\s+(?:exchange|return)\s+for\s+(?:the\s+|a\s+|an\s+)?([a-z]+)/gi;

/** The stems of the acts a text names only as what a deal was struck for, and the text without them. */
function bargainedFor(text: string): { stems: Set<string>; rest: string } {
  const stems = new Set<string>();
  const rest = text.replace(BARGAINED_FOR, (_m, act: string) => {
    for (const t of contentTerms(act)) stems.add(t);
    return ' ';
  });
  return { stems, rest };
}

/**
 * "ZTE agreed to pay a $1 billion penalty … in exchange for the lifting of a U.S. ban, Ross said on
 * Thursday" dates the bargain, not the lifting: a brief's "Commerce lifted the ban on July 13" is
 * another act, unless the source tells the lifting elsewhere in its sentence, or the brief too tells
 * it as what was bargained for.
 */
function actOnlyBargainedFor(claim: Claim, f: Fact): boolean {
  const theirs = bargainedFor(f.sentence);
  if (!theirs.stems.size) return false;
  const ours = bargainedFor(claim.clauseText).rest;
  const told = new Set(contentTerms(theirs.rest));
  return contentTerms(ours).some((t) => theirs.stems.has(t) && !told.has(t));
}

/** A later step told after a date: "…, and Hanoi and Brussels then exchanged formal notifications". */
const THEN_AFTER = /,?\s+and\s+(?:[\w'’.-]+\s+){0,5}?then\s|[,;]\s*then\s/i;

/**
 * "Vietnam's National Assembly ratified the deal in early June, …, and Hanoi and Brussels then
 * exchanged formal notifications": the date is the ratification's; the exchange came after it, on a
 * day the source does not give. A brief that tells the exchange, in more of the later step's words
 * than of the dated one's, is not dated by it.
 */
function toldAsWhatCameNext(claim: Claim, f: Fact): boolean {
  const at = Math.max(0, dateSpan(f).end);
  const then = THEN_AFTER.exec(f.sentence.slice(at));
  if (!then) return false;
  const cut = at + then.index;
  const ours = new Set(contentTerms(claim.clauseText));
  const before = new Set(contentTerms(f.sentence.slice(0, cut)).filter((t) => ours.has(t)));
  const later = new Set(contentTerms(f.sentence.slice(cut)).filter((t) => ours.has(t) && !before.has(t)));
  return later.size > before.size;
}

/** A brief that itself tells a saying about what lay ahead: "Trump wrote that the investigation would be completed". */
const TELLS_A_SAYING = /\b(?:said|says|saying|told|stated|announced|declared|posted|post|wrote|writing|confirmed|warned|pledged|promised)\b[^.;]{0,160}?\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to|plans?\s+to|intends?\s+to|expect(?:s|ed)?\s+to)\b/i;

/**
 * The brief's words say its event is another than the source's, though they share enough words to
 * match. Each test below names one way (a reaction, another paper or goods, an undoing, a plan, a
 * release against a statistic's month, …); its own comment says which.
 */
function tellsAnotherEvent(claim: Claim, f: Fact, corpus: Derived): boolean {
  return (
    actorUnknownToCorpus(claim, corpus) ||
    inquiryAgainstMeasure(claim, f) ||
    !aboutTheReaction(claim, f) ||
    !sameDocument(claim, f) ||
    !sameProducts(claim, f) ||
    undoingOnlyInClaim(claim, f) ||
    oneOfManyInSource(claim, f) ||
    actOnlyBargainedFor(claim, f) ||
    toldAsWhatCameNext(claim, f) ||
    oppositeDirections(claim, f) ||
    arrivalAgainstDeparture(claim, f) ||
    outwardAgainstHomeward(claim, f) ||
    agreementOnlyInSource(claim, f) ||
    stoppedAgainstResumed(claim, f) ||
    finishAgainstOpening(claim, f) ||
    dateOnlyInReferredSpan(claim, f, corpus) ||
    anotherSpeaker(claim, f, corpus) ||
    endedAgainstKept(claim, f) ||
    cutOffOnlyInSource(claim, f) ||
    resumedOnlyInClaim(claim, f) ||
    meetingOnlyInClaim(claim, f) ||
    visitOnlyInClaim(claim, f) ||
    callOnlyInClaim(claim, f) ||
    stepSetOnlyInClaim(claim, f) ||
    periodBoundOnlyInSource(claim, f) ||
    sayingOnlyInClaim(claim, f) ||
    startAgainstUndoing(claim, f) ||
    extensionAgainstEnd(claim, f) ||
    extensionAgainstOpening(claim, f) ||
    extensionOnlyInClaim(claim, f) ||
    extendedLimitOnlyInClaim(claim, f) ||
    extendedPeriodOnlyInSource(claim, f) ||
    counterpartNotInSource(claim, f, corpus) ||
    claimOnlyPointedAtInSource(claim, f, corpus) ||
    monthNamesReport(claim) ||
    otherCountryFigures(claim, f) ||
    otherMove(claim, f) ||
    startAgainstOccasion(claim, f) ||
    roundAgainstLaunch(claim, f) ||
    supersededOnlyInClaim(claim, f) ||
    supersededOnlyInSource(claim, f) ||
    pastPlanOnlyInSource(claim, f) ||
    otherThingBegun(claim, f) ||
    requestOnlyInSource(claim, f) ||
    draftOnlyInClaim(claim, f) ||
    anotherThanTold(claim, f) ||
    revisionAgainstFirstIssue(claim, f) ||
    firstActOnlyInSource(claim, f) ||
    releaseAgainstPeriod(claim, f) ||
    goodsMovedOnlyInSource(claim, f) ||
    rowNameMissing(claim, f, corpus) ||
    putOffToOnlyInSource(claim, f) ||
    limitOnlyInSource(claim, f) ||
    putOffToOnlyInClaim(claim, f) ||
    otherFigures(claim, f) ||
    otherLimitSize(claim, f) ||
    columnCountryMissing(claim, f) ||
    occasionNotInSource(claim, f) ||
    occasionOnlyInSource(claim, f) ||
    datedOtherwiseInSource(claim, f) ||
    ownNounOnlyInSource(claim, f) ||
    dayOfTheReference(claim, f) ||
    sayingOfPlanAgainstHappening(claim, f) ||
    quotedAgainstSaying(claim, f) ||
    retractionOnlyInClaim(claim, f) ||
    otherAcronyms(claim, f) ||
    lacksWhatTheSourceHas(claim, f) ||
    otherLayerOfDuty(claim, f) ||
    otherOccasionAttended(claim, f) ||
    otherBody(claim, f) ||
    otherLevel(claim, f) ||
    countMilestoneOnlyInClaim(claim, f) ||
    returnToldLaterInClaim(claim, f) ||
    laterActOnlyInClaim(claim, f) ||
    lodgingAgainstSigning(claim, f) ||
    adoptionAgainstCirculation(claim, f) ||
    sittingExpectedAfterOneHeld(claim, f) ||
    briefingOnlyInClaim(claim, f) ||
    resolutionOnlyInClaim(claim, f) ||
    hearingOnlyInClaim(claim, f) ||
    consultationOnlyInClaim(claim, f) ||
    pairPartyMissing(claim, f) ||
    actorOnlyCitedInSource(claim, f, corpus) ||
    sharedOnlyAsQuarrelTopic(claim, f) ||
    undoingPublishedInSource(claim, f) ||
    movedToAgainstTheAct(claim, f) ||
    startAgainstSaying(claim, f) ||
    otherThingEnded(claim, f) ||
    referredFindOnlyInClaim(claim, f) ||
    dateOnlyOfRelativeClause(claim, f) ||
    ownerOnlyAPlaceInSource(claim, f)
  );
}

/** A country's body opening the brief: "Uzbekistan's customs service", "Chile's finance ministry". */
const COUNTRY_BODY_FIRST = /^[\s|*•-]*(?:The\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?:[a-z-]+\s+){0,3}?(customs|ministry|government|authorities|regulators?|service|agency|police|army|officials|central\s+bank|cabinet|parliament|president|prime\s+minister)\b/;
/** A place pointed to, not an actor: "the borders with ", "shipments to ", "crossings into ". */
const PLACE_POINTED = /\b(?:with|to|from|into|toward|towards|near|via|through|across|between)\s+(?:the\s+)?$/i;

/**
 * "Uzbekistan's customs service stepped up checks on inbound tankers in early May" is not dated by
 * "The State Revenue Committee said … its officers had stopped 37 tanker trucks … in March, most of them
 * at crossings on the borders with Uzbekistan": the brief's country acts; the source names it only as
 * a place.
 */
function ownerOnlyAPlaceInSource(claim: Claim, f: Fact): boolean {
  const found = COUNTRY_BODY_FIRST.exec(claim.clauseText);
  if (!found) return false;
  const owner = found[1];
  // (Nor when the source names a body of its kind, whose country it need not name: "the Ministry of
  // Commerce" of China's "commerce ministry".)
  if (new RegExp(String.raw`\b${found[2].replace(/s$/, '')}`, 'i').test(f.sentence)) return false;
  let named = false;
  for (let at = f.sentence.indexOf(owner); at >= 0; at = f.sentence.indexOf(owner, at + 1)) {
    if (!PLACE_POINTED.test(f.sentence.slice(Math.max(0, at - 16), at))) return false;
    named = true;
  }
  return named;
}

/** A relative clause in the past that runs up to the source's date: "that PNG's Department of Petroleum and Energy set out ". */
const RELATIVE_UP_TO_DATE = /\b(?:that|which)\s+((?:[A-Z][\w'’.-]*\s+|of\s+|and\s+|the\s+){1,8}(?:[a-z]+\s+)?(?:[a-z]{3,}ed|set|made|laid|put|gave|took)(?:\s+(?:out|up|down|forth))?)\s+(?:on\s+|in\s+)?(?:the\s+)?$/;

/** The same without its "that": "over a cargo the utility refused to accept in ". */
const BARE_RELATIVE_UP_TO_DATE = /\b(?:a|an|the)\s+[a-z-]+\s+((?:the|its|their)\s+[a-z-]+\s+[a-z]{3,}ed(?:\s+to\s+[a-z]+)?)\s+(?:on|in)\s+(?:the\s+)?$/;

/**
 * "Deliveries … have run under those interim terms since 1 June 2025" is not dated by "The interim
 * terms mirror much of a national testing regime that PNG's Department of Petroleum and Energy set out
 * earlier this month": the date is the relative clause's act, and the brief shares nothing with it.
 */
function dateOnlyOfRelativeClause(claim: Claim, f: Fact): boolean {
  const lead = factLead(f, 140);
  const rel = RELATIVE_UP_TO_DATE.exec(lead) ?? BARE_RELATIVE_UP_TO_DATE.exec(lead);
  if (!rel) return false;
  const ours = new Set(contentTerms(claim.clauseText));
  return !contentTerms(rel[1]).some((t) => ours.has(t));
}

/** What the brief points back at as the cause of its act: "the packing house implicated in the find". */
const POINTED_AT_EVENT = /\b(?:implicated\s+in|linked\s+to|tied\s+to|connected\s+(?:to|with)|blamed\s+for|involved\s+in|behind)\s+(?:the|that|this|an?)\s+(?:[a-z-]+\s+)?(find|discovery|interception|detection|seizure|outbreak|incident|attack|fire|spill|breach)\b/i;
/** The verb that tells each such event. */
const POINTED_VERB: Record<string, RegExp> = {
  find: /\b(?:found|finds?|finding)\b/i,
  discovery: /\bdiscover(?:ed|s|y)?\b/i,
  interception: /\bintercept(?:ed|s|ion)?\b/i,
  detection: /\bdetect(?:ed|s|ion)?\b/i,
  seizure: /\b(?:seiz(?:ed|es|ure)|confiscat\w*)\b/i,
  outbreak: /\b(?:outbreak|broke\s+out|confirmed\s+cases?)\b/i,
  incident: /\bincident\b/i,
  attack: /\battack(?:ed|s)?\b/i,
  fire: /\b(?:fire|blaze)\b/i,
  spill: /\bspill(?:ed|s)?\b/i,
  breach: /\bbreach(?:ed|es)?\b/i,
};

/**
 * "SENASA withdrew certification from the Viru packing house implicated in the find on Monday, 25
 * August" is not dated by "On 18 August, US inspectors found live larvae … from a packing house in
 * Viru": the brief points back at the find; a source that tells only the find dates that, not the act.
 */
function referredFindOnlyInClaim(claim: Claim, f: Fact): boolean {
  const pointed = POINTED_AT_EVENT.exec(claim.clauseText);
  if (!pointed) return false;
  const lead = leadOf(claim);
  const act = lead.slice(0, Math.max(0, lead.indexOf(pointed[0])));
  const verb = /\b([a-z]{3,})\b/.exec(act.replace(/^[\s|*•-]*(?:[A-Z][\w'’.-]*\s+)*/, ''))?.[1];
  return POINTED_VERB[pointed[1].toLowerCase()].test(factClause(f)) && !!verb && !new RegExp(String.raw`\b${verb.slice(0, 5)}`, 'i').test(f.sentence);
}

/** A brief that opens on a thing and the verb of its start or end: "The survey cruise ended". */
const THING_THEN_MOMENT = /^[\s|*•-]*(?:The|A|An|Its|Their)\s+((?:[a-z][a-z-]*\s+){0,4}?[a-z][a-z-]*)\s+(ended|closed|concluded|finished|began|opened|started|resumed|expired)\b/;

/**
 * "The survey cruise ended on 16 July" is not dated by "Talks between the European Union and
 * Mauritania … ended on Thursday": the same verb of two things, the words of one nowhere in the other.
 */
function otherThingEnded(claim: Claim, f: Fact): boolean {
  const ours = THING_THEN_MOMENT.exec(claim.clauseText);
  if (!ours) return false;
  const at = new RegExp(String.raw`\b${ours[2]}\b`).exec(f.sentence.slice(0, Math.max(0, dateSpan(f).start)));
  if (!at) return false;
  const before = f.sentence.slice(0, at.index);
  const subject = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(' - '), before.lastIndexOf('—')) + 1);
  const theirs = contentTerms(subject);
  const mine = new Set(contentTerms(ours[1]));
  return theirs.length > 0 && mine.size > 0 && !theirs.some((t) => mine.has(t)) && ![...mine].some((t) => f.sentence.toLowerCase().includes(t));
}

/** A saying right before its date: "the agency's Miami Field Office said today". */
const SAID_RIGHT_BEFORE = /\b(?:said|says|announced|reported|stated)\s+(?:on\s+)?$/i;
/** Words of a start anywhere in a sentence. */
const START_WORDS = /\b(?:beg(?:an|un|ins?)|start(?:s|ed)?|open(?:s|ed)?|launch(?:es|ed)?|from|effective|took\s+effect|takes\s+effect|kick(?:s|ed)?\s+off)\b/i;

/**
 * "CBP began its Miami count of Valentine's flower arrivals on Monday, 12 January 2026" is not dated
 * by "specialists … processed about 1.1 billion stems in the weeks leading up to Valentine's Day, the
 * Miami Field Office said today": the day a report was given is not a start its sentence never tells.
 */
function startAgainstSaying(claim: Claim, f: Fact): boolean {
  return (momentOfClaim(claim) === 'start' || OPENED_IN_CLAIM.test(leadOf(claim))) && SAID_RIGHT_BEFORE.test(factLead(f, 30)) && !START_WORDS.test(f.sentence);
}

/** A brief's day of an act: "granted those exporters extra time on". */
const ACT_ON = /\b[a-z]{3,}(?:ed|ave|ook|ent|ade)\b[^.;:]{0,80}?\s(?:on|in)\s+(?:the\s+)?$/i;

/**
 * "The ministry granted those exporters extra time on 25 January 2024" is not dated by "The natural
 * resources ministry then stretched that window to 29 February": the day a limit was moved to is not
 * the day it was moved.
 */
function movedToAgainstTheAct(claim: Claim, f: Fact): boolean {
  const lead = leadOf(claim);
  // (A limit the brief names as what was moved still dates the moving: "moved back the closing date of
  // its tender on May 19" is not the day it was moved to, "pushed back the closing date … to May 27".)
  return STRETCHED_TO.test(factLead(f, 130)) && ACT_ON.test(lead) && (!LIMIT_WORD.test(lead.slice(-60)) || MOVE_VERB.test(lead)) && !/\b(?:to|until|till|through)\s+(?:the\s+)?$/i.test(lead);
}

/** What a paper published on the day undid, right after its date: ", on 9 May 2024, the suspension of the resolution". */
const UNDOING_NOUN_AFTER = /^,?\s+(?:the\s+)?(?:suspension|repeal|withdrawal|revocation|lifting|cancell?ation|annulment|rescission|abolition)\s+of\b/i;

/**
 * "The inspection resolution appeared in the official gazette, La Gaceta, on 9 April" is not dated by
 * "Honduras published in the official gazette La Gaceta, on 9 May 2024, the suspension of the
 * resolution": the publication of its undoing is another paper's day.
 */
function undoingPublishedInSource(claim: Claim, f: Fact): boolean {
  return UNDOING_NOUN_AFTER.test(f.sentence.slice(dateSpan(f).end)) && !UNDOING.test(claim.clauseText);
}

/** What a quarrel or dispute is about: "a weeks-long quarrel over inspection rules". */
const QUARREL = String.raw`\b(?:quarrel|dispute|row|spat|clash|fight|disagreement|argument|standoff|stand-off|feud)s?\s+(?:over|about|regarding|concerning)`;
const QUARREL_OVER = new RegExp(String.raw`${QUARREL}\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)`, 'gi');
const QUARREL_AT = new RegExp(QUARREL, 'i');

/**
 * "The inspection rule became binding on Monday, 15 April" is not dated by "Honduras on Monday stopped
 * processing Guatemalan freight …, turning a weeks-long quarrel over inspection rules into …": words
 * shared only with what a quarrel is about tell nothing of the source's act.
 */
function sharedOnlyAsQuarrelTopic(claim: Claim, f: Fact): boolean {
  if (!QUARREL_AT.test(f.sentence)) return false;
  if (claim.entityIds.some((id) => f.entities.includes(id))) return false;
  const topic = new Set([...f.sentence.matchAll(QUARREL_OVER)].flatMap((m) => contentTerms(m[1])));
  const shared = [...claim.features].filter(([key, w]) => w === 1 && key.startsWith('t:') && f.terms.includes(key.slice(2))).map(([key]) => key.slice(2));
  return shared.length > 0 && shared.every((t) => topic.has(t));
}

/** Who a sentence cites for its figures, not who acted: "according to figures from Azerbaijan's State Customs Committee". */
const CITED_FOR = /\b(?:according\s+to|citing|cited\s+by)\s+(?:(?:the\s+)?(?:latest\s+)?(?:figures|data|statistics|estimates|numbers)\s+(?:from|by|of)\s+)?[^.;]{0,90}|\b(?:figures|data|statistics|estimates)\s+(?:from|by|released\s+by|published\s+by)\s+[^.;]{0,90}/gi;

/**
 * "The State Customs Committee began trialling an electronic queue for lorries at Samur on 11 August"
 * is not dated by "On Wednesday 16 July the line of lorries … peaked at about 1,400 vehicles, …,
 * according to figures from Azerbaijan's State Customs Committee": a body the source cites for its
 * figures did not act on its day.
 */
function actorOnlyCitedInSource(claim: Claim, f: Fact, corpus: Derived): boolean {
  // (Unless the brief tells that body releasing figures: "published its third-quarter export figures".)
  // (Nor when the source tells it putting them out: "figures the National Wine Agency published on 13 January".)
  if (FIGURES_RELEASED.test(claim.clauseText) || /\b(?:published|released|issued|put\s+out|posted)\b/i.test(f.sentence) || !/according\s+to|citing|cited\s+by|figures|data|statistics|estimates/i.test(f.sentence)) return false;
  const ids = [...headIds(claim.clauseText, corpus)].filter((id) => corpus.entityById.get(id)?.kind === 'organization' || corpus.entityById.get(id)?.kind === 'person');
  if (!ids.length) return false;
  const rest = f.sentence.replace(CITED_FOR, ' ');
  const named = (text: string) => {
    const found = new Set(corpus.registry.matchIn(text).map((x) => x.entityId));
    return ids.some((id) => found.has(id));
  };
  return named(f.sentence) && !named(rest);
}

/** A brief whose subject is two governments: "Brussels and Addis Ababa held a trade dialogue". */
const PAIR_HEAD = /^[\s*+-]*(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+and\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+[a-z]/;

/**
 * "Brussels and Addis Ababa held a trade dialogue in early May" is not dated by "a team from the WTO
 * Secretariat … spent a week in Addis Ababa": a pair of governments acts together, and a source that
 * names one of them and not the other tells of something else.
 */
function pairPartyMissing(claim: Claim, f: Fact): boolean {
  const m = PAIR_HEAD.exec(claim.clauseText);
  if (!m) return false;
  const a = governmentsIn(m[1]);
  const b = governmentsIn(m[2]);
  if (a.size !== 1 || b.size !== 1 || [...a][0] === [...b][0]) return false;
  // (A speaker's "we" may be the other: "we opened negotiations with China in April 2022".)
  if (/\b(?:we|our|us)\b/i.test(f.sentence)) return false;
  const theirs = governmentsIn(f.sentence);
  return [...a, ...b].filter((g) => theirs.has(g)).length === 1;
}

/** A court's or committee's hearing told by its verb: "heard arguments on the consolidated petition on". */
const HEARD_ARGUMENTS = /\bheard\s+(?:(?:the\s+)?(?:arguments|submissions|evidence|testimony|oral\s+arguments|the\s+case|the\s+appeal|the\s+petition))\b[^.;:]{0,80}$/i;

/**
 * "The High Court heard arguments on the consolidated petition on 20 May 2025" is not dated by "Kenya's
 * High Court on Thursday suspended the implementation of the agreement, pending …": a hearing is
 * answered only by a source that tells a hearing.
 */
function hearingOnlyInClaim(claim: Claim, f: Fact): boolean {
  // (A hearing still to come is none: "suspended the implementation …, pending the hearing of a petition".)
  return HEARD_ARGUMENTS.test(leadOf(claim)) && !/\b(?:hear(?:d|s|ing|ings)?|argu(?:ed|ments?))\b/i.test(f.sentence.replace(PENDING_HEARING, ' '));
}
const PENDING_HEARING = /\b(?:pending|ahead\s+of|before|until)\s+(?:the\s+|a\s+)?(?:full\s+)?hearing\b[^.;]*/gi;

/**
 * "DBT launched its consultation on steel trade measures after the safeguard on Friday, 9 May 2025"
 * is not dated by "From April 1, no country will be allowed to take more than 15% of the … quota …,
 * the Department for Business and Trade said": a consultation opened or launched is answered only by
 * a source that tells one.
 */
function consultationOnlyInClaim(claim: Claim, f: Fact): boolean {
  return CONSULTATION_OPENED.test(leadOf(claim)) && !/\bconsult\w*|\bcomments\b|\bsubmissions\b|\bcall\s+for\s+(?:evidence|views|input)\b/i.test(f.sentence);
}
const CONSULTATION_OPENED = /\b(?:launch(?:ed|es)?|open(?:ed|s)?|start(?:ed|s)?|began|begins|issued|published)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?consultations?\b[^.;:]*$/i;

/** A brief of a resolution or motion adopted: "adopted a resolution condemning the raid". */
const RESOLUTION_ADOPTED = /\b(?:adopted|passed|approved|voted\s+(?:for|through))\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:resolution|motion)s?\b/i;

/**
 * "The OAS Permanent Council adopted a resolution condemning the raid on 10 April" is not dated by
 * "Latin American governments … condemned the raid on Saturday": a resolution adopted is a body's
 * act of its own, which a source that names no resolution or motion does not tell.
 */
function resolutionOnlyInClaim(claim: Claim, f: Fact): boolean {
  return RESOLUTION_ADOPTED.test(claim.clauseText) && !/\b(?:resolutions?|motions?)\b/i.test(f.sentence);
}

/** A brief of a briefing on a topic: "briefed the Senate economy committee on the suspension on". */
const BRIEFED_ON_TOPIC = /\b(?:briefed|brief|briefs|testified|testifies|informed|updated|questioned|grilled|appeared\s+before)\b[^.;:]{0,60}?\b(?:on|about|over|regarding)\s+(?:the|its|their|a|an)\s+[^.;:]{1,40}?\s+on\s+(?:the\s+)?$/i;
/** A source that tells a briefing, a hearing or any encounter too. */
const BRIEFING_TOLD = /\b(?:brief(?:ed|ing|s)?|testif(?:y|ied|ies)|testimony|hearing|committee|appeared\s+before|questioned|grilled|met|meet(?:s|ing|ings)?|held|hold(?:s|ing)?|press(?:ed|es)?|explain(?:ed|s|ing)?|session|summoned|told|tender)\b/i;

/**
 * "Mexico's trade undersecretary briefed the Senate economy committee on the suspension on 24 April"
 * is not dated by "on 9 April its Economy Secretariat announced that the trade talks were suspended":
 * the topic of a briefing is not the briefing.
 */
function briefingOnlyInClaim(claim: Claim, f: Fact): boolean {
  return BRIEFED_ON_TOPIC.test(leadOf(claim)) && !BRIEFING_TOLD.test(f.sentence);
}

/** A brief that tells a return after its day: "… on 6 June 2023, before returning with EU colleagues". */
const RETURN_AFTER = /\b(?:before|then|and\s+then|only\s+to)\s+(?:return(?:ing|ed|s)?|com(?:e|ing)\s+back|came\s+back|go(?:ing)?\s+back|went\s+back)\b/i;

/**
 * "Meloni laid the groundwork with a bilateral trip to Tunis on 6 June 2023, before returning with EU
 * colleagues" is not contradicted by "von der Leyen, Meloni and Rutte flew into Tunis on Sunday 11
 * June": a later day of a visit may be the return the brief itself tells.
 */
function returnToldLaterInClaim(claim: Claim, f: Fact): boolean {
  const c = claim.cited.mention;
  const at = c.end - claim.sentence.start;
  if (!RETURN_AFTER.test(claim.sentenceText.slice(at))) return false;
  return sourceDayAfterClaim(claim, f);
}

/** The source's date falls after the brief's (a yearless day on either side read in the other's year). */
function sourceDayAfterClaim(claim: Claim, f: Fact): boolean {
  const mine = claim.cited.mention.value.slice(0, 10);
  const theirs = f.date.value.slice(0, 10);
  const year = /^\d{4}/.test(mine) ? mine.slice(0, 4) : theirs.slice(0, 4);
  const a = year + mine.slice(4);
  const b = year + theirs.slice(4);
  return /^\d{4}-\d\d/.test(a) && /^\d{4}-\d\d/.test(b) && b > a;
}

/**
 * "The mislabelled boxes later opened at Laem Chabang had reached the port on January 9" is not
 * contradicted by "customs officers on Tuesday opened 31 containers at Laem Chabang": the brief
 * itself says that act came later, so the source's day of it (when after the brief's) is not the day
 * it cites.
 */
function laterActOnlyInClaim(claim: Claim, f: Fact): boolean {
  const lead = leadOf(claim);
  const later = LATER_PARTICIPLE.exec(lead);
  if (!later) return false;
  const act = contentTerms(later[1])[0];
  // (The act the brief dates is another: its words after the participle name a verb of their own.)
  if (!act || contentTerms(lead.slice(later.index + later[0].length)).includes(act)) return false;
  return contentTerms(clauseUpTo(f, dateSpan(f).end) + ' ' + factClause(f)).includes(act) && sourceDayAfterClaim(claim, f);
}
/** A participle the brief tells as later than its own day: "the boxes later opened at …", "the cargo, subsequently seized, …". */
const LATER_PARTICIPLE = /\b(?:later|subsequently|eventually|afterwards)\s+([a-z]{3,}(?:ed|en))\b/i;

/**
 * "The signed protocol was lodged with the ASEAN Secretary-General on 4 December 2025" is not
 * answered by "the Protocol …, signed in Kuala Lumpur, Malaysia, on 28 October 2025": a paper
 * lodged, deposited or filed is another act than its signing.
 */
function lodgingAgainstSigning(claim: Claim, f: Fact): boolean {
  // (A brief's "the signed protocol" is what was lodged, not an act of its own.)
  const lead = factLead(f, 90);
  return LODGED.test(leadOf(claim)) && SIGNED_BEFORE_DATE.test(lead) && !LODGED.test(lead);
}
const LODGED = new RegExp(String.raw`\b(?:${LODGING})\b[^.;:]{0,60}$`, 'i');
const SIGNED_BEFORE_DATE = /\bsign(?:ed|s|ing)\b[^.;:]{0,60}$/i;

/**
 * "The DSB adopted the appellate report … on Wednesday, 22 June 2016" is not dated by "In its report
 * circulated to members on Tuesday 7 June, the Appellate Body upheld …": a report circulated and a
 * report adopted are two days.
 */
function adoptionAgainstCirculation(claim: Claim, f: Fact): boolean {
  return contrary(leadOf(claim), factLead(f, 60), REPORT_ADOPTED, REPORT_CIRCULATED);
}
const REPORT_ADOPTED = /\badopt(?:ed|s|ing)\b[^.;:]{0,80}$/i;
const REPORT_CIRCULATED = /\bcirculat(?:ed|es|ing)\b[^.;:]{0,60}$/i;

/**
 * "Ministers are aiming to wrap up the accession at the Commission meeting expected in November 2026"
 * is not dated by "At its Melbourne meeting in November 2025, the commission agreed …": a sitting the
 * brief expects is not one held a year before (bodies meet again).
 */
function sittingExpectedAfterOneHeld(claim: Claim, f: Fact): boolean {
  if (!OCCASIONS.has(f.kind) || f.date.future || !SITTING_EXPECTED.test(leadOf(claim))) return false;
  const mine = /^\d{4}/.exec(claim.cited.mention.value)?.[0];
  const theirs = /^\d{4}/.exec(f.date.value)?.[0];
  return !!mine && !!theirs && theirs < mine;
}
const SITTING_EXPECTED = /\b(?:meeting|summit|session|conference|ministerial|sitting)s?\s+(?:(?:is|are)\s+)?(?:now\s+)?(?:expected|due|scheduled|slated|planned|set)\s+(?:to\s+(?:be\s+held|take\s+place|convene|meet)\s+)?(?:in|for|on)\s+(?:the\s+)?$/i;

/** A count reached, told by its ordinal: "its 100,000th container", "the millionth visitor". */
const COUNT_MILESTONE = /\b(?:(\d{1,3}(?:,\d{3})+|\d{3,})(?:st|nd|rd|th)|(?:one-?\s*)?(?:hundred|thousand|million|billion)th)\b/gi;

/**
 * "Chancay handled its 100,000th container in February 2025" is a count reached, not the first
 * ship that left the port: a milestone the source's sentence does not give is another event.
 */
function countMilestoneOnlyInClaim(claim: Claim, f: Fact): boolean {
  const said = [...claim.clauseText.matchAll(COUNT_MILESTONE)].map((m) => m[0].replace(/[,\s-]/g, '').toLowerCase());
  if (!said.length) return false;
  const sourced = new Set([...f.sentence.matchAll(COUNT_MILESTONE)].map((m) => m[0].replace(/[,\s-]/g, '').toLowerCase()));
  return !said.some((m) => sourced.has(m));
}

/** A day that marks a span since an event: "today marks one year since the signing", "the tenth anniversary of". */
const ANNIVERSARY = /\b(?:marks?|marked|marking|celebrat\w+|commemorat\w+)\s+(?:(?:exactly|just)\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|\d+)\s+years?\s+(?:since|after|from)|(?:the\s+)?(?:\w+\s+)?anniversary)\b/i;

/** "The Government of Samoa today marks one year since the signing" dates the anniversary, not the signing a brief dates. */
function anniversaryOnlyInSource(claim: Claim, f: Fact): boolean {
  return ANNIVERSARY.test(f.sentence) && !/\banniversar/i.test(claim.clauseText);
}

/** What a statistic measures: the words of one group name the same figures. */
const STATISTICS: Array<[string, RegExp]> = [
  ['trade', /\b(?:trade\s+(?:figures|data|balance|statistics|numbers)|exports?|imports?|trade\s+(?:surplus|deficit))\b/i],
  ['manufacturing', /\b(?:manufacturing|factory|industrial\s+(?:output|production)|PMI)\b/],
  ['labour', /\b(?:jobs|employment|unemployment|payrolls)\b/i],
  ['prices', /\b(?:inflation|consumer\s+prices|CPI|producer\s+prices)\b/],
  ['output', /\b(?:GDP|gross\s+domestic\s+product)\b/],
];


/** Who meets, by rank: leaders, ministers, their deputies and officials. */
const LEVELS: Array<[string, RegExp]> = [
  ['leaders', /\b(?:leaders['’]?|heads\s+of\s+(?:state|government))(?!\w)/i],
  ['ministers', /\b(?:(?<!vice[- ])ministers['’]?|ministerial)(?!\w)/i],
  ['deputies', /\b(?:deputies['’]?|vice[- ]ministers?|senior\s+officials|working[- ]level)(?!\w)/i],
];

/**
 * "Officials plan a deputies' video call on 24 September" is not "| Sept. 19, 2025 | Leaders' call
 * (planned) |": a call or meeting named by the rank of who takes part is not one of another rank.
 */
function otherLevel(claim: Claim, f: Fact): boolean {
  return claim.kinds.some((k) => OCCASION_KINDS.has(k)) && namesOtherGroup(LEVELS, claim.clauseText, factClause(f));
}

/** The chambers and councils that vote: the words of one group name the same body. */
const CHAMBERS: Array<[string, RegExp]> = [
  ['parliament', /\b(?:MEPs?|European\s+Parliament|Parliament|lawmakers|plenary)\b/],
  ['council', /\b(?:(?<!General\s)Council|ambassadors|member\s+states|(?:EU\s+)?governments|Coreper)\b/],
  ['house', /\b(?<!White\s)House(?!\s+of\s+(?:Lords|Commons))\b/],
  ['senate', /\b(?:Senate|senators)\b/],
  // A parliament's two chambers by their rank or their names: "the lower house endorsed ratification"
  // is not "the Federation Council, the upper house of parliament, endorsed the ratification".
  ['lower', /\b(?:lower\s+(?:house|chamber)|(?:State\s+)?Duma|House\s+of\s+(?:Commons|Representatives)|Lok\s+Sabha|Bundestag|Chamber\s+of\s+Deputies|deputies|(?<!White\s)(?<!upper\s)House(?!\s+of\s+Lords))\b/],
  ['upper', /\b(?:upper\s+(?:house|chamber)|Federation\s+Council|House\s+of\s+Lords|Rajya\s+Sabha|Bundesrat|Senate|senators)\b/],
];

/**
 * When the brief's clause names one body that votes, or one measure a statistic is of, and the
 * source's clause only others, they tell two events: "MEPs backed the delay on 26 November" is not "|
 * 19 Nov 2025 | Council mandate | Ambassadors back a one-year delay |", nor the Senate's vote the
 * House's, nor "Statistics Canada released its September trade figures" its "monthly survey of
 * manufacturing".
 */
function otherBody(claim: Claim, f: Fact): boolean {
  const theirs = factClause(f);
  return cabinetAgainstLegislature(claim, f) || namesOtherGroup(CHAMBERS, claim.clauseText, theirs) || namesOtherGroup(STATISTICS, claim.clauseText, theirs) || committeeAgainstChamber(claim.clauseText, theirs) || committeeBeforeChamber(claim.clauseText, f);
}

const CABINET = String.raw`(?:[Cc]abinet|Council\s+of\s+Ministers)`;
const LEGISLATURE = String.raw`(?:Legislative\s+Assembly|National\s+Assembly|Parliament|[Ll]egislature|lawmakers|legislators|MPs|Congress|Senate)`;
const CABINET_FIRST = new RegExp(String.raw`^[\s|*•-]*(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,2}${CABINET}\b`);
const LEGISLATURE_FIRST = new RegExp(String.raw`^[\s|*•-]*(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,2}${LEGISLATURE}\b`);
const CABINET_NAMED = new RegExp(String.raw`\b${CABINET}\b`);
const LEGISLATURE_NAMED = new RegExp(String.raw`\b${LEGISLATURE}\b`);

/**
 * A government's cabinet is not its legislature: "Cabinet approved a seed subsidy … in early May" is
 * not "Tonga's Legislative Assembly on Thursday approved a cut in the levy". Only a body the brief
 * opens on, against the other named before the source's date and not its own.
 */
function cabinetAgainstLegislature(claim: Claim, f: Fact): boolean {
  const ours = leadOf(claim);
  const theirs = factLead(f, 80);
  if (CABINET_FIRST.test(ours)) return !LEGISLATURE_NAMED.test(claim.clauseText) && LEGISLATURE_NAMED.test(theirs) && !CABINET_NAMED.test(theirs);
  if (LEGISLATURE_FIRST.test(ours)) return !CABINET_NAMED.test(claim.clauseText) && CABINET_NAMED.test(theirs) && !LEGISLATURE_NAMED.test(theirs);
  return false;
}

/**
 * "Parliament had cleared the legislation last week, on November 22, after the Joint Standing
 * Committee on Treaties recommended ratification": the day is the chamber's act; the committee's came
 * before it, on a day the source does not give. So it does not date the brief's committee.
 */
function committeeBeforeChamber(ours: string, f: Fact): boolean {
  if (!COMMITTEE.test(ours)) return false;
  const at = Math.max(0, f.date.end - f.sentenceStart);
  const after = /,?\s+(?:after|following|once)\s/i.exec(f.sentence.slice(at));
  return !!after && committeeAgainstChamber(ours, f.sentence.slice(0, at + after.index));
}

const COMMITTEE = /\b(?:sub)?committees?\b/i;
const CHAMBER = new RegExp(CHAMBERS.map(([, re]) => re.source).join('|'));

/**
 * "Parliament's trade committee had recommended consent on November 5" is not "The European
 * Parliament on Wednesday gave its consent": a committee's vote is not its chamber's, nor the other
 * way round, though both name the chamber. (Not members questioning officials, as a committee does
 * at a hearing: "Philippine senators on Wednesday pressed trade and finance officials" is the Senate
 * trade committee's session.)
 */
function committeeAgainstChamber(ours: string, theirs: string): boolean {
  const committee = COMMITTEE.test(ours);
  if (committee && MEMBERS_QUESTIONED.test(theirs)) return false;
  return committee !== COMMITTEE.test(theirs) && CHAMBER.test(committee ? theirs : ours);
}
const MEMBERS_QUESTIONED = /\b(?:senators|lawmakers|MPs|MEPs|deputies|legislators)\b[^.;:]{0,40}\b(?:pressed|questioned|grilled|quizzed|summoned|interrogated)\b/;

/**
 * Where the brief puts someone, by an occasion it names with a word of its own: "appeared with Trump
 * at the fertility-drug announcement", "attended the Diwali reception" (not "at a meeting with", nor
 * "confirmed at a news conference", where the act is what the source tells).
 */
const AT_OCCASION = /\b(?:appear(?:s|ed)|attend(?:s|ed)|join(?:s|ed)|stood|st(?:and|ands)|was\s+present)\b[^.;:]{0,40}?\b(?:at\s+)?(?:the|a|an|his|her|their)\s+((?:[\w'’-]+\s+){1,3}?(?:announcement|ceremony|event|signing|summit|meeting|conference|briefing|launch|rally|dinner|hearing|forum|reception|roundtable|session))\b/i;

/**
 * The brief puts someone at an occasion its words name ("Oz appeared with Trump at the fertility-drug
 * announcement on October 16"): a source sentence that tells none of those words ("Oz told a
 * conference audience on Tuesday") tells of another occasion.
 */
function otherOccasionAttended(claim: Claim, f: Fact): boolean {
  const m = AT_OCCASION.exec(leadOf(claim));
  if (!m) return false;
  const told = new Set(contentTerms(f.sentence));
  return !contentTerms(m[1]).some((t) => told.has(t));
}

/** A duty named as the reciprocal rate, and one named as a layer on top of it. */
const RECIPROCAL_LAYER = /\breciprocal\b/i;
const EXTRA_LAYER = /\b(?:extra|additional|penalty|punitive|secondary|surcharge)\b/i;

/**
 * Two duties on the same goods at the same rate are told apart by their names: "the 25% reciprocal
 * duty on Indian imports came into force on 7 August" is not the "extra 25% penalty over Russian oil"
 * that came into force on 27 August (nor the other way round). Only where each names one of them.
 */
function otherLayerOfDuty(claim: Claim, f: Fact): boolean {
  const mine = claim.clauseText;
  const theirs = factClause(f).length >= 24 ? factClause(f) : f.sentence;
  const layer = (t: string) => (RECIPROCAL_LAYER.test(t) ? (EXTRA_LAYER.test(t) ? 'both' : 'reciprocal') : EXTRA_LAYER.test(t) ? 'extra' : undefined);
  const a = layer(mine);
  const b = layer(theirs);
  return (a === 'reciprocal' && b === 'extra') || (a === 'extra' && b === 'reciprocal');
}

/**
 * What the brief says its event went without: "approved the delay for good, without the "no risk"
 * category" (not a manner: "without delay", "without warning").
 */
const WITHOUT = /\bwithout\s+(?!(?:delay|warning|notice|fanfare|comment|explanation|ceremony|debate|objection|incident)\b)(?:the\s+|a\s+|an\s+|any\s+|its\s+|their\s+)?((?:["“'‘]?[\w'’-]+["”'’]?[ \t]*){1,3})/i;
/** A source sentence that tells the same thing gone, or not done: "after the "no risk" category is dropped", "again failed to agree". */
const GONE = /\b(?:without|fail(?:s|ed|ing)?\s+to|no\s+agreement|drop(?:s|ped|ping)?|remov(?:e|es|ed|ing|al)|scrap(?:s|ped|ping)?|delet(?:e|es|ed|ing)|minus|exclud(?:e|es|ed|ing)|strip(?:s|ped|ping)?|withdr[ae]w(?:n|s)?|no\s+longer)\b/i;

/**
 * The brief's event went without something the source's event had ("Parliament approved the delay
 * for good, without the "no risk" category" against "Parliament backs the delay but adds amendments,
 * including a "no risk" country category"): another step of the story.
 */
function lacksWhatTheSourceHas(claim: Claim, f: Fact): boolean {
  const m = WITHOUT.exec(claim.clauseText);
  if (!m) return false;
  const lacked = contentTerms(m[1]);
  if (!lacked.length) return false;
  const told = new Set(contentTerms(f.sentence));
  return lacked.every((t) => told.has(t)) && !GONE.test(f.sentence);
}

/** Short capitalised names of instruments and bodies: "SPS", "SAFE", "CBAM", "EUDR", "USTR". */
const ACRONYM = /\b[A-Z]{3,6}\b/g;
/** Capitals that name no instrument: time zones, currencies, titles, page furniture. */
const NOT_INSTRUMENTS = new Set('CEO CFO COO GDP USD EUR GBP CNY JPY RMB EST EDT CST CDT PST PDT GMT BST CET CEST KST JST UTC AEST IST LIVE NEWS FAQ PDF AFP USA'.split(' '));

function acronymsIn(text: string): Set<string> {
  return new Set([...text.matchAll(ACRONYM)].map((m) => m[0]).filter((a) => !NOT_INSTRUMENTS.has(a)));
}

/**
 * "signed off the SPS and carbon-market mandates" is not "signed off on the Security Action for
 * Europe instrument, known as SAFE": each names by its short name something the other does not.
 */
function otherAcronyms(claim: Claim, f: Fact): boolean {
  const said = acronymsIn(claim.clauseText);
  if (!said.size) return false;
  // Only a short name the source gives its subject ("known as SAFE", "the … instrument (SAFE)").
  const named = [...f.sentence.matchAll(NAMED_AS)].map((m) => m[1] ?? m[2]).filter((a) => !NOT_INSTRUMENTS.has(a));
  if (!named.length) return false;
  return ![...said].some((a) => f.sentence.includes(a)) && !named.some((a) => claim.sentenceText.includes(a) || spelledOutIn(a, claim.sentenceText));
}

/** A run of capitalised words: "North American Olive Oil Association", "Office of the Trade Representative". */
const CAPITALISED_RUN = /\b[A-Z][\w'’]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'’]*)+/g;

/** The text writes out the name a short one stands for: "The North American Olive Oil Association" for NAOOA. */
function spelledOutIn(acronym: string, text: string): boolean {
  for (const run of text.matchAll(CAPITALISED_RUN)) if (initials(run[0]).includes(acronym)) return true;
  return false;
}

/** "known as SAFE", "(SAFE)": the short name a source gives what it tells of. */
const NAMED_AS = /\b(?:known\s+as|called|dubbed)\s+(?:the\s+)?([A-Z]{3,6})\b|\(([A-Z]{3,6})\)/g;

/** Kinds of paper a signing is of; the words of one kind are names of the same paper. */
const DOCUMENTS: Array<[string, RegExp]> = [
  ['order', /\b(?:orders?|proclamations?|decrees?)\b/i],
  ['memorandum', /\b(?:memorand(?:um|a)|mou|mous)\b/i],
  ['law', /\b(?:laws?|bills?|acts?)\b/i],
  ['letter', /\bletters?\b/i],
  ['statement', /\b(?:(?:joint\s+)?statements?|communiqu[eé]s?|readouts?)\b/i],
];

/** Goods a measure is on; the words of one group name the same goods. */
const PRODUCTS: Array<[string, RegExp]> = [
  // ("the metals counter-tariffs": steel and aluminium, not the vehicles.)
  ['steel', /\b(?:steel|metals)\b/i],
  ['aluminium', /\b(?:alumin(?:i)?um|metals)\b/i],
  ['autos', /\b(?:autos?|cars?|vehicles?|automobiles?|automotive|EVs?)\b/i],
  // (Not a way of carrying goods: "forced grain onto trucks and trains".)
  ['trucks', /(?<!\b(?:onto|into|by|on|in)\s+)\btrucks?\b/i],
  ['copper', /\bcopper\b/i],
  ['timber', /\b(?:lumber|timber|wood|softwood)\b/i],
  ['furniture', /\b(?:furniture|cabinets?|vanities)\b/i],
  // (Not the drugs of a drug war: "an invasion of drugs and migrants", "fentanyl and other illegal drugs".)
  ['pharma', /\b(?:pharma\w*|medicines?|(?<!\b(?:fentanyl|illegal|illicit|street|narcotics?|migrants?)\b[^.;]{0,40})drugs?(?![^.;]{0,40}\b(?:migrants?|cartels?|traffick\w*|smuggl\w*|fentanyl|overdoses?)\b))\b/i],
  ['chips', /\b(?:semiconductors?|chips?)\b/i],
  ['soy', /\b(?:soybeans?|soya?)\b/i],
  ['pork', /\b(?:pork|pigs?|hogs?|swine)\b/i],
  ['beef', /\b(?:beef|cattle)\b/i],
  ['dairy', /\b(?:dairy|milk|cheeses?)\b/i],
  ['brandy', /\b(?:brandy|cognac)\b/i],
  ['canola', /\b(?:canola|rapeseed)\b/i],
  ['seafood', /\b(?:seafood|lobsters?|shrimps?|prawns?)\b/i],
  // A country's goods at large ("a 100% tariff on Chinese imports") are not one kind of goods.
  ['all goods', /\b(?:(?:all|most)\s+(?:imports|goods|products)|[A-Z][a-z]+(?:ese|an|ian|ish|i)\s+(?:imports|goods|products|exports))\b/],
];

/**
 * The claim and the source name no group of `groups` in common though both name one: "a shipbuilding
 * memorandum" is not "the executive order", "the autos proclamation" not "steel duties".
 */
function namesOtherGroup(groups: Array<[string, RegExp]>, claimText: string, sourceText: string): boolean {
  const ours = groups.filter(([, re]) => re.test(claimText));
  if (!ours.length) return false;
  const theirs = groups.filter(([, re]) => re.test(sourceText));
  return theirs.length > 0 && !ours.some((g) => theirs.includes(g));
}

/**
 * A signing is of one paper: "signed a shipbuilding memorandum in late October" is not answered by
 * "Trump signs the executive order" on Sept. 4, though both are signings by the same man. Nor is
 * what a paper did dated by another's: "the letter fixing South Africa's rate went out on 7 July" is
 * not "an Executive Order issued on 31 July confirmed the rate" (then only the source's own clause
 * counts: its sentence may name the letter as well).
 */
function sameDocument(claim: Claim, f: Fact): boolean {
  const moment = momentOfClaim(claim);
  if (moment === 'signing' || moment === 'paper' || /\bsign(?:s|ed|ing)?\b/i.test(claim.clauseText)) return !namesOtherGroup(DOCUMENTS, claim.clauseText, f.sentence);
  return !namesOtherGroup(DOCUMENTS, claim.clauseText, factClause(f));
}

/**
 * A measure is on some goods: "The autos proclamation was signed on March 26" is not answered by
 * "Steel duties restored … under proclamations signed February 10", though both are proclamations.
 */
function sameProducts(claim: Claim, f: Fact): boolean {
  // A clause that names no goods is about its sentence's ("| 16 June | Trump signs order applying
  // the UK car quota from 30 June |").
  const said = PRODUCTS.some(([, re]) => re.test(claim.clauseText)) ? claim.clauseText : claim.sentenceText;
  // "The comment period for the two probes closed on May 7": probes named in an earlier sentence,
  // which may be any but the brief's "truck probe".
  if (PLURAL_REFERENCE.test(f.sentence) && PRODUCTS.some(([, re]) => re.test(said)) && !PRODUCTS.some(([, re]) => re.test(f.sentence))) return false;
  return !namesOtherGroup(PRODUCTS, said, f.sentence);
}

/** Several cases a sentence points back at: "the two probes", "both investigations". */
const PLURAL_REFERENCE = /\b(?:both|the\s+(?:two|three|four|five|twin))\s+(?:[a-z-]+\s+)?(?:probes|investigations|inquiries|reviews|cases|proceedings)\b/i;

/** Words of a reaction to something: "welcomed the tariff cut", "condemned the curbs" (not "the appeals bench", a court). */
const REACTION = /\b(?:welcom|prais|hail|applaud|criticis|criticiz|condemn|denounc|slam|protest|reject|react|respond|object|decr(?:y|ie)|den(?:y|ie)|dismiss|refut|rebuff|disput|oppos|blast|lash|accus|challenged\b|challenging\b|(?<!\bof\s+)appeal(?:ed|s)\b(?!\s+(?:court|bench|chamber|panel|tribunal|judges?|body)\b)|fil(?:ed|es|ing)\s+(?:a|an)\s+(?:formal\s+|legal\s+)?(?:challenge|appeal|complaint|lawsuit|suit|petition)\b)\w*/i;

/** A saying of how its speaker took something: "said in a statement … that the country was 'disappointed'". */
const FELT_SAYING = /\b(?:said|says|told|stated|wrote|calling|called)\b[^.;]{0,80}\b(?:disappoint|regret|dismay|deplor|frustrat|unfair|unjust|discriminat|unacceptable|outrag|abuse\s+of|bully|coerci|protectionis)\w*/i;

/**
 * "The government welcomed the US tariff cut on 5 November" dates the welcome: a source that tells
 * only of the cut ("| US fentanyl tariff cut to 10% | Nov 10 |") does not answer it.
 */
function aboutTheReaction(claim: Claim, f: Fact): boolean {
  // "urged governments to reject the text on 3 September" dates the urging: a reaction in the
  // infinitive is what was asked for, not what was done.
  // Only the date's own clause: "Beijing's first reaction came on 11 September …; Sheinbaum answered
  // on 13 September" tells of a reaction before the semicolon, not in the clause of the 13th.
  const lead = leadOf(claim);
  // (Not a reaction whose date is the act's reacted to: "welcomes the joint announcement made
  // yesterday, Thursday 13 November".)
  if (!REACTION.test(lead.replace(/\bto\s+[a-z]+/g, ' ').replace(DISPUTE_NOUN, ' ')) || (REACTION.test(f.sentence) && !dayOfActReactedTo(f)) || FELT_SAYING.test(f.sentence)) return true;
  // "protested in a video call with Wang on 14 October": the call is what the date dates, and a
  // source's call with Wang answers it; "criticised the proposal before reporters" is answered by
  // the day he "told reporters" what he thought of it.
  // "Rania Al-Mashat … said on Saturday that the funds would support the budget": the day the one who
  // reacted spoke answers "Al-Mashat publicly welcomed the money on Sunday".
  const d = dateSpan(f);
  // (Or a body the brief names as its subject: "Mexico's economy ministry responded on 21 October"
  // against "Mexico's economy ministry said on Oct. 20 that …".)
  if (DISCLOSURE_BEFORE.test(f.sentence.slice(Math.max(0, d.start - 40), d.start)) && (sayerNamed(claim.clauseText, f.sentence.slice(0, d.start)) || subjectNamed(lead, f.sentence.slice(0, d.start)))) return true;
  const medium = REACTION_MEDIUM.exec(lead);
  return !!medium && new RegExp(`\\b${medium[1] ?? medium[2]}`, 'i').test(f.sentence);
}

/** The words of the brief's subject, before its reaction verb, all in the source's words before its date. */
function subjectNamed(lead: string, sourceLead: string): boolean {
  const at = lead.search(REACTION);
  const subject = at > 0 ? contentTerms(lead.slice(0, at).replace(/^[\s|*•-]+/, '')) : [];
  if (subject.length < 2) return false;
  const theirs = new Set(contentTerms(sourceLead));
  return subject.every((t) => theirs.has(t));
}

/** A person's full name in the claim whose surname the source names ("Rania Al-Mashat … said on"). */
function sayerNamed(claimText: string, sourceLead: string): boolean {
  for (const m of claimText.matchAll(FULL_NAME)) {
    const surname = m[0].split(/\s+/).pop()!;
    if (new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(sourceLead)) return true;
  }
  return false;
}
const FULL_NAME = /\b[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+/g;

/** "The dispute turned deadly": a dispute named is the quarrel itself, not a reaction to something. */
const DISPUTE_NOUN = /\b(?:the|a|an|this|that|its|their|trade|border|legal|long-running)\s+disputes?\b/gi;

/** Where a reaction was voiced: "in a video call", "at their meeting", "in a letter", "before reporters". */
const REACTION_MEDIUM = /\b(?:in|during|at|over)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(call|meeting|letter|conversation|speech|session|address|broadcast|interview)s?\b|\b(?:before|to|with)\s+(?:the\s+)?(reporters|journalists|press)\b/i;

/** A date that says how things stood: "As of this week", "by Friday". */
const AS_OF = /\b(?:as\s+of|as\s+at|by|until|up\s+to)\s+(?:the\s+)?$/i;
/** The clause after it says what had not happened: ", Commerce had not confirmed", "no licence had been issued". */
const NOT_YET = /^,?\s+(?:(?:no|not\s+a)\s+[^,;.:]{0,50}?\b(?:had|has|have|was|were)\b|[^,;.:]{0,60}?\b(?:had|has|have|was|were|is|are|did|does|do)(?:\s+still)?(?:\s+not\b|\s+never\b|n['’]t\b|\s+yet\s+to\b))/i;

/** A clause that says something did not happen. */
const NEGATION_WORDS = 'no|never|neither|nor|nothing|none';
// ("were not issued until early November" says they were issued then: a "not … until" is no negation;
// nor is "by no later than 17 May 2025" a limit's.)
const NOT_UNTIL_DATE = String.raw`(?![^,;.:]*\buntil\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?$)`;
const NEGATED = new RegExp(`(?:\\b(?:${NEGATION_WORDS})\\b(?!\\s+(?:later|earlier|sooner)\\s+than\\b)|\\bnot\\s+(?!later\\b|before\\b|until\\b|only\\b)${NOT_UNTIL_DATE}|n['’]t\\s+(?!until\\b)${NOT_UNTIL_DATE})[^,;.:]*$`, 'i');

/** "the third case since", "five rounds since", "its latest step since": a count of events since a day (a number counts when a noun follows it, not "on March 26, and … since", nor a year: "on 2 April 2025 and in force since", nor a rate: "a 10 percent baseline duty in place since"). */
const COUNTED_SINCE = /\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|latest|another|several|many|two|three|four|five|six|seven|eight|nine|ten|(?<!\d)\d{1,3}(?=\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:and|or|to|in|on|at|the|with|when|after|before|until|percent|per|pc|points?|billion|million|bn|tons?|tonnes?|dollars?|euros?|cents?)\b)[a-z]))\b[^.;:]{0,60}\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$/i;

const STATE_SINCE_DAY = /\b(?:has|have|had)\s+(?:been|stood|remained)\s+(?:open|closed|in\s+(?:force|place|effect)|suspended|available|active|valid|operational)\s+since\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$/i;

function firm(f: Fact): boolean {
  if (f.reliability === 'weak') return false;
  // A question ("or was it decided on the Sunday itself?") asserts no date.
  if (/\?["'”’)]*\s*$/.test(f.sentence)) return false;
  // A named deadline is a schedule in itself; an end after "until" ("would delay it until mid-April") may be hedged like any plan.
  if (f.curated === true || (f.kind === 'deadline' && !endsAState(factLead(f, 32)))) return true;
  // What hedges the date comes before it or right after it ("may visit Rome on July 3", "on July 3
  // could"); "talks ended on Thursday and a deal could come" is firm about Thursday.
  const from = Math.max(0, f.clauseStart - f.sentenceStart);
  // A hedge after a comma is the main clause's: "The bill, sent to Congress on September 9, would impose …".
  const dateEnd = f.date.end - f.sentenceStart;
  const comma = f.sentence.indexOf(',', dateEnd);
  const d = dateSpan(f);
  // "Gary Cohn said on Tuesday he would resign": the day of a saying; what was said may be hedged.
  // So may what was said before the saying: "The US will cut its tariff …, the two sides said in a
  // joint statement on Thursday" is firm about Thursday; the saying's own words, from the comma
  // before its verb, are its lead.
  const saying = sayingBefore(f.sentence, d.start, from);
  const to = saying ? d.start : Math.min(Math.max(from, f.clauseEnd - f.sentenceStart), dateEnd + 12, comma >= 0 ? comma : Infinity);
  // (Not a relative clause closed before the date: "has signed the treaty that will make Britain a
  // member, at a ceremony in Auckland on Sunday" is firm about Sunday.)
  // (Nor an aside of what lies ahead set off by commas: "The government's Smooth Transition Strategy,
  // a document meant to set out how Nepal will cope …, went through several drafts before the
  // cabinet endorsed it on 6 February 2025".)
  const lead = ((saying ? f.sentence.slice(Math.max(saying.from, f.sentence.lastIndexOf(',', saying.at) + 1), d.start) : f.sentence.slice(from, to)) || f.sentence).replace(RELATIVE_AHEAD_CLOSED, ',').replace(APPOSITIVE_AHEAD_CLOSED, ',');
  // "The Commission would review whether it still needed its safeguard, adopted in response to the
  // U.S. duties and made definitive in September 2002": a past participle set off after a comma tells
  // what was done, whatever the main clause hedges.
  const lastComma = f.sentence.lastIndexOf(',', d.start);
  if (lastComma > from && DONE_ASIDE.test(f.sentence.slice(lastComma + 1, d.start))) return true;
  if (SPECULATIVE.test(lead)) return false;
  // "mentioned January 2021 as a working target": a day named as an aim is no day anything happened.
  if (AS_AN_AIM.test(f.sentence.slice(d.end, d.end + 40))) return false;
  // "Canada's third WTO case against its neighbour since early March": a count since a day, not the
  // day of any one of them.
  // (Not a state since the day: "whose first call for proposals has been open since Dec. 1".)
  const beforeDate = f.sentence.slice(Math.max(0, d.start - 80), d.start);
  if (COUNTED_SINCE.test(beforeDate) && !STATE_SINCE_DAY.test(beforeDate)) return false;
  // "offered instead … in the months after the U.S. tariff doubled last August": the act filled a
  // stretch after the date, which only bounds it.
  if (STRETCH_AFTER.test(f.sentence.slice(Math.max(0, d.start - 120), d.start))) return false;
  // "no proclamation … was published before or after October 1": a date of what did not happen
  // (a negation with no comma between it and the date governs it).
  if (negatedDate(f)) return false;
  // "As of this week, Commerce had not publicly confirmed any licences": how things stood on that
  // day, of what had not yet happened.
  if (AS_OF.test(f.sentence.slice(Math.max(0, d.start - 12), d.start)) && NOT_YET.test(f.sentence.slice(d.end, d.end + 90))) return false;
  // "was preparing to | announce his resignation by the end of August": the plan opens just before the clause.
  if (PLAN_OPENS.test(f.sentence.slice(Math.max(0, from - 40), from + 12)) || PLAN_WAS.test(f.sentence.slice(0, d.start))) return false;
  // A tariff's start is a schedule in itself, and so is any measure's set start ("Separate controls on
  // … graphite anode items will apply from Nov. 8"); any other plan can be moved.
  // (So is a stop or a reopening set "from" a day: "processing … will be temporarily paused from Monday, 14 July 2025".)
  return f.kind === 'tariff' || !PLANNED.test(lead) || (MEASURE_STARTS.test(lead) && MEASURE_NOUN.test(f.sentence)) || SET_FROM.test(lead);
}
/** A change set to hold from a day: "will be temporarily paused from", "shall be lifted with effect from". */
const SET_FROM = /\b(?:will|shall)\s+be\s+(?:temporarily\s+|fully\s+|formally\s+|partially\s+)?(?:paused|suspended|halted|stopped|closed|lifted|removed|imposed|introduced|banned|prohibited|reopened|resumed)\s+(?:from|with\s+effect\s+from|as\s+of|effective)\b/i;
/** A stretch of time after another event, up to the date: "in the months after the tariff doubled last". */
const STRETCH_AFTER = /\b(?:in|over|during)\s+the\s+(?:(?:first|following|next)\s+)?(?:few\s+)?(?:days|weeks|months|years)\s+(?:after|following|since)\b[^;:]{0,100}$/i;

/** Right after a date: it is named as an aim ("as a working target", "as the goal"), not a day of an event. */
const AS_AN_AIM = /^,?\s+as\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+)?(?:target|goal|aim|objective|ambition|possible\s+date|target\s+date)\b/i;
/** An aside naming a thing by what it is for, closed by a comma: ", a document meant to set out how Nepal will cope with …,". */
const APPOSITIVE_AHEAD_CLOSED = /,\s+(?:a|an)\s+[^,;]{1,160}?\b(?:will|would|shall)\b[^,;]*,/g;
/** A relative clause of what lies ahead, closed by a comma ("the treaty that will make Britain a member,"); not what was said ("said that it will …"). */
const RELATIVE_AHEAD_CLOSED = /(?<!\b(?:said|says|say|announced|announces|warned|warns|stated|confirmed|added|noted|expects?|expected|hopes?|hoped|believes?|believed|told\s+[\w-]+))\s+(?:that|which|who)\s+(?:will|would)\b[^,;]*,/g;

const MEASURE_STARTS = /\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled)\s+to)\s+(?:(?:only|then|now|also|in\s+full)\s+)*(?:apply|take\s+effect|enter\s+into\s+force|come\s+into\s+force|kick\s+in|start|begin|rise|increase|go\s+up|fall|drop|(?:have|need)\s+to\s+comply)\b/i;
const MEASURE_NOUN = /\b(?:controls|curbs|limits|duties|tariffs?|quotas?|ban|rules|restrictions|requirements?|levy|surcharge|surtax(?:es)?|agreement|protocol|treaty|accord|ceiling|cap|regulations?|obligations|(?:duty|tariff)\s+rates?|rates\s+on)\b/i;

/** An aside of what was done, up to the date: a past participle right after the comma, and no plan in it. */
const DONE_ASIDE = /^\s*(?:(?:first|later|then|formally|finally|originally|jointly)\s+)?(?!(?:expected|scheduled|planned|slated|proposed|intended|targeted|earmarked|mooted|tipped|pencill?ed|supposed|designed|aimed)\b)(?:[a-z]{3,}ed|set\s+up|built|made|signed|won|held|begun|taken|given|brought|struck|sold|sent|shut)\b(?![^,;]*\b(?:would|will|may|might|could|expected|scheduled|due|set\s+to|planned|not|never|no)\b)[^,;]*$/;

/** The date is of what did not happen: a negation before it in its clause with no comma between. */
function negatedDate(f: Fact): boolean {
  // (Asked of every candidate of every claim: read once per fact.)
  let v = negatedOf.get(f);
  if (v === undefined) {
    const d = dateSpan(f);
    let lead = f.sentence.slice(Math.max(Math.max(0, f.clauseStart - f.sentenceStart), d.start - 100), d.start);
    // ("we will not negotiate while the case Mexico filed at the Court on 11 April is pending": a
    // clause of its own, with its own subject, holds the date; the main clause's "not" is not its.)
    const own = lastMatch(OWN_SUBORDINATE, lead);
    if (own !== undefined) lead = lead.slice(own);
    negatedOf.set(f, (v = NEGATED.test(lead)));
  }
  return v;
}
const negatedOf = new WeakMap<Fact, boolean>();
/**
 * A clause of time or cause with a subject of its own: "while the case", "because Mexico". (Not
 * "since": "has not changed much since the extra duties … were removed on November 10" leans on
 * the "not".)
 */
const OWN_SUBORDINATE = /\b(?:while|whereas|because|once|after|before|when)\s+(?=(?:the|a|an|its|their|his|her|he|she|it|they|we)\s|\p{Lu})/gu;

/**
 * Two day ranges ("from September 15 to 16" against "from September 14 to 15") agree only when the
 * brief's lies within the source's: overlapping is not enough. A single day within a range agrees.
 */
/** Years a brief's date may stand from the sources' own year and still lend it to a yearless source date. */
const YEARLESS_REACH_YEARS = 1;

/** A date named from the page's own day: "last October", "next March", "this June". */
const RELATIVE_LEAD = /^(?:last|next|this|past|coming)\s/i;
/** Years after the latest year an undated page names that it may still have been written in. */
const PAGE_YEAR_REACH = 2;

/** Whether `year` is the latest year the fact's page names, or up to two after it. */
function withinPageYears(year: number, corpus: Derived, f: Fact): boolean {
  let floor: number | undefined;
  for (const x of documentFacts(corpus, f.path)) {
    if (x.yearKnown && x.date.resolution === 'explicit' && /^\d{4}/.test(x.date.value)) floor = Math.max(floor ?? 0, Number(x.date.value.slice(0, 4)));
  }
  return floor !== undefined && year >= floor && year <= floor + PAGE_YEAR_REACH;
}

/**
 * A yearless day written with its weekday ("in Canberra on Monday, June 18" on an undated page) falls
 * on that weekday in `year`: a year it can be of, whatever the years the corpus speaks of (June 18
 * was a Monday in 2012, 2018 and 2029, and in no year between).
 */
function weekdayFallsInYear(f: Fact, year: number): boolean {
  const { weekday, month, day } = f.date;
  return weekday !== undefined && month !== undefined && day !== undefined && f.date.precision === 'day' && isValidDate(year, month, day) && weekdayOf(year, month, day) === weekday;
}

/** "at the end of", "by the end of the day on": what follows is a day whose end is meant. */
const END_OF_DAY = /\b(?:at|by|on|until|till|through)\s+the\s+end\s+of\s+(?:the\s+day\s+(?:on\s+)?)?$/i;

/** A day whose event ran into the night after it ("on March 17 after a late-night session"), or began in the small hours ("in the early hours of 18 March"). */
const NIGHT_AFTER = /^,?\s+(?:after|following|at\s+the\s+end\s+of|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:late[-\s]night|overnight|all[-\s]night|night[-\s]long)\b/i;
const SMALL_HOURS_BEFORE = /\b(?:early|small|wee)\s+hours\s+of\s+(?:the\s+)?$/i;

/** Whether the source's day ran into the next (`later`) or began in the night before it. */
function acrossMidnight(f: Fact, later: boolean): boolean {
  const d = dateSpan(f);
  return later ? NIGHT_AFTER.test(f.sentence.slice(d.end, d.end + 60)) : SMALL_HOURS_BEFORE.test(f.sentence.slice(Math.max(0, d.start - 30), d.start));
}

/** Hours from midnight within which a clock time may be the adjacent day somewhere else. */
const MIDNIGHT_HOURS = 3;

/** A source's clock time within a few hours of midnight (not midnight itself), and a cited day that is the day beside it. */
function nearMidnightOf(value: string, cited: Reach): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(value);
  if (!m || cited.from !== cited.to) return false;
  const day = dayNumber(Number(m[1].slice(0, 4)), Number(m[1].slice(5, 7)), Number(m[1].slice(8, 10)));
  const hour = Number(m[2]);
  // (Midnight itself, T24:00 or T00:00, is the day the source gives it: "took effect at midnight".)
  return (hour >= 24 - MIDNIGHT_HOURS && hour < 24 && cited.from === day + 1) || (hour > 0 && hour < MIDNIGHT_HOURS && cited.from === day - 1);
}

function relateSpans(claim: Claim, f: Fact, cited: Reach, source: Reach, corpus?: Derived): ReturnType<typeof relate> {
  const rel = relate(cited, source);
  const corpusYear = corpus?.dominantYear;
  // "lost its place in the F-35 programme in July 2019" against an undated page's "the 15% tariff that
  // has applied since August 7": a yearless date is read in the brief's year only near the year the
  // sources speak of; years away, the guess would set a story of now against history.
  // (A year guessed for the source's page, from the corpus's sources near it, is nearer the truth
  // than the corpus's commonest year: a folder may span 2021 to 2024.)
  // (Nor than the page's own years: an undated page that names 2021 as its latest year, "since 2021",
  // was written in 2021 or after; a brief's year just after that may be its own, "set for March 23,
  // 2023" against its "on Friday, March 24", in a corpus of 2020 to 2023.)
  // (Nearer still: the year dated sources give the days the page shares with them.)
  const guessed = /^\d{4}/.test(f.date.value) ? Number(f.date.value.slice(0, 4)) : (corpus && agreedPageYear(corpus, f.path, documentFacts(corpus, f.path))) || corpusYear;
  const year = claim.cited.year;
  // "rules issued last October" on a page with no date: its year is the page's shifted, not the
  // brief's, so no guess of it can contradict the writer.
  if (rel === 'conflict' && !f.yearKnown && RELATIVE_LEAD.test(f.date.text)) return 'incomparable';
  // "opened the 2024 marketing season on Monday, 8 April 2024" against an undated page's "Malawi's
  // 2025 auction season had barely found its rhythm … opened the Lilongwe floors on 9 April": the
  // page names another season's year for its yearless day.
  if (rel === 'conflict' && !f.yearKnown && corpus && otherSeasonNamed(claim, f, corpus)) return 'incomparable';
  if (rel === 'conflict' && !f.yearKnown && year !== undefined && guessed !== undefined && Math.abs(year - guessed) > YEARLESS_REACH_YEARS && !(guessed === corpusYear && corpus && withinPageYears(year, corpus, f)) && !weekdayFallsInYear(f, year)) return 'incomparable';
  // A hedged range ("around June 9–10") was widened by `roughly`: it need not lie within the source's.
  const bothRanges = claim.cited.mention.precision === 'range' && f.date.precision === 'range' && cited.fine && source.fine && !ROUGHLY.test(leadOf(claim));
  if (rel === 'compatible' && bothRanges && (cited.from < source.from || cited.to > source.to)) return 'conflict';
  // "The 10th round opened in Brussels on March 11" against "was held in Brussels from 10 to 14
  // March": the day an occasion opened or closed is its range's first or last day, not any inside.
  if (rel === 'compatible' && cited.fine && cited.from === cited.to && f.date.precision === 'range' && source.fine && source.to > source.from) {
    const lead = leadOf(claim).slice(-60);
    // (The verb nearest the date tells which: "collapsed at the auction that opened on" is its opening.)
    const opened = OPENED_ON.exec(lead);
    const closed = CLOSED_ON.exec(lead);
    const which = opened && (!closed || opened.index > closed.index) ? 'first' : closed ? 'last' : undefined;
    if (which === 'first' && cited.from !== source.from) return 'conflict';
    if (which === 'last' && cited.from !== source.to) return 'conflict';
  }
  // "Taiwanese customs gave an extension … until the middle of August", told in February: a limit a
  // past act set, put by the tool in the year ahead of the page, may as well be the one before; a
  // brief that writes the year before is not contradicted by the guess.
  if (rel === 'conflict' && f.date.resolution === 'year-inferred' && f.date.future && claim.cited.yearSource === 'explicit' && PAST_ACT_UNTIL.test(factLead(f, 80)) && relate(cited, shiftYears(source, -1)) === 'compatible') return 'incomparable';
  // "June 28" in a brief that never gives its year is not contradicted by a source's June 28, 2024:
  // the year was the tool's guess, not the writer's.
  if (rel === 'conflict' && claim.cited.yearSource !== 'explicit' && GUESSED_YEAR_SHIFTS.some((y) => relate(cited, shiftYears(source, y)) === 'compatible')) return 'incomparable';
  // "AGOA expired on 30 September" against "the loss of AGOA in October": the last day of a month
  // and the whole month after it meet at the turn (what lapsed on the 30th is gone in October). Not
  // the other way: "since 1 September" is no start "from August"; and a day against a day stays exact.
  const [day, month] = cited.fine ? [cited, source] : [source, cited];
  if (rel === 'conflict' && day.fine && !month.fine && day.to + 1 === month.from) return 'incomparable';
  // "came into force … at 11 p.m. British time on Thursday, which is midnight in Brussels" against
  // "applied from 1 January": a clock time near midnight is the next (or the previous) day in
  // another time zone, so it does not contradict the day beside it.
  if (rel === 'conflict' && nearMidnightOf(f.date.value, cited)) return 'incomparable';
  // "The temporary cut expired at the end of Monday" against "the 33% rate returned on Tuesday": a
  // day's end is the next day's start.
  if (rel === 'conflict' && cited.from === cited.to && source.from === source.to && cited.from === source.to + 1 && END_OF_DAY.test(f.sentence.slice(Math.max(0, f.date.start - f.sentenceStart - 40), f.date.start - f.sentenceStart))) return 'incomparable';
  // "struck a provisional deal on March 17 after a late-night session": the night ran into the 18th,
  // which another source may give; and "in the early hours of 18 March" was still the 17th's night.
  if (rel === 'conflict' && cited.from === cited.to && source.from === source.to && Math.abs(cited.from - source.from) === 1 && acrossMidnight(f, cited.from > source.from)) return 'incomparable';
  // "wrapped up three days of talks in Washington on Friday" spans the three days to Friday: the
  // middle one is one of them (not for a brief that dates the end itself).
  // (The span is read first: most sentences tell none, and the claim's moment costs more.)
  if (rel === 'conflict' && cited.fine && source.fine) {
    const n = daysEndedBy(f);
    if (n > 1 && cited.from >= source.from - (n - 1) && cited.to <= source.to && momentOfClaim(claim) !== 'end' && !ENDED_IN_CLAIM.test(leadOf(claim))) return 'compatible';
  }
  return rel;
}

/** The brief's occasion opened or closed on its day: "opened in Brussels on", "wrapped up on". */
const OPENED_ON = /\b(?:opened|began|started|kicked\s+off|got\s+under\s*way|convened)\b[^,.;:]{0,40}\b(?:on|in)\s+(?:the\s+)?$/i;
const CLOSED_ON = /\b(?:wrapped\s+up|wound\s+up|(?:drew|came)\s+to\s+a\s+close|ended|concluded|closed|finished|broke\s+(?:up|down)|collapsed)\b[^,.;:]{0,40}\b(?:on|in)\s+(?:the\s+)?$/i;

/** "wrapped up three days of talks … on": a span ended on the date, and how many days it ran. */
const DAYS_ENDED = /\b(?:wrapp(?:ed|ing)\s+up|end(?:ed|ing)|conclud(?:ed|ing)|clos(?:ed|ing)|finish(?:ed|ing)|complet(?:ed|ing))\s+(two|three|four|five|six|seven|\d)\s+days\s+of\b[^.;:]{0,120}$/i;

/** A brief that tells the end: "wrapped up their talks on", "concluded on", "broke up … on". */
const ENDED_IN_CLAIM = /\b(?:wrapp(?:ed|ing)\s+up|wound\s+up|collapsed|ended|conclud(?:ed|ing)|closed|finish(?:ed|ing)|complet(?:ed|ing)|broke\s+up)\b/i;

function daysEndedBy(f: Fact): number {
  const m = DAYS_ENDED.exec(f.sentence.slice(0, dateSpan(f).start));
  return m ? (/^\d/.test(m[1]) ? Number(m[1]) : wordNumber(m[1].toLowerCase())) : 0;
}

/** A clause that opens on the day someone was asked or spoke: "Asked on Monday, October 27, whether …". */
const ASKED_ON = /^\s*(?:[-*•]\s+)?(?:when\s+)?(?:asked|questioned|pressed|interviewed|speaking)(?:\s+(?:by|at|during|in|to)\s+[^,;.]{1,40}?)?\s+(?:on|at)\s+(?:the\s+)?$/i;
/** A source's sentence that tells someone speaking. */
const SAYING_FACT = /\b(?:said|says|told|tells|asked|answered|replied|responded|interview(?:ed|s)?|press\s+conference|briefing|remarks|spoke|speaking)\b/i;

/** "Watch for a ministerial follow-up in early December": a forecast, which no source can yet contradict. */
const FORECAST = /^\s*(?:[-*•]\s*)?(?:(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__):?\s*)?(?:watch|look)\s+(?:out\s+)?for\b/i;

/**
 * "may open a review", "could come": what might happen, not what did or is set to. So is what was
 * expected: "Exporters expected the harvest to start reaching mandis in October 2024", and who is
 * ("Šefčovič is expected in Washington in mid-November"), and what is being planned ("The device
 * cluster is planning a trade mission to Mexico City and Bogota in February 2026").
 */
const MAY_AHEAD = /\b(?:(?:may|might|could)\s+(?!have\b|not\s+have\b|well\s+have\b)(?:[a-z]+ly\s+)?[a-z]{3,}|(?:expect(?:s|ed|ing)?|anticipat(?:es|ed|ing)|forecast(?:s|ing)?|project(?:s|ed|ing))\s+(?:(?:that\s+)?[\w'’-]+\s+){0,6}?to\s+[a-z]{3,}|(?:is|are)\s+(?:still\s+|now\s+)?expected\s+(?:in|at|back)\b|(?:is|are)\s+(?:still\s+|now\s+)?planning\s+(?:a|an|to)\b)/i;

/**
 * The claim's own clause says what may happen around a coarse date ("USTR may open a review in late
 * January"): a guess at timing. A day is kept ("may move steel to 50% from 9 August" names the day a
 * right opens, which the sources do date).
 */
function mayHappen(claim: Claim): boolean {
  const p = claim.cited.mention.precision;
  return p !== 'day' && p !== 'range' && p !== 'time' && MAY_AHEAD.test(claim.clauseText.slice(0, Math.max(0, claim.cited.mention.start - claim.clause.start)));
}

/**
 * "the cutting season for Valentine's Day on 14 February": a date that names a holiday of the
 * calendar is no event the sources date. (Not "Liberation Day", which names an act.)
 */
const HOLIDAY_BEFORE = /\b(?:Valentine['’]?s\s+Day|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday))?|Thanksgiving(?:\s+Day)?|Halloween|Independence\s+Day|Labou?r\s+Day|Mother['’]?s\s+Day|Father['’]?s\s+Day|Diwali|Lunar\s+New\s+Year|Golden\s+Week|Boxing\s+Day|Bastille\s+Day)\s*,?\s+(?:on|falls\s+on|fell\s+on|is|was)?\s*$/;

export function judgeClaim(claim: Claim, corpus: Derived): ClaimVerdict {
  const cited = claim.cited;
  if (FORECAST.test(claim.sentenceText) || mayHappen(claim) || HOLIDAY_BEFORE.test(leadOf(claim))) return { claim, verdict: 'unsettled', evidence: [] };
  const citedReach = roughly(claim, reachOf(cited.mention, cited.yearSource === 'explicit', cited.year));
  // A disclosure of an earlier act ("disclosed on Sunday that the minister had issued an order")
  // dates the disclosure: it neither supports nor contradicts a brief's date of the act.
  const heard = matchFacts(claim, corpus);
  // "Asked on Monday, October 27, whether the bill would pass": the day a question was put, answered
  // only by a source's saying, not by the day the bill (or another) passed.
  const asked = ASKED_ON.test(leadOf(claim));
  // (Nor does a day that marks an anniversary of the act: "today marks one year since the signing".)
  const scored = (tellsOfSaying(claim) ? heard : heard.filter((m) => !disclosesEarlierAct(m.fact))).filter((m) => (!asked || SAYING_FACT.test(m.fact.sentence) || ['statement', 'interview'].includes(m.fact.kind)) && !anniversaryOnlyInSource(claim, m.fact));
  const matches = scored.filter(isMatch);
  if (!citedReach || !matches.length) return { claim, verdict: 'unsettled', evidence: heard.filter(isMatch).slice(0, 3) };
  // ("Officials said on Thursday that negotiators had closed the rules of origin chapter": a source
  // that tells, on the brief's day, that the act was done by then leaves that day open for it, and
  // another source's day for a wider event must not be set against it.)
  // (Only when it tells the brief's act at least as closely as any other source does, and the brief's
  // act is no signing, start or end, which sources date outright: "disclosed on Sunday that the
  // minister had issued an order" leaves nothing open against a timeline's "Minister Karremans signs
  // an order" of 30 September.)
  if (!definiteMoment(claim) && heard.some((m) => isMatch(m) && m.sharedTerms >= 2 && m.coverage >= matches[0].coverage && disclosesEarlierAct(m.fact) && givesClaimDay(m.fact, claim, citedReach))) return { claim, verdict: 'unsettled', evidence: matches.slice(0, 3) };
  // "Before June 5", "after June 1", "by June 2": a bound, not the day. Any source date on its side
  // supports it; one on the other side is not for this tool to call (the bound may be loose).
  // (Unless the brief's bound is a deadline and the best match is the source's own deadline for it:
  // "schedules are due by 31 October 2024" against "until 31 October 2025" is a day against a day.)
  const bound = boundOf(claim);
  // (The deadline may be a close match below the best: "Companies have until Dec. 1 to file" beside
  // "Companies certified after November 3, 2025 may request a refund".)
  if (bound && !(bound === 'upto' && matches.some((m) => m.score >= matches[0].score * PEER_RATIO && deadlineAgainstDeadline(claim, m)))) {
    const within = matches.filter((m) => {
      const r = factReach(m.fact, cited);
      return r && (bound === 'upto' ? r.to <= citedReach.to : r.from >= citedReach.from);
    });
    return { claim, verdict: within.length ? 'supported' : 'unsettled', best: within[0], evidence: within.length ? within : matches.slice(0, 3) };
  }
  // Curated facts outrank extracted ones when they speak to the claim at all.
  const curated = matches.filter((m) => m.fact.curated);
  // (What a source says did not happen on its day answers nothing: "Nothing changed in October".)
  // (Nor does another count's, when a source names the claim's own: "The 14th round is scheduled to
  // open in Brussels" says nothing of "The 10th round opened in Brussels", and must not hide the
  // 10th's own line.)
  const counted = matches.some((m) => namesSameOrdinal(claim.clauseText, m.fact));
  const pool = undoneLast(claim, rateFirst(claim, subjectFirst(claim, curated.length ? curated : matches, corpus))).filter((m) => !deniedOnlyInSource(claim, m.fact) && (!counted || sameOrdinal(claim.clauseText, m.fact)));
  if (!pool.length) return { claim, verdict: 'unsettled', evidence: matches.slice(0, 3) };
  const top = pool[0];
  const peers = pool.filter((m) => m.score >= top.score * PEER_RATIO);
  const relations = peers.map((m) => {
    const r = factReach(m.fact, cited);
    return { m, reach: r, rel: r ? relateSpans(claim, m.fact, citedReach, r, corpus) : ('incomparable' as const) };
  });
  // A month or part of one that holds the best match's own day ("late July" beside "2025-07-27"),
  // or a firm day of a close peer ("early September" beside "Sept. 7"), agrees with the claim only
  // as much as with that day: it is too coarse to speak for either.
  const days = citedReach.fine ? relations.filter((x, k) => x.rel === 'conflict' && x.reach?.fine && (k === 0 || firm(x.m.fact))) : [];
  // (Or a firm day further down that covers the claim well enough by itself: "At the end of May,
  // Hokuriku Motor announced it would idle one assembly line" beside "Hokuriku Motor … said on Friday
  // it would suspend output on one of the two assembly lines".)
  // (Only when no close match gives such a day: the pool's day must not stand beside another. Or
  // when a close match's day is another event's: "met in Nadi last November" beside "gathered … in
  // Nadi on Thursday, 14 November 2024", with "took effect on 1 January 2025" between them.)
  // (A week is read as finely as a day, but holds seven: "the following week" is as coarse here.)
  const coarse = (x: (typeof relations)[number]) => !!x.reach && (!x.reach.fine || x.m.fact.date.precision === 'week') && x.reach.to - x.reach.from <= MONTH_DAYS;
  if (citedReach.fine) {
    const heldByClose = days.length > 0;
    const holds = (r: Reach) => relations.some((x) => x.rel === 'compatible' && coarse(x) && x.reach!.from <= r.from && r.to <= x.reach!.to);
    for (const m of pool) {
      if (m.coverage < CONFLICT_COVERAGE || relations.some((x) => x.m === m) || !firm(m.fact)) continue;
      const r = factReach(m.fact, cited);
      if (r?.fine && relate(citedReach, r) === 'conflict' && (!heldByClose || holds(r))) days.push({ m, reach: r, rel: 'conflict' as const });
    }
  }
  const dayHeld = (x: (typeof relations)[number]) => (coarse(x) ? days.find((d) => x.reach!.from <= d.reach!.from && d.reach!.to <= x.reach!.to) : undefined);
  const slip = yearSlip(claim, scored, corpus);
  // (Not when a source sentence gives both of the brief's days: it tells the brief's story in its year.)
  if (slip && !bothDaysInOneSentence(claim, slip.best!.fact, scored, citedReach)) return slip;
  // A year ("earlier this year") holds any day of it: it speaks neither for nor against the brief's day.
  const wholeYear = (x: (typeof relations)[number]) => citedReach.fine && !!x.reach && x.reach.to - x.reach.from > YEAR_LIKE_DAYS;
  // "since April, when Beijing first required permits" on an undated page agrees with "April 2024"
  // only as read in the brief's year; a dated source's "in April" (2025) of a close match tells the year.
  const yearOnly = (x: (typeof relations)[number]) =>
    x.rel === 'compatible' && !x.m.fact.yearKnown && cited.yearSource === 'explicit' && relations.some((y) => y.rel === 'conflict' && y.m.fact.yearKnown && y.m.fact.date.resolution !== 'year-in-text' && /^\d{4}-/.test(y.m.fact.date.value) && y.m.fact.date.value.slice(4).startsWith(x.m.fact.date.value.slice(4)) && firm(y.m.fact));
  // The other dates of a match's own sentence, however they score: "since 5 April 2025, when the
  // baseline tariff announced three days earlier took effect" tells its start beside its announcement.
  const siblingsOf = (m: FactMatch) =>
    pool.filter((o) => o !== m && inSentenceOf(o, m)).map((o) => {
      const r = factReach(o.fact, cited);
      return { m: o, reach: r, rel: r ? relateSpans(claim, o.fact, citedReach, r, corpus) : ('incomparable' as const) };
    });
  // For the moment a sentence tells, every date of it, matched or not: "On 11 December 2024, Bern
  // announced that it would suspend the clause …, with effect from 1 January 2025". (An unmatched
  // date borrows the match's score: the brief's words were found in its sentence.)
  const sentenceMoments = (m: FactMatch) => [
    ...siblingsOf(m),
    ...sentenceFacts(corpus, m.fact)
      .filter((g) => g !== m.fact && !pool.some((o) => o.fact === g))
      .map((g) => {
        const r = factReach(g, cited);
        return { m: { ...m, fact: g }, reach: r, rel: r ? relateSpans(claim, g, citedReach, r, corpus) : ('incomparable' as const) };
      }),
  ];
  // "hoped the agreement could enter into force in the first quarter of 2026" does not bear out 20
  // January against "the agreement entered into force on 1 March 2026": a coarse hope gives way to a
  // firm day of the claim's moment.
  // (Nor an expectation of a quarter, "we expect the first loaded test train to reach the port during
  // the third quarter", when a firm day inside it answers: "rolled into the port … on Thursday, 14
  // August 2025". A month or less is left to the day it holds, below.)
  const hopeOutdone = (x: (typeof relations)[number]) =>
    !firm(x.m.fact) &&
    !x.reach?.fine &&
    !wholeYear(x) &&
    relations.some((y) => y.rel === 'conflict' && firm(y.m.fact) && !!y.reach?.fine && ((momentOfFact(y.m.fact) !== undefined && sameMoment(claim, y.m.fact)) || (!!x.reach && x.reach.to - x.reach.from > MONTH_DAYS && x.reach.from <= y.reach.from && y.reach.to <= x.reach.to)));
  // "the updated Papua LNG development plan fell due on 30 June 2025", whose best match moved the
  // deadline "from the end of June to 30 September": the day it was moved to answers the brief.
  // (Or another source moved it: "Written comments are due by June 27" beside a notice's "The
  // deadline for written comments, previously 27 June 2025, is moved to Friday, 11 July 2025".)
  // (Or the brief tells the limit lapsing on its day: "abandoned its pursuit on 22 May 2024, when its
  // deadline to make a firm offer expired", beside "originally 22 May 2024, was pushed back … to 29 May".)
  const awayFrom = relations[0]?.rel !== 'compatible' ? undefined : movedAwayFrom(claim, relations[0].m.fact) ? dayMovedTo(relations[0].m, corpus) : limitOf(relations[0].m.fact) && (LIMIT_WORD.test(leadOf(claim).slice(-60)) || LIMIT_LAPSED_WHEN.test(claim.clauseText)) && !supersededInClaim(claim) ? movedOnTo(relations[0].m, pool, corpus, cited) : undefined;
  const movedVerdict = awayFrom && judgeMovedDay(claim, awayFrom, corpus, citedReach);
  if (movedVerdict) return movedVerdict;
  // "Exporters now have until 31 August 2025 to register", against a notice's "no later than Monday
  // 30 June 2025": a source that extends the limit to the brief's day ("Today I am announcing that the
  // deadline is extended to 31 August 2025") bears the brief out, though it names little of it.
  const extendedTo = relations[0]?.rel === 'conflict' ? extendedToClaimDay(claim, pool, corpus, citedReach) : undefined;
  if (extendedTo) return { claim, verdict: 'supported', best: extendedTo, evidence: [extendedTo] };
  const supporting = relations.filter((x) => x.rel === 'compatible' && !dayHeld(x) && !wholeYear(x) && !yearOnly(x) && !journeyOnly(claim, x.m.fact) && !otherMoment(claim, x.m.fact) && !outToldMoment(claim, x.m.fact, relations, () => sentenceMoments(x.m)) && !reportOnly(claim, x.m.fact) && !dateOnlyOfAside(claim, x.m.fact, corpus) && !hopeOutdone(x) && !movedAwayFrom(claim, x.m.fact) && !movedFromTheSourcesDay(claim, x.m.fact) && !originalOnlyInSource(claim, x.m.fact) && !planMovedOffItsDay(claim, x, relations)).map((x) => x.m);
  if (supporting.length) return { claim, verdict: 'supported', best: supporting[0], evidence: supporting };
  // The best match was such a coarse date: the day it holds answers the claim in its place.
  // "The court, which had suspended her on July 1, removed her on 29 July": a source's July 1 is the
  // other date the sentence gives; the best match for this one is the next.
  // (Not a line that gives the claim's day as well: "| Jul 12 | Trump letter threatens 30% from Aug 1 |".)
  const sentenceGivesDay = (x: (typeof relations)[number]) => !!inBestSentence(x.m, scored, (o) => {
    const r = factReach(o.fact, claim.cited);
    return !!r && relate(citedReach, r) === 'compatible';
  });
  // (A yearless match that cannot be compared with the claim's year gives way to the next that can:
  // "March" beside "who had held the post since December 2020", for "since December 2019".)
  // (Nor a journey, for a brief about what was done at its end.)
  const candidates = relations.filter((x) => !yearOnly(x) && !journeyOnly(claim, x.m.fact) && (!restatesSibling(claim, x.m.fact) || sentenceGivesDay(x)));
  // (So does a bare year that a finer match puts the same: "2020" beside "the Phase One agreement
  // signed in January 2020", for "January 2021".)
  // (And a season, quarter or half that holds it: "in the spring" beside "on March 10, 2025".)
  const comparable = candidates.find((x) => x.rel !== 'incomparable' && !hopeOutdone(x));
  // (Or one that dates the next of its kind: "agreed to hold the next meeting of the Steering Committee
  // in the second half of the year", beside "Today, Friday, 25 April 2025, … hosted … a regular meeting".)
  // (And another actor's date of the same sentence gives way to the claim's actor's: "Liechtenstein's
  // parliament, the Landtag, approved the agreement in March, and Iceland's Althingi gave its consent
  // in the middle of last month", for "Liechtenstein's Landtag gave its consent on 5 May".)
  const othersInSentence = (x: (typeof relations)[number]) => !!comparable && comparable.m.fact.sentenceStart === x.m.fact.sentenceStart && comparable.m.fact.path === x.m.fact.path && !sameSubject(claim, x.m.fact, corpus) && sameSubject(claim, comparable.m.fact, corpus);
  const givesWay = (x: (typeof relations)[number]) => x.rel === 'incomparable' && !!comparable && (x.m.fact.date.value.startsWith('XXXX') || (!x.m.fact.yearKnown && comparable.m.fact.yearKnown) || /^\d{4}$/.test(x.m.fact.date.value) || partHolds(x.m.fact.date.value, comparable.m.fact.date.value) || (NEXT_OF_KIND.test(factClause(x.m.fact)) && !NEXT_OF_KIND.test(claim.clauseText)) || othersInSentence(x));
  // (And a whole year that holds the brief's day, "opened in mid-2024", gives way to a firm match as
  // fine as the brief that can answer it: "On 14 June 2024, the Minister signed Decision No. 1584
  // initiating an anti-dumping investigation".)
  // (Only to one nearly as close, and not when the year's own sentence gives the brief's day too:
  // "The first blueberry cargo of the 2025-26 campaign sailed from Chancay on 8 September".)
  const finer = candidates.find((x) => x.rel === 'conflict' && !wholeYear(x) && firm(x.m.fact));
  const yearGivesWay = (x: (typeof relations)[number]) =>
    x.rel === 'compatible' && wholeYear(x) && !!finer && finer.m.score >= YEAR_GIVES_WAY_SHARE * x.m.score && !sentenceGivesDay(x);
  const leading = candidates.find((x) => !givesWay(x) && !yearGivesWay(x) && !hopeOutdone(x)) ?? candidates[0] ?? relations[0];
  // (Of matches that tie, one of the claim's moment: "importers would have to pay deposits", said on
  // Friday, and "will have to lodge cash deposits … from September 10" score alike for "were required
  // to pay cash deposits from 5 September"; the start answers it.)
  // (Or, of the leading match's own sentence, its date of the claim's moment: "since 5 April 2025, when
  // the baseline tariff announced three days earlier took effect" answers "took effect on 2 April" at
  // its 5 April, not at the announcement's day.)
  const ofMoment = (x: (typeof relations)[number]) => x !== leading && momentOfFact(x.m.fact) !== undefined && sameMoment(claim, x.m.fact);
  const sentenceSibling = (x: (typeof relations)[number]) => sentenceMoments(x.m).find((o) => momentOfFact(o.m.fact) !== undefined && sameMoment(claim, o.m.fact));
  // (And a compatible match of another moment that a firm match of the claim's moment outtells gives
  // way to that match: "The National Executive today published Decree 318/2025 …, which reduces to
  // zero the export duty" on 2 May does not lead against "The zero rate applies to export declarations
  // registered from June 1" for "has applied to shipments since 2 May".)
  const outtoldBy = (x: (typeof relations)[number]) =>
    x.rel === 'compatible' && outToldMoment(claim, x.m.fact, relations, () => siblingsOf(x.m)) ? candidates.find((y) => y !== x && ofMoment(y) && y.rel === 'conflict' && firm(y.m.fact)) : undefined;
  const first = sameMoment(claim, leading.m.fact)
    ? leading
    : (candidates.find((x) => ofMoment(x) && x.m.score >= leading.m.score * TIE_SHARE && !givesWay(x)) ??
      (leading.rel === 'compatible' && momentOfFact(leading.m.fact) !== undefined ? sentenceSibling(leading) : undefined) ??
      // (Or of a leading match that cannot be compared with the brief's day: "although enacted in
      // mid-2024, it applied to revenue earned from January 1, 2022" answers "was made to apply to
      // revenue earned from 1 January 2021" at its start.)
      (leading.rel === 'incomparable' ? sentenceSibling(leading) : undefined) ??
      outtoldBy(leading) ??
      leading);
  const held = (first.rel === 'compatible' && dayHeld(first)) || first;
  // A hedged month that holds a firm day of a close match ("would rest on the … investigation into
  // truck imports launched in April" beside "Commerce opened a Section 232 investigation into trucks
  // … on April 22"): the day answers in its place.
  // (So does a week counted back, "when the Prime Minister was in Mumbai three weeks ago", that holds
  // the firm day a close match gives: "met in Mumbai on Thursday".)
  const bestRel = held.rel === 'conflict' && (!firm(held.m.fact) || WEEK_VALUE.test(held.m.fact.date.value)) ? (finerFirmPeer(relations, held) ?? held) : held;
  const best = bestRel.m;
  // The cheap tests first: most claims that reach here fall at the thresholds.
  const strong = bestRel.rel === 'conflict' && best.score >= CONFLICT_SCORE && best.coverage >= CONFLICT_COVERAGE && !denied(claim);
  const contradicts = (x: { m: FactMatch; reach?: Reach }) => {
    const f = x.m.fact;
    return (
      x.m.score >= CONFLICT_SCORE &&
      x.m.coverage >= CONFLICT_COVERAGE &&
      sameMoment(claim, f) &&
      !stateSinceBefore(claim, f, citedReach, x.reach) &&
      !manyDates(relations, x.m) &&
      aboutTheSaying(claim, f) &&
      !citedBeside(claim, f, citedReach) &&
      !monthNamedInClaim(claim, f) &&
      !sentenceGivesClaimDay(claim, x.m, scored, citedReach, corpus) &&
      !sameSourceAgrees(claim, x.m, scored, citedReach, corpus) &&
      !otherSourceAgrees(claim, f, scored, citedReach) &&
      !venueOnlyElsewhere(claim, f, scored, citedReach) &&
      !momentsPaired(claim, f, scored, citedReach) &&
      !bothDaysInOneSentence(claim, f, scored, citedReach) &&
      !sourcesDisagreeOnEvent(claim, f, scored, citedReach, corpus) &&
      !replacedInAnotherSource(claim, f, scored, citedReach, corpus) &&
      !figureToldElsewhere(claim, f, scored) &&
      !periodBeforeRelease(claim, f, citedReach, x.reach) &&
      !movedFromTheSourcesDay(claim, f) &&
      !movedPastTheSourcesLimit(claim, f, citedReach, x.reach) &&
      !pageIsTheDatedPaper(claim, f, corpus, citedReach) &&
      !anotherOfItsKind(claim, f) &&
      !actDeniedInSource(claim, f) &&
      !toldInALaterClause(claim, f) &&
      !toldInTheMainClause(claim, f) &&
      sameOccurrence(claim, f, corpus, citedReach, x.reach) &&
      moreThanNames(claim, f, corpus) &&
      !tellsAnotherEvent(claim, f, corpus)
    );
  };
  if (strong && !sameMoment(claim, best.fact)) {
    // "announced on November 6" against "announced on November 5 that, from November 10, …": the
    // sentence's date of the same moment (a saying, or a start) is the one to answer.
    const alt = inBestSentence(best, scored, (m) => sameMoment(claim, m.fact) && momentOfFact(m.fact) !== undefined);
    const verdict = alt && judgeAlternative(claim, alt, corpus, citedReach, (f) => aboutTheSaying(claim, f) && !citedBeside(claim, f, citedReach) && moreThanNames(claim, f, corpus) && clauseSharesMoreThanItsVerb(claim, f, scored));
    if (verdict) return verdict;
    // "signed at Chequers on July 25" whose best match tells the deal's conclusion "on May 6" (a
    // saying): the next close match that names the claim's moment ("today signed …") answers it.
    // Only for a moment as definite as a signing, a start or an end: "announced" names too many.
    // (Not when a close match of that moment agrees with the brief.)
    // (Past one that tells something else: "The reduced 15% U.S. tariff … took effect on Monday" is
    // not "the 39% rate took effect", which "It took effect on Aug. 7" answers.)
    const agreeing = () => relations.some((x) => x.rel === 'compatible' && sameMoment(claim, x.m.fact));
    // (Or any moment when that match tells nearly all the claim does: "China's Ministry of Commerce said
    // it would impose a 100% tariff on Canadian canola oil, canola meal and dried peas, along with a
    // 25% tariff on … pork" for "China announced 100% tariffs on canola oil, meal and peas, plus 25% on
    // pork and seafood", whose best match tells the tariffs applied since a later day.)
    const closeTelling = (x: (typeof relations)[number]) => x.m.coverage >= CLOSE_TELLING_COVERAGE && x.m.sharedTerms >= CLOSE_TELLING_TERMS;
    const next = relations.find((x) => x !== bestRel && x.rel === 'conflict' && (definiteMoment(claim) ? momentOfFact(x.m.fact) !== undefined : closeTelling(x)) && sameMoment(claim, x.m.fact) && firm(x.m.fact) && sameGoods(claim, x.m.fact) && contradicts(x));
    if (next && !agreeing()) return { claim, verdict: 'conflict', best: next.m, evidence: [next.m] };
    // "Registered exporters could first obtain permits at the border posts on 9 May 2025", whose best
    // match tells the start ("With effect from Monday, 12 May 2025, exporters … may … obtain export
    // permits"), which the brief does not name: a match nearly as close that gives the very same day
    // and tells it as the brief does ("began issuing permits at the border posts on 12 May") answers.
    const twin = relations.find((x) => x !== bestRel && x.rel === 'conflict' && x.m.score >= TIE_SHARE * best.score && sameReach(x.reach, bestRel.reach) && sameMoment(claim, x.m.fact) && firm(x.m.fact) && contradicts(x));
    if (twin && !agreeing()) return { claim, verdict: 'conflict', best: twin.m, evidence: [twin.m] };
    return { claim, verdict: 'unsettled', best, evidence: matches.slice(0, 3) };
  }
  // "passed the bill in first reading on 12 March 2025", whose best match is the law's "final
  // approval" on 26 March: a firm match of the pool that names the claim's own stage ("lawmakers
  // backed it in a first reading on February 12") answers it.
  if (strong && !sameStep(claim.clauseText, best.fact)) {
    const stage = stageOf(claim.clauseText);
    const staged = stage ? pool.filter((m) => m !== best && m.sharedTerms >= 2 && stageOf(factClause(m.fact)) === stage && firm(m.fact)) : [];
    // (Of two that score alike, the day: "on February 12" before "in mid-February".)
    const alt = staged.find((m) => m.score >= staged[0].score * TIE_SHARE && m.fact.date.precision === 'day') ?? staged[0];
    // (Not for a reaction to that stage: "condemned the preliminary ruling … on 21 July" is not dated
    // by the ruling's day.)
    const verdict = alt && judgeAlternative(claim, alt, corpus, citedReach, (f) => moreThanNames(claim, f, corpus) && aboutTheReaction(claim, f));
    if (verdict) return verdict;
  }
  // "The … Committee session hosted in Paramaribo wrapped up on 10 April 2025", whose best match is
  // the meeting's opening ("which opened in Paramaribo on Tuesday 8 April, concluded yesterday, 9 April
  // 2025"): the date its sentence gives the close answers it (and the other way round).
  if (strong && finishAgainstOpening(claim, best.fact)) {
    const finishing = FINISHED_BEFORE.test(leadOf(claim));
    // (Or a span's end after its start: "hearings held from 19 May 2025 to 22 May 2025".)
    const spanEnd = (x: Fact) => finishing && SPAN_FROM.test(factLead(best.fact, 40)) && x.date.start > best.fact.date.start && SPAN_TO.test(factLead(x, 12));
    const other = sentenceFacts(corpus, best.fact).find((x) => x !== best.fact && ((finishing ? FINISHED_BEFORE : OPENED_BEFORE).test(factLead(x, 40).replace(DAY_IN_APPOSITION, '')) || spanEnd(x)));
    const verdict = other && judgeAlternative(claim, { ...best, fact: other }, corpus, citedReach, () => true);
    if (verdict) return verdict;
  }
  // A hedged best match ("a statement released on Thursday morning" in a live blog read from
  // another time zone) that would contradict the claim if it were firm gives way to a firm match
  // nearly as close that gives the same date and contradicts it too.
  // (Or a firm match further down that bears its day out in a year of its own: "wrapped up … on
  // Wednesday" in a yearless wire beside the schedule's "from 7 to 9 April 2025".)
  // (A plan told in the past answers a brief of that plan: "was due to take effect on 1 November"
  // against "had been scheduled to take effect on Dec. 1".)
  const firmFor = (f: Fact) => firm(f) || planAgainstPastPlan(claim, f) || planAgainstPlan(claim, f);
  const peer = !strong || firmFor(best.fact) ? undefined : firmPeer(relations, bestRel);
  const echo = !strong || firmFor(best.fact) || peer ? undefined : datedEcho(pool, bestRel, cited, citedReach);
  const lead = !strong ? undefined : firmFor(best.fact) ? bestRel : (peer ?? echo);
  // (An echo only bears out the best match's day; what the claim says is the best match's to answer.)
  if (lead && contradicts(bestRel) && (lead === bestRel || lead === echo || contradicts(lead))) {
    // Of the dates of that sentence, the one written with the brief's event word may be the one meant.
    // Or the one the sentence gives the claim's own moment: "began to be collected on April 5" is
    // answered by "… announced a 25% tariff on March 26, and the duty has been collected since April 3"
    // at its April 3, not its March 26.
    const said = definiteMoment(claim);
    // (Unless that clause's duty is on narrower goods: "with duties on cars collected since 3 April"
    // does not date "Duties on car parts have applied since 3 May"; nor a hoped-for moment, nor a
    // coarser one than the brief's day: "said a deal could come before the end of the year".)
    const alt = besideKind(claim, lead.m, scored) ?? (said && momentOfFact(lead.m.fact) !== said ? inBestSentence(lead.m, scored, (m) => momentOfFact(m.fact) === said && sameGoods(claim, m.fact) && firm(m.fact) && asFine(m.fact, claim.cited, citedReach)) : undefined);
    const verdict = alt && judgeAlternative(claim, alt, corpus, citedReach, () => true);
    if (verdict) return verdict;
    // "asked Uzbekistan to table a revised offer … by the end of March", which another source says
    // was "extended from 31 March to 30 April 2025": the day it was moved to answers the brief.
    const movedTo = !alt ? movedOnTo(lead.m, pool, corpus, claim.cited) : undefined;
    const moved = movedTo && judgeMovedDay(claim, movedTo, corpus, citedReach);
    if (moved) return moved;
    // A duty on other goods than the claim's ("surtaxes on Chinese electric vehicles, which have been
    // in force since Oct. 1, 2024" against "the 25% steel and aluminum surtax") is another measure's day.
    if (!alt && claimGoods(claim.clauseText) && !sameGoods(claim, lead.m.fact)) return { claim, verdict: 'unsettled', best, evidence: matches.slice(0, 3) };
    const evidence = relations.filter((x) => x.rel === 'conflict' && firm(x.m.fact)).map((x) => x.m);
    // (An echo bore the best match out: the best match's own day is the one to suggest, unless the
    // echo gives a finer one.)
    return { claim, verdict: 'conflict', best: lead === echo && !(echo.reach?.fine && !bestRel.reach?.fine) ? best : lead.m, evidence: lead === echo ? [best, lead.m] : evidence };
  }
  // "met again in extraordinary session on Thursday afternoon, its second meeting of the week after
  // Monday's session, at which ministers had agreed to table an improved offer": the best sentence
  // dates the brief's event on a noun of its own ("Monday's session"), and that day answers the brief.
  // "The cut in the US tariff on Japanese cars to 15% took effect on September 4", whose best match
  // tells of other goods ("applied retroactively to goods entered on or after August 7"): a close firm
  // match that tells the claim's own event ("have faced a 15% tariff since September 16") answers it,
  // unless a close match agrees with the brief.
  // (So is a best match whose subject is another body: "the Court … gave a favourable opinion in
  // April, with the condition that the National Assembly approve the agreement" against "The National
  // Assembly gave its approval on 4 June 2025", beside "The National Assembly approved the Agreement
  // … on 22 May 2025".)
  const anotherEvent = strong && tellsAnotherEvent(claim, best.fact, corpus);
  const anotherSubject = strong && !anotherEvent && !sameSubject(claim, best.fact, corpus);
  if (anotherEvent || anotherSubject) {
    // (A match of the claim's own subject need cover it only as a conflict must, when it shares more
    // than a word or two of the act: "Liechtenstein's government gave its go-ahead for signature" is
    // not answered by the signing that names Liechtenstein, beside another government's approval.)
    const covers = anotherSubject ? CONFLICT_COVERAGE : OTHER_EVENT_COVERAGE;
    const ofTheAct = (x: FactMatch) => !anotherSubject || (x.sharedTerms >= SUBJECT_MATCH_TERMS && sameSubject(claim, x.fact, corpus));
    // (Covering the claim well on its own, and dating its sentence's own act, not a relative clause's
    // about a thing it names, "suspend … the controls that Beijing unveiled on Oct. 9", nor a day a
    // "when" gives to another event.)
    // (Of the best match's own sentence, one that covers the claim as a conflict must: "announced on
    // Sept. 7 that he would step down, taking responsibility for his party's loss … in July".)
    const other = [...relations, ...siblingsOf(best)].find((x) => x !== bestRel && x.rel === 'conflict' && firm(x.m.fact) && ((x.m.score >= PEER_RATIO * best.score && x.m.coverage >= covers && ofTheAct(x.m)) || (inSentenceOf(best, x.m) && x.m.coverage >= CONFLICT_COVERAGE)) && !RELATIVE_CLAUSE_DAY.test(factLead(x.m.fact, 80)) && !DAY_OF_ANOTHER.test(x.m.fact.sentence.slice(dateSpan(x.m.fact).end)) && contradicts(x));
    // (A whole year that holds the brief's day agrees with no day: "the 2025 US programme".)
    if (other && !relations.some((x) => x.rel === 'compatible' && !wholeYear(x) && sameMoment(claim, x.m.fact))) return { claim, verdict: 'conflict', best: other.m, evidence: [other.m] };
  }
  const ownNoun = strong ? nounDatedInSource(claim, best.fact, corpus) : undefined;
  const byNoun = ownNoun && judgeAlternative(claim, ownNoun, corpus, citedReach, () => true);
  if (byNoun) return byNoun;
  // "formally launched FTA negotiations in Riyadh on 23 June 2022", whose best match is the sixth
  // round "in Riyadh" of February 2024: a match far from the brief's day (past two months, and no
  // year slip) tells another occurrence, and a close match near the day answers the brief instead.
  // (Not when a match half as close gives the brief's day, even one not counted as support: "The
  // Council adopted the regulation on 30 May 2022" against "first suspended duties … in June 2022".)
  // (A coarser date that holds the day, "The negotiations began in June 2022", gives no day.)
  // (A day given to another moment of the thing is not the brief's: "signed on 19 May" does not keep
  // "appeared in the Official Gazette on 19 May 2021" from the gazette's 20 May.)
  const givesDay = (m: FactMatch) => {
    const r = factReach(m.fact, claim.cited);
    return fineAs(r, citedReach) && relate(citedReach, r!) === 'compatible' && !otherMomentOfThing(claim, m.fact);
  };
  // A firm conflicting match nearly as close as the best, where it reaches.
  const runnerUp = (where: (r: Reach) => boolean) => relations.find((x) => x !== bestRel && x.rel === 'conflict' && !!x.reach && where(x.reach) && x.m.score >= NEAR_MATCH_SHARE * best.score && firm(x.m.fact));
  const farOff = strong && !!bestRel.reach && !closeEnough(citedReach, bestRel.reach) && !scored.some((m) => m.score >= (NEAR_MATCH_SHARE / 2) * best.score && givesDay(m));
  const near = farOff ? runnerUp((r) => closeEnough(citedReach, r)) : undefined;
  if (near && contradicts(near)) return { claim, verdict: 'conflict', best: near.m, evidence: [near.m] };
  // "Milei met Trump at the White House on 14 September 2025", whose best match tells the visit
  // inside another act's clause ("The remark came five days after Milei visited the White House on
  // October 14"): a close firm match that gives the very same day in a clause of its own answers it.
  // (Not when the best match tells another event: "Farrell flew home overnight" does not let "a final
  // push in Osaka … ended on 29 October" answer "Farrell flew to Osaka on Friday".)
  const sameDay = strong && !near && !tellsAnotherEvent(claim, best.fact, corpus) ? runnerUp((r) => sameReach(r, bestRel.reach)) : undefined;
  if (sameDay && contradicts(sameDay)) return { claim, verdict: 'conflict', best: sameDay.m, evidence: [sameDay.m] };
  const voucher = strong && !lead ? voucherOf(relations, bestRel) : undefined;
  if (voucher && sameMoment(claim, voucher.m.fact) && contradicts(bestRel)) return { claim, verdict: 'conflict', best, evidence: [best, voucher.m] };
  return { claim, verdict: 'unsettled', best, evidence: matches.slice(0, 3) };
}

/** How close a match of the claim's moment must score to the leading one to count as a tie. */
const TIE_SHARE = 0.95;

/** Whether two matches date one source sentence. */
const inSentenceOf = (a: FactMatch, b: FactMatch) => a.fact.file === b.fact.file && a.fact.sentenceStart === b.fact.sentenceStart;

/** The claim's words a match of its own subject must share to answer it when the best match's subject is another. */
const SUBJECT_MATCH_TERMS = 3;
/** How much of the claim a match must cover to answer it when the best match tells another event. */
const OTHER_EVENT_COVERAGE = 0.45;
/** A day told right after as another event's: "retroactive to Aug 7, when the reciprocal tariffs took effect". */
const DAY_OF_ANOTHER = /^\s*,\s*when\b/i;
/**
 * A date at the end of a relative clause: "the controls that Beijing unveiled on", "which it posted
 * on", or one with no pronoun of its own, "the controls it had unveiled on".
 */
const RELATIVE_CLAUSE_DAY = /\b(?:(?:that|which|who)\s+(?:[\w'’-]+\s+){1,8}?|(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|en)\s+)(?:on|in)\s+(?:the\s+)?$/;

/** How close to a whole year's score a finer match must come for the year to give way to it. */
const YEAR_GIVES_WAY_SHARE = 0.8;

/** Two source dates that reach over the very same days. */
function sameReach(a: Reach | undefined, b: Reach | undefined): boolean {
  return !!a && !!b && a.from === b.from && a.to === b.to;
}

/** How close to the best match's score a match near the brief's day must come to answer in its place. */
const NEAR_MATCH_SHARE = 0.6;

/** A source date at least as fine as the cited one (a day for a day, not "the end of the year"). */
function asFine(f: Fact, cited: CitedDate, citedReach: Reach): boolean {
  return fineAs(factReach(f, cited), citedReach);
}

/** A source reach at least as fine as the cited one. */
function fineAs(r: Reach | undefined, citedReach: Reach): boolean {
  return !!r && (r.fine || !citedReach.fine);
}

/**
 * "Nothing changed for traders in October: the tariff cuts … applied only from 15 December": what a
 * source says did not happen on a day does not support a brief that it happened then.
 */
function deniedOnlyInSource(claim: Claim, f: Fact): boolean {
  return negatedDate(f) && !NEGATED_ANYWHERE.test(claim.clauseText);
}
const NEGATED_ANYWHERE = new RegExp(`\\b(?:${NEGATION_WORDS}|not)\\b|n['’]t\\b`, 'i');

/**
 * A release of figures is told by its values: "JNTO figures released on 19 November showed arrivals
 * up 22.8%" is answered by the sentence that gives its 22.8% ("… arrived in October, up 22.8% …"),
 * not by a release of other figures that gives no rate ("Dec. 17: JNTO releases November visitor
 * arrivals").
 */
function figureToldElsewhere(claim: Claim, f: Fact, scored: FactMatch[]): boolean {
  // (A duty's rate is no statistic: "threatened 25% tariffs on all Canadian and Mexican imports".)
  const said = FIGURES.test(claim.clauseText) && !RATE_OF_DUTY.test(claim.clauseText) ? ratesIn(claim.clauseText) : [];
  if (!said.length || ratesOf(f).length) return false;
  return scored.some((m) => m.fact.sentence !== f.sentence && ratesOf(m.fact).some((r) => said.includes(r)));
}

/** A brief's release of figures: "released its latest monthly export figures", "data published on". */
const FIGURES_RELEASED = /\b(?:releas|publish|issu|post|report)(?:e|es|ed|ing)?\b[^.;:]{0,60}\b(?:figures|data|statistics|numbers)\b|\b(?:figures|data|statistics|numbers)\b[^.;:]{0,40}\b(?:released|published|issued|posted|came\s+out)\b/i;
/** A month the source's figures cover: "in the twelve months to April", "exported in April", "for April". */
const PERIOD_BEFORE = /\b(?:(?:months?|weeks?|year|quarter)\s+(?:to|through|ending|ended)|(?:exported|imported|shipped|sold|produced|earned|recorded|registered)\s+(?:[\w$.,-]+\s+){0,4}?in|(?:figures|data|statistics|exports|imports|shipments)\s+for)\s+(?:the\s+)?$/i;

/**
 * "released its latest monthly export figures … on 20 May 2025" is not contradicted by "Coffee earned
 * Uganda just over US$2 billion in the twelve months to April, according to the ministry's latest
 * figures": a month the figures cover, ended before the brief's day, is not the day they came out.
 */
function periodBeforeRelease(claim: Claim, f: Fact, cited: Reach, source: Reach | undefined): boolean {
  if (!source || source.to >= cited.from || !FIGURES_RELEASED.test(claim.clauseText)) return false;
  const d = dateSpan(f);
  return PERIOD_BEFORE.test(f.sentence.slice(Math.max(0, d.start - 60), d.start));
}

/**
 * "The fentanyl tariff took effect on February 1" is not borne out by "orders signed on Feb. 1
 * placed a 25% duty": a source that dates another moment of the measure (its signing, against the
 * brief's start) does not agree with the brief's day.
 */
// (Nor "That tax exemption became effective on 7 July" by "the ECC on 7 July cleared a waiver …; the
// Federal Board of Revenue notified the exemption two days later, and it took effect from …": a
// decision whose sentence goes on to tell a later start.)
function otherMoment(claim: Claim, f: Fact): boolean {
  const mine = momentOfClaim(claim, false);
  const theirs = momentOfFact(f);
  if (mine === 'start' && theirs === 'act' && LATER_START.test(f.sentence.slice(dateSpan(f).end)) && (DECIDED_BEFORE.test(factLead(f, 40)) || DECIDED_AFTER.test(f.sentence.slice(dateSpan(f).end, dateSpan(f).end + 30)))) return true;
  return (mine === 'start' || mine === 'signing') && (theirs === 'start' || theirs === 'signing') && mine !== theirs;
}
const DECIDED = String.raw`(?:cleared|approved|adopted|endorsed|agreed|decided|authori[sz]ed|sanctioned)`;
const DECIDED_BEFORE = new RegExp(String.raw`\b${DECIDED}\b[^.;:]{0,30}$`, 'i');
const DECIDED_AFTER = new RegExp(String.raw`^\s*,?\s*${DECIDED}\b`, 'i');
const LATER_START = /\b(?:later|after(?:wards)?|then)\b[^.]{0,120}?\b(?:took|takes|came|comes|went|goes)\s+(?:into\s+)?(?:effect|force)\b/i;

/**
 * "Commerce launched its Section 232 investigation … on April 14" is not borne out by "did not make
 * it public until April 14": the day a thing was made public or published does not date an act of
 * another moment.
 */
function reportOnly(claim: Claim, f: Fact): boolean {
  return momentOfFact(f) === 'report' && momentOfClaim(claim) !== 'report' && !sameMoment(claim, f);
}

/**
 * A date of another moment than the claim's, when a close firm match gives the claim's own moment
 * on another day: "came into effect on 8 March" is not supported by "announces 100% tariffs" of 8
 * March beside "enter into force" on 20 March, nor "unveiled the levy on Oct. 1" by its start "from
 * Oct. 1" beside "said on Sept. 25". Only a start or an end is told apart so (a signing and the
 * order's other acts are one day).
 */
function outToldMoment(claim: Claim, f: Fact, relations: Array<{ m: FactMatch; rel: string }>, siblings: () => Array<{ m: FactMatch; rel: string }> = () => []): boolean {
  const mine = momentOfClaim(claim);
  if (!(isStartOrEnd(mine) || isStartOrEnd(momentOfFact(f))) || sameMoment(claim, f)) return false;
  // (The match's own sentence is read only now: most compatible matches stop above.)
  return [...relations, ...siblings()].some((y) => y.rel === 'conflict' && firm(y.m.fact) && momentOfFact(y.m.fact) !== undefined && sameMoment(claim, y.m.fact));
}

const isStartOrEnd = (m: string | undefined) => m === 'start' || m === 'end';

/**
 * "A joint working group on aluminium trade, set up by the two governments in March, held its first
 * meeting in Washington in late April" does not bear out "held its first meeting … on 29 March": the
 * date is of the aside it closes, which shares none of the brief's words, while the main clause after
 * it tells what the brief does.
 */
function dateOnlyOfAside(claim: Claim, f: Fact, corpus: Derived): boolean {
  const d = dateSpan(f);
  if (!/^\s*,/.test(f.sentence.slice(d.end))) return false;
  const open = f.sentence.lastIndexOf(',', d.start);
  // (An aside of what was done, as `firm` reads one: "set up by the two governments in".)
  if (open < 0 || !DONE_ASIDE.test(f.sentence.slice(open + 1, d.start))) return false;
  const names = nameTerms(claim.entityIds, corpus);
  const said = [...claim.features.keys()].filter((k) => k.startsWith('t:') && claim.features.get(k) === 1).map((k) => k.slice(2)).filter((t) => !names.has(t));
  const aside = new Set(contentTerms(f.sentence.slice(open + 1, d.start)));
  const after = new Set(contentTerms(f.sentence.slice(d.end)));
  return !said.some((t) => aside.has(t)) && said.some((t) => after.has(t));
}

/** The next of a kind of occasion: "the next meeting", "its next round". */
const NEXT_OF_KIND = /\bnext\s+(?:meeting|round|session|summit|sitting)\b/i;

/** The months of a year's part: a season, a quarter or a half. */
const PART_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12] };

/** Whether a part of a year ("2025-SP") holds a finer date ("2025-03-10") of the same year. */
function partHolds(part: string, finer: string): boolean {
  const m = /^(\d{4})-(SP|SU|FA|Q[1-4]|H[12])$/.exec(part);
  if (!m || !finer.startsWith(`${m[1]}-`)) return false;
  const month = Number(finer.slice(5, 7));
  const [from, to] = PART_MONTHS[m[2]];
  return month >= from && month <= to;
}

/** More days than a quarter holds: a date this coarse is a year's, or a half's. */
const YEAR_LIKE_DAYS = 92;

/** "have stayed out of the market since late October": a state that holds from that day on. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
/** A claim of when something began or stopped: "began staying out", "stopped buying". */
const BEGAN = /\b(?:beg[aiu]n|begins|bec[oa]mes?|joined|joins|start(?:s|ed)?|stopp(?:ed|ing)|stops?|halt(?:s|ed)|ceas(?:es|ed)|first)\b/i;

/**
 * A state the source says has held since a day earlier than the claim's ("refiners have kept buying
 * since late October, while …") holds on the claim's day too: only a claim of its start ("stopped
 * buying on 3 November") can contradict it.
 */
function stateSinceBefore(claim: Claim, f: Fact, cited: Reach, source: Reach | undefined): boolean {
  if (!source || cited.from <= source.to || momentOfClaim(claim) === 'start' || BEGAN.test(leadOf(claim))) return false;
  return SINCE_BEFORE.test(f.sentence.slice(Math.max(0, dateSpan(f).start - 12), dateSpan(f).start));
}

/** "disclosed on Sunday that Karremans had issued an order": a saying of an act done before it. */
// (Or with no "that": "said on Monday it had opened an anti-dumping investigation".)
const DISCLOSED_EARLIER = /^[\s,]*(?:that\s+[^.;:]{0,100}?|(?:it|they|he|she|we)\s+)\bhad\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|lt|pt|ht|de|id|ng|ck)\b/i;
const DISCLOSURE_BEFORE = /\b(?:said|says|disclosed|discloses|revealed|reveals|announced|announces|confirmed|confirms|reported|reports|told\s+[\w ]{1,30}?)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i;
/** A brief's saying or its paper: "announced", "made public", "disclosed", "said". */
const SAYING_IN_CLAIM = /\b(?:said|says|say|announc\w*|declar\w*|stated|disclos\w*|reveal\w*|made\s+public|confirm\w*|told|statement|report\w*|publish\w*)\b/i;

function disclosesEarlierAct(f: Fact): boolean {
  const d = dateSpan(f);
  return DISCLOSURE_BEFORE.test(f.sentence.slice(Math.max(0, d.start - 40), d.start)) && DISCLOSED_EARLIER.test(f.sentence.slice(d.end, d.end + 140));
}

function tellsOfSaying(claim: Claim): boolean {
  return claim.kinds.includes('statement') || SAYING_IN_CLAIM.test(claim.clauseText);
}

/** A saying named after what was said, up to its date: ", the Department of Agriculture (DA) announced ". */
const SPEAKER_AFTER = /,\s+(?:the\s+)?((?:[A-Z][\w.'’&-]*|of|and|for|the|\([A-Z]{2,8}\))(?:\s+(?:[A-Z][\w.'’&-]*|of|and|for|the|\([A-Z]{2,8}\))){0,8})\s+(?:said|announced|stated|confirmed|reported)\s+(?:on\s+)?$/;

/**
 * "President Ferdinand R. Marcos Jr. has signed the executive order …, the Department of Agriculture
 * announced today" dates the department's telling, not Marcos's: a brief of a saying by one speaker
 * ("President Marcos announced the plan to halt rice imports on 13 August") is not answered by another
 * speaker's day.
 */
function anotherSpeaker(claim: Claim, f: Fact, corpus: Derived): boolean {
  if (!tellsOfSaying(claim)) return false;
  const named = SPEAKER_AFTER.exec(factLead(f, 140));
  if (!named) return false;
  // (A body the sources know, told apart from the brief's speaker by its words: "the Department of
  // Agriculture" is not "President Marcos".)
  if (!corpus.registry.matchIn(named[1]).length) return false;
  const verb = SAYING_IN_CLAIM.exec(claim.clauseText);
  const mine = verb ? contentTerms(claim.clauseText.slice(0, verb.index)) : [];
  const theirs = new Set(contentTerms(named[1]));
  return mine.length > 0 && !mine.some((t) => theirs.has(t));
}

/** A week's value: "2025-W41". */
const WEEK_VALUE = /^\d{4}-W\d\d$/;

/** How close to the best match's score a firm match of the same date stands in for a hedged best. */
const FIRM_PEER = 0.85;

/** A firm day inside the best match's coarser date, scoring nearly as well. */
function finerFirmPeer<T extends { m: FactMatch; reach?: Reach; rel: string }>(relations: T[], best: T): T | undefined {
  const outer = best.reach;
  // (A week is fine enough to judge by, and still holds a finer day.)
  if (!outer || (outer.fine && !WEEK_VALUE.test(best.m.fact.date.value))) return undefined;
  return relations.find((x) => x !== best && x.rel === 'conflict' && x.m.score >= best.m.score * FIRM_PEER && firm(x.m.fact) && !!x.reach?.fine && outer.from <= x.reach.from && x.reach.to <= outer.to);
}

/** A firm match of the best match's date, scoring nearly as well. */
function firmPeer<T extends { m: FactMatch; reach?: Reach; rel: string }>(relations: T[], best: T): T | undefined {
  const found = relations.find((x) => x !== best && x.rel === 'conflict' && x.m.score >= best.m.score * FIRM_PEER && firm(x.m.fact) && sameReach(x.reach, best.reach));
  if (found || best.m.fact.reliability !== 'weak') return found;
  // A day counted from a story's guessed date ("wrapped up on Sunday" in a wire whose year only the
  // corpus gives) only echoes a firm peer that gives it too ("| Oct 25-26, 2025 | talks |"): the peer speaks.
  const meets = (r?: Reach) => !!r && !!best.reach && r.from <= best.reach.to && best.reach.from <= r.to;
  return relations.find((x) => x !== best && x.rel === 'conflict' && x.m.score >= best.m.score * PEER_RATIO && firm(x.m.fact) && meets(x.reach));
}

/**
 * A firm match of any score that gives, in a year it states, the day the best match only hedges or
 * counts from a guessed page year, and covers the claim as well as a conflict must: the best match is
 * borne out. ("would apply starting Oct. 11" beside "required importers to lodge cash deposits from
 * 11 October 2024"; a yearless wire's "on Wednesday" beside a schedule's "from 7 to 9 April 2025".)
 */
function datedEcho(pool: FactMatch[], best: { m: FactMatch; reach?: Reach }, cited: CitedDate, citedReach: Reach): { m: FactMatch; reach?: Reach; rel: 'conflict' } | undefined {
  const own = best.reach;
  if (!own) return undefined;
  // (A day counted from a guessed year, told without a hedge, needs only its year borne out: the
  // echo may be the schedule that set it, and need only meet its span. A hedged day must be the
  // firm echo's very day.)
  const weak = best.m.fact.reliability === 'weak';
  if (weak && !unhedged(best.m.fact)) return undefined;
  for (const m of pool) {
    // (Or counted from a dateline: "began flowing into Bangladesh again on Sunday" in a wire of June 16, 2025.)
    if (m === best.m || m.coverage < CONFLICT_COVERAGE || !m.fact.yearKnown || (m.fact.date.resolution !== 'explicit' && m.fact.reliability !== 'anchored') || (!weak && !firm(m.fact))) continue;
    const r = factReach(m.fact, cited);
    // (A firm day inside a hedged coarser date bears it out too: "would lodge a formal exclusion
    // request by mid-June" beside "On 16 June 2025 it followed up by lodging" one.)
    const inside = !own.fine && r?.fine && own.from <= r.from && r.to <= own.to;
    if (r && (weak ? r.from <= own.to && own.from <= r.to : sameReach(r, own) || inside) && relate(citedReach, r) === 'conflict') return { m, reach: r, rel: 'conflict' };
  }
  return undefined;
}

/**
 * Two sources that each count the day from a page date they only guess, in other words ("arrived on
 * Monday" in a wire, "arrived yesterday" in a live blog), and land on the same day vouch for each
 * other: one guess may be a day off, two different ones agreeing are not.
 */
function voucherOf<T extends { m: FactMatch; reach?: Reach; rel: string }>(relations: T[], best: T): T | undefined {
  if (best.m.fact.reliability !== 'weak' || !best.reach || !unhedged(best.m.fact)) return undefined;
  const words = (f: Fact) => f.date.text.toLowerCase();
  const same = (r?: Reach) => !!r && r.from === best.reach!.from && r.to === best.reach!.to;
  return relations.find((x) => x !== best && x.rel === 'conflict' && x.m.fact.path !== best.m.fact.path && words(x.m.fact) !== words(best.m.fact) && x.m.score >= best.m.score * PEER_RATIO && x.m.coverage >= CONFLICT_COVERAGE && same(x.reach) && unhedged(x.m.fact));
}

/** Firm but for how its page was dated: a day counted from a guessed page date, told without a hedge. */
function unhedged(f: Fact): boolean {
  return firm(f.reliability === 'weak' ? { ...f, reliability: 'anchored' } : f);
}

/** A year slip's match may cover less of the claim than a conflict's: the day and month already agree. */
const SLIP_COVERAGE = 0.15;
/** The first and last days of quarters ("-01-01", "-03-31", …). */
const QUARTER_DAYS = new Set(['-01-01', '-03-31', '-04-01', '-06-30', '-07-01', '-09-30', '-10-01', '-12-31']);
/** A match of another day scoring this much above the slip's speaks for another event. */
const SLIP_OUTSCORED = 1.25;
/** How many years off a slip may be. */
const SLIP_YEARS = 3;
/** Words of a thing that comes back every year, whose same day in another year is another occasion. */
// ("a look back at the agreement's first year on 1 May 2025" is a day a year on from its start.)
const RECURRING = /\b(?:annual|annually|every\s+year|each\s+year|yearly|anniversary|again|once\s+more|previous|last\s+year|a\s+year\s+(?:earlier|before|ago|after|later|on)|(?:first|one)\s+year)\b/i;

/**
 * "Bolsonaro was convicted on 11 September 2024" where a source that knows its year says 11 September
 * 2025: the same day and month of another year, for the same event, is a slip of the year. Sources
 * that give the day without a year agree with either year and do not speak for this one; a source
 * that gives the brief's own year does, and then there is no warning.
 */
function yearSlip(claim: Claim, scored: FactMatch[], corpus: Derived): ClaimVerdict | undefined {
  const cited = claim.cited;
  const m = cited.mention;
  if (cited.yearSource !== 'explicit' || cited.year === undefined || (m.precision !== 'day' && m.precision !== 'range')) return undefined;
  const md = m.value.slice(4, 10);
  // Quarters open and close on the same days every year, and many measures start or lapse then (not
  // a signing or a meeting: "signed the terms of reference … on 1 April 2024" is one day of one year).
  if ((QUARTER_DAYS.has(md) && momentOfClaim(claim) !== 'signing') || RECURRING.test(claim.sentenceText)) return undefined;
  const sameDay = (f: Fact) => f.date.value.slice(4, 10) === md && (f.date.precision === 'day' || f.date.precision === 'range');
  // (Any source that gives the brief's own day, however loosely it matches, says the year is no slip.)
  if (scored.some((x) => x.fact.yearKnown && sameDay(x.fact) && x.fact.date.value.startsWith(String(cited.year)))) return undefined;
  const matches = scored.filter(isMatch);
  // Each source that gives the day, best first: the first that passes the tests, read in `yearOf`.
  // ('stop': a better match of another day speaks for another event.)
  const top = matches[0];
  const slipAgainst = (known: boolean, yearOf: (f: Fact) => number | undefined): ClaimVerdict | 'stop' | undefined => {
    for (const best of matches) {
      if (best.fact.yearKnown !== known || !sameDay(best.fact)) continue;
      if (best.score < CONFLICT_SCORE) break;
      if (best.coverage < SLIP_COVERAGE) continue;
      const f = best.fact;
      const sourceYear = yearOf(f);
      if (sourceYear === undefined) continue;
      const off = Math.abs(sourceYear - cited.year!);
      if (off === 0 || off > SLIP_YEARS) continue;
      // Another of the sentence's dates names the source's year: the brief knows it, and this date is another's.
      if (claim.siblings.some((s) => s.year === sourceYear && s.mention.value.slice(4, 10) === md)) continue;
      // (Nor a year off of another in a count: "The first amendment … was published … on 23 December
      // 2024" is no slip of "The second amendment was published … on 23 December 2025".)
      if (!(firm(f) || scheduleAgainstSchedule(claim, f)) || denied(claim) || !aboutTheSaying(claim, f) || !sameMoment(claim, f) || !sameOrdinal(claim.clauseText, f) || !sameStep(claim.clauseText, f) || !moreThanNames(claim, f, corpus) || tellsAnotherEvent(claim, f, corpus)) continue;
      // (Not one that tells another body's act: "the full Chamber approved the bill on Wednesday"
      // against the committee's vote a day before.)
      // (A plan of another day does not: "is scheduled to vote on its report on 26 January 2026" beside
      // "voting on January 27 after a one-day delay".)
      if (top !== best && top.score > best.score * SLIP_OUTSCORED && !sameDay(top.fact) && !holdsDay(top.fact, f) && firm(top.fact) && moreThanNames(claim, top.fact, corpus) && !tellsAnotherEvent(claim, top.fact, corpus)) return 'stop';
      return { claim, verdict: 'conflict', best, evidence: [best], ...(known ? {} : { sourceYear }) };
    }
    return undefined;
  };
  // Sources that know their year first; then one that gives the day without it ("On Sept. 11,
  // Lutnick said …" on an undated page), read in the one year the corpus's dated sources put that
  // day in, when they do so around it and never around the brief's year.
  const known = slipAgainst(true, (f) => Number(f.date.value.slice(0, 4)));
  if (known) return known === 'stop' ? undefined : known;
  // (Not when the page names a later year than that one: "first announced by Mr Trump in the Oval
  // Office on 11 October" on an undated page that speaks of purchases over 2020 and 2021 may be of
  // 2019, though the corpus's dated sources cluster around October 2018.)
  const inCorpusYear = (f: Fact) => {
    const year = onlyYearNear(Number(md.slice(1, 3)), Number(md.slice(4, 6)), corpusFirmDays(corpus), !f.date.future);
    // (Nor after a year the page looks ahead to: "the second half of 2023 will be a learning period"
    // was written by 2023, so its "Feb. 6 to March 6" told as past is not of 2024.)
    const page = pageYears(corpus).get(f.path);
    return year !== undefined && (page?.latest ?? 0) <= year && year <= (page?.ahead ?? Infinity) ? year : undefined;
  };
  const yearless = slipAgainst(false, inCorpusYear);
  return yearless === 'stop' ? undefined : yearless;
}

/**
 * "MC14, which opens in Yaoundé on 26 March 2025" against "is scheduled to open in Yaounde on March
 * 26, 2026": a schedule the brief tells as one too, against one the source gives with its year; a
 * plan may move by days, not by the year it was written down in.
 */
function scheduleAgainstSchedule(claim: Claim, f: Fact): boolean {
  return f.date.resolution === 'explicit' && SCHEDULE_IN_CLAIM.test(leadOf(claim));
}
const SCHEDULE_IN_CLAIM = /\b(?:will|(?:is|are)\s+(?:to|due|set|scheduled|expected)\s+to|opens|begins|starts|convenes|takes\s+place|is\s+held)\b[^.;:]*$/i;

/** A brief of a plan told in the past ("was due to take effect on") against a source's plan of the same kind, given in full. */
function planAgainstPastPlan(claim: Claim, f: Fact): boolean {
  return f.yearKnown && PAST_PLAN_IN_CLAIM.test(leadOf(claim)) && PLAN_IN_SOURCE.test(f.sentence.slice(0, dateSpan(f).start));
}
const PAST_PLAN_IN_CLAIM = /\b(?:was|were|had\s+been)\s+(?:due|set|scheduled|slated|expected)\s+to\b[^.;:]*$/i;
const PLAN_IN_SOURCE = /\b(?:(?:is|are|was|were|had\s+been|has\s+been)\s+(?:due|set|scheduled|slated|expected)\s+to|would\s+have|will)\b/i;

/**
 * "The fourth round is pencilled in for Tokyo in October 2025" against "It was agreed that the fourth
 * round of negotiations will be held in Tokyo in September 2025": a brief of what is planned against a
 * source's plan of it, told without a hedge ("may", "could", "expected").
 */
function planAgainstPlan(claim: Claim, f: Fact): boolean {
  const lead = factLead(f, 80);
  return f.yearKnown && PLAN_AHEAD_IN_CLAIM.test(leadOf(claim)) && PLAN_AHEAD_IN_SOURCE.test(lead) && !HEDGED_PLAN.test(lead);
}
const PLAN_AHEAD_IN_CLAIM = /\b(?:pencil(?:l)?ed\s+in|(?:is|are)\s+(?:now\s+)?(?:due|set|scheduled|slated|planned)\s+(?:to|for)|will\s+(?:be\s+held|take\s+place|meet|convene|open|start|begin)|(?:is|are)\s+to\s+be\s+held)\b[^.;:]*$/i;
const PLAN_AHEAD_IN_SOURCE = /\b(?:will\s+(?:be\s+held|take\s+place|meet|convene|open|start|begin)|(?:is|are)\s+(?:now\s+)?(?:due|set|scheduled|slated|planned)\s+(?:to|for)|(?:is|are)\s+to\s+be\s+held)\b[^.;:]*$/i;
const HEDGED_PLAN = /\b(?:may|might|could|expected|likely|possibly|tentatively|hope[sd]?|aim(?:s|ed)?)\b/i;

/**
 * A year or month, with or without its year, that holds a fact's day: "last December" of an undated
 * page, or "the 2019 episode", outscoring "banned exports … on Tuesday" (2024-12-03) or "pulled out
 * … on May 7, 2019" tells the same story, not another event.
 */
function holdsDay(coarse: Fact, f: Fact): boolean {
  const m = /^(\d{4}|XXXX)(?:-(\d{2}))?$/.exec(coarse.date.value);
  return !!m && (m[1] === 'XXXX' ? !!m[2] : f.date.value.startsWith(m[1])) && (!m[2] || f.date.value.slice(5, 7) === m[2]);
}

/**
 * Per page, the latest year its dates name with their year, and the earliest it names as still ahead
 * ("2023 will be", "2024 is expected to"); read once per corpus version.
 */
const pageYearsOf = new WeakMap<Derived, Map<string, { latest: number; ahead?: number }>>();
function pageYears(corpus: Derived): Map<string, { latest: number; ahead?: number }> {
  let years = pageYearsOf.get(corpus);
  if (!years) {
    pageYearsOf.set(corpus, (years = new Map()));
    for (const g of corpus.facts) {
      if (!g.yearKnown || !/^\d{4}/.test(g.date.value)) continue;
      const y = Number(g.date.value.slice(0, 4));
      let page = years.get(g.path);
      if (!page) years.set(g.path, (page = { latest: y }));
      page.latest = Math.max(page.latest, y);
      if (g.date.resolution === 'explicit' && YEAR_LOOKED_AHEAD.test(g.sentence.slice(dateSpan(g).end, dateSpan(g).end + 40))) page.ahead = Math.min(page.ahead ?? y, y);
    }
  }
  return years;
}
/** A year the clause goes on to look ahead to: "2023 will be", "2024 is expected to". */
const YEAR_LOOKED_AHEAD = /^[^.;]{0,12}?\b(?:will|is\s+(?:due|set|expected)\s+to)\b/;

/** The dates (ms, sorted) of the corpus's firmly dated sources, once per corpus version. */
const firmDaysOf = new WeakMap<Derived, number[]>();
function corpusFirmDays(corpus: Derived): number[] {
  let days = firmDaysOf.get(corpus);
  if (!days) firmDaysOf.set(corpus, (days = firmDays(corpus.documents)));
  return days;
}

/** The longest a month runs, less a day: a coarse date no longer than this is a month or part of one. */
const MONTH_DAYS = 30;

/** Scores this close to the best are a tie, which the clause's subject breaks. */
const SUBJECT_TIE = 0.95;

/**
 * Of matches that score alike, one whose clause opens with the claim's subject goes first: "Beijing
 * says it will approve exports" is about the ministry's row, not the White House fact sheet's
 * sentence that scores a hair higher.
 */
function subjectFirst(claim: Claim, pool: FactMatch[], corpus: Derived): FactMatch[] {
  const best = pool[0];
  if (!best || sameSubject(claim, best.fact, corpus)) return pool;
  const tied = pool.find((m) => m !== best && m.score >= best.score * SUBJECT_TIE && sameSubject(claim, m.fact, corpus));
  return tied ? [tied, ...pool.filter((m) => m !== tied)] : pool;
}

/**
 * "Those Chinese special port fees took effect on October 10" is about "From 14 October 2025, special
 * port fees shall be collected", not the sentence that scores alike: "China said it would suspend,
 * … from November 10, its special port fees". Of matches that score alike, one that tells no undoing
 * goes before one whose clause does, for a brief that tells none.
 */
function undoneLast(claim: Claim, pool: FactMatch[]): FactMatch[] {
  const top = pool[0];
  if (!top || !SUSPENDED.test(factClause(top.fact)) || UNDOING.test(claim.clauseText) || STOPPED_IN_CLAIM.test(claim.clauseText)) return pool;
  const kept = pool.find((m) => m !== top && m.score >= top.score * SUBJECT_TIE && !SUSPENDED.test(factClause(m.fact)));
  return kept ? [kept, ...pool.filter((m) => m !== kept)] : pool;
}

/** A match that names the claim's rate may score this far below one that names only others and still answer first. */
const RATE_TIE = 0.6;

/**
 * "Washington unveiled the 32% rate for Taiwan on 3 April" is about "| Apr 2, 2025 | 32% rate
 * announced |", not the best-scoring "the US set a 20% rate for Taiwan in the July 31 order": of
 * close matches, one that names the claim's rate goes before one that names only other rates.
 */
function rateFirst(claim: Claim, pool: FactMatch[]): FactMatch[] {
  const top = pool[0];
  const said = top ? ratesIn(claim.clauseText) : [];
  if (!said.length) return pool;
  const theirs = ratesOf(top.fact);
  if (!theirs.length || theirs.some((r) => said.includes(r))) return pool;
  const named = pool.find((m) => m.score >= top.score * RATE_TIE && ratesOf(m.fact).some((r) => said.includes(r)));
  return named ? [named, ...pool.filter((m) => m !== named)] : pool;
}

/** What the last duty named in `text` is on ("duties on car parts entering …": car, part), if it says. */
function goodsOf(text: string): string[] | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(DUTY_ON)) last = m;
  if (!last) return undefined;
  const words: string[] = [];
  for (const w of last[1].split(/\s+/)) {
    if (!w || /(?:ed|ing)$/.test(w) || /^(?:from|since|on|at|in|to|of|by|the|a|an)$/i.test(w)) break;
    words.push(w);
  }
  return contentTerms(words.join(' '));
}
const DUTY_ON = /\b(?:duty|duties|tariff|tariffs|levy|levies|surtax|surtaxes)\s+on\s+((?:[A-Za-z-]+\s*){1,3})/gi;
/** Goods named before their duty: "the 25% steel and aluminum surtax". */
const GOODS_DUTY = /\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+((?:[a-z-]+\s+){1,3}?)(?:duty|duties|tariff|tariffs|levy|levies|surtax|surtaxes)\b/i;

/** The goods a claim's duty is on, after the duty ("duties on car parts") or before it ("the 25% steel and aluminum surtax"). */
function claimGoods(text: string): string[] | undefined {
  const after = goodsOf(text);
  if (after?.length) return after;
  const before = GOODS_DUTY.exec(text);
  const terms = before ? contentTerms(before[1]).filter((t) => !GENERIC_DUTY_WORDS.has(t)) : [];
  return terms.length ? terms : undefined;
}
const GENERIC_DUTY_WORDS = new Set(contentTerms('additional extra new higher lower reciprocal retaliatory import export anti-dumping countervailing blanket global baseline flat'));

/** Whether the goods the claim's duty is on are all among those of the duty named nearest before the source's date, when both say. */
function sameGoods(claim: Claim, f: Fact): boolean {
  const said = claimGoods(claim.clauseText);
  const before = f.sentence.slice(0, dateSpan(f).start);
  const sourced = goodsOf(before);
  if (!said?.length || !sourced?.length) return true;
  // (The whole list the duty is on, up to the date: "duties on Swiss mechanical watch movements and a
  // range of watch parts from 1 September" holds the brief's "movements and parts".)
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(DUTY_ON)) last = m;
  const listed = last ? new Set(contentTerms(before.slice(last.index!))) : new Set<string>();
  return said.every((t) => sourced.includes(t) || listed.has(t));
}

/** The claim's moment when it is as definite as a signing, a start or an end ("announced" names too many). */
function definiteMoment(claim: Claim): 'signing' | 'start' | 'end' | undefined {
  const said = momentOfClaim(claim);
  return said === 'signing' || said === 'start' || said === 'end' ? said : undefined;
}

/** Another date of the best match's own sentence that passes `test`, if any. */
function inBestSentence(best: FactMatch, scored: FactMatch[], test: (m: FactMatch) => boolean): FactMatch | undefined {
  return scored.find((m) => m !== best && m.fact.path === best.fact.path && m.fact.sentenceStart === best.fact.sentenceStart && test(m));
}

/**
 * The source's own sentence also gives the claim's day, of the claim's moment, in the clause that
 * tells the claim's event ("| 24 July | Kim meets Lutnick in New York; "2+2" set for 25 July called
 * off |"): it does not put that event on its other date.
 */
function sentenceGivesClaimDay(claim: Claim, m: FactMatch, scored: FactMatch[], cited: Reach, corpus: Derived): boolean {
  const words = new Set(contentTerms(ownPart(claim)));
  const shared = (f: Fact) => contentTerms(factClause(f)).filter((t) => words.has(t)).length;
  let mine: number | undefined;
  // The sentence's other dates, whether or not their own words matched the claim: "it gave buyers
  // until Nov. 21 to wind down" shares no word with "the wind-down ran out on 21 November".
  const unmatched = sentenceFacts(corpus, m.fact).filter((f) => !scored.some((x) => x.fact === f)).map((fact) => ({ fact, score: 0, coverage: 0, sharedEntities: 0, sharedTerms: 0 }));
  return !!inBestSentence(m, unmatched.length ? [...scored, ...unmatched] : scored, (o) => {
    const r = factReach(o.fact, claim.cited);
    // Only when the claim's words stand by that day rather than by the other: "opened the probe on
    // April 22, and a notice was published on April 25" still dates the notice to the 25th.
    // The day (not a span) that heads the source's row is that row's day, whatever its later parts
    // schedule ("| Thu 9 Oct 2025 | MOFCOM issues …; extraterritorial rule from 1 Dec |").
    // Or the day the sentence gives the claim's own start, end or signing when the other date tells
    // none: "finished the 13th round … on September 12, after sessions that began on Monday,
    // September 8" dates "The 13th round started on 8 September".
    // And a table row's terse label ("| Transit goods must be entered by | 5 Oct 2025 |") cannot say
    // which of two deadlines of one sentence it gives ("loaded before August 7, 2025 … entered before
    // October 5, 2025") when its words stand by that day as much as by the other.
    return !!r && r.fine && relateSpans(claim, o.fact, cited, r) === 'compatible' && sameMoment(claim, o.fact) && (shared(o.fact) > (mine ??= shared(m.fact)) || (o.fact.date.precision === 'day' && headsItsLine(o.fact)) || tellsOnlyTheClaimsMoment(claim, o.fact, m.fact) || (rowClaim(claim) && shared(o.fact) > 0) || oneSpan(o.fact, m.fact) || namesTheClaimsDeadline(claim, o.fact, m.fact));
  });
}

/**
 * "The new deadline for the higher rates was August 1" against "Trump signed an executive order on July
 * 7 pushing the deadline back to August 1": of a sentence's two days, the one its deadline is moved to
 * gives a brief's deadline, when the other is a signing or a saying.
 */
function namesTheClaimsDeadline(claim: Claim, o: Fact, m: Fact): boolean {
  if (!DEADLINE_NOUN.test(ownPart(claim)) || !DEADLINE_NOUN.test(factClause(o))) return false;
  const other = momentOfFact(m);
  return other === 'signing' || other === 'act';
}
const DEADLINE_NOUN = /\bdeadlines?\b/i;

/** Two days of one sentence written as a span or a pair: "Nov. 24 to Dec. 3: IMO Assembly", "spent Monday and Tuesday hearing" (either way round). */
function oneSpan(a: Fact, b: Fact): boolean {
  const [first, second] = a.date.start < b.date.start ? [a, b] : [b, a];
  return SPAN_JOIN.test(first.sentence.slice(first.date.end - first.sentenceStart, second.date.start - first.sentenceStart));
}
const SPAN_JOIN = /^\s{0,2}(?:to|through|thru|until|till|and|&|[-–—])\s{0,2}$/i;

/** A year set before a season's noun: "the 2024 marketing season", "Malawi's 2025 auction season". */
const SEASON_YEAR = /\b((?:19|20)\d\d)(?:\/\d{2,4})?\s+(?:[a-z-]+\s+){0,2}(?:season|campaign|harvest|crop)s?\b/gi;
/** How far back in its page a yearless fact's season year is looked for: its sentence and the one before, about. */
const SEASON_REACH = 400;

/** The claim names its season's year, and the fact's page names another one's just before its yearless day. */
function otherSeasonNamed(claim: Claim, f: Fact, corpus: Derived): boolean {
  const mine = [...claim.clauseText.matchAll(SEASON_YEAR)].map((m) => m[1]);
  if (!mine.length) return false;
  const near = documentFacts(corpus, f.path).filter((x) => x.sentenceStart <= f.sentenceStart && x.sentenceStart >= f.sentenceStart - SEASON_REACH);
  const sentences = [...new Set(near.map((x) => x.sentence))];
  const theirs = sentences.flatMap((t) => [...t.matchAll(SEASON_YEAR)].map((m) => m[1]));
  return theirs.length > 0 && !theirs.some((y) => mine.includes(y));
}

/** A limit told lapsing after the brief's day: ", when its deadline to make a firm offer expired". */
const LIMIT_LAPSED_WHEN = /\bwhen\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?deadline\b[^.;]{0,60}?\b(?:expired|lapsed|passed|ran\s+out)\b/i;
/** A limit's word before its day: "are due by", "the deadline of", "closes on", "until". */
const LIMIT_WORD = /\b(?:due|deadline|clos(?:e|es|ed|ing)|until|till|no\s+later\s+than|expir(?:e|es|ed|y))\b/i;
/** A source's day told of another definite moment than the brief's (its signing, against its publication). */
function otherMomentOfThing(claim: Claim, f: Fact): boolean {
  const said = momentOfClaim(claim);
  const told = momentOfFact(f);
  return said !== undefined && told !== undefined && said !== told && !sameMoment(claim, f);
}

/** A list item's label that names a limit, the day after its colon: "- Closing date for submission of expressions of interest: ". */
const LIMIT_HEADING = /\b(?:closing\s+date|deadline|due\s+date|last\s+day)\b[^.;:]{0,80}:\s*$/i;
/** A source's day that is a limit: a deadline's, or one written after a limit's word. */
const limitOf = (f: Fact) => f.kind === 'deadline' || LIMIT_WORD.test(factLead(f, 40)) || LIMIT_HEADING.test(factLead(f, 90));

/** Between the day moved from and the day moved to: " to ", or ", is moved to" after "previously". */
const MOVED_ON_TO = /^\s+to\s+(?:the\s+)?$/i;
/** The verbs that say a day was moved, in the past: "extended", "pushed the expiry back", "brought forward". */
const MOVED_VERB = String.raw`(?:extended|postponed|(?:pushed|put)\s+(?:[\w-]+\s+){0,5}?back|delayed|deferred|moved|rescheduled|brought\s+forward)`;
/** A source's day that a limit was moved to: "then stretched that window to 29 February". */
const STRETCHED_TO = new RegExp(String.raw`\b(?:${MOVED_VERB}|stretched|prolonged)\b[^.;:]{0,90}?\bto\s+(?:the\s+)?$`, 'i');
const MOVED_ON_AFTER = new RegExp(String.raw`^,?\s+(?:is|was|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?${MOVED_VERB}(?:\s+(?:by|at|after|following|for)\s+[^.;:]{1,40}?)?,?\s+(?:to|until)\s+(?:the\s+)?$`, 'i');
/**
 * "The deadline for written comments, previously 27 June 2025, is moved to …", "originally 22 May
 * 2024, was pushed back by a week at Anglo's request, to 29 May": the day a limit stood at before a move.
 */
const PREVIOUSLY_BEFORE = /\b(?:previously|formerly|originally|initially)\s+$/i;

/**
 * A limit another source says was moved: a pool match that gives the lead's day as the day moved
 * from ("the deadline … was extended from 31 March to 30 April 2025"), and the day it was moved to,
 * as a match of its own.
 */
function movedOnTo(lead: FactMatch, pool: FactMatch[], corpus: Derived, cited: CitedDate): FactMatch | undefined {
  const r = factReach(lead.fact, cited);
  if (!r) return undefined;
  for (const m of pool) {
    if (m === lead || !(MOVED_FROM.test(factLead(m.fact, 40)) || PREVIOUSLY_BEFORE.test(factLead(m.fact, 20)))) continue;
    const from = factReach(m.fact, cited);
    if (!from || from.from < r.from || from.to > r.to) continue;
    const to = dayMovedTo(m, corpus);
    if (to) return to;
  }
  return undefined;
}

/** Words that name a limit, in the sentence of a day one was extended to. */
const LIMIT_NAMED = /\b(?:deadline|limit|cut-?off|closing\s+date|period|window|grace)\b/i;

/**
 * A limit extended to the brief's very day, in a document of a match, when the brief tells the limit
 * as extended or as it stands now ("now have until").
 */
function extendedToClaimDay(claim: Claim, pool: FactMatch[], corpus: Derived, cited: Reach): FactMatch | undefined {
  if (!EXTENDED_LIMIT.test(leadOf(claim))) return undefined;
  const seen = new Set<string>();
  for (const m of pool) {
    if (seen.has(m.fact.path) || !limitOf(m.fact)) continue;
    seen.add(m.fact.path);
    for (const x of documentFacts(corpus, m.fact.path)) {
      if (!EXTENDED_TO_BEFORE.test(factLead(x, 120)) || !LIMIT_NAMED.test(x.sentence)) continue;
      const r = factReach(x, claim.cited);
      if (r && r.from === cited.from && r.to === cited.to) return { ...m, fact: x };
    }
  }
  return undefined;
}

/**
 * "a planned shutdown of the line on Saturday, 26 July 2025", in a notice, does not bear out "halted
 * exports on 26 July" when another source tells that very plan moved off the day ("had been pencilled
 * in for 26 July but was pushed back by a week"). Only a plan, told ahead of its day.
 */
function planMovedOffItsDay(claim: Claim, x: { m: FactMatch }, relations: Array<{ m: FactMatch }>): boolean {
  if (!PLAN_TOLD.test(x.m.fact.sentence)) return false;
  const day = x.m.fact.date.value.slice(5, 10);
  return relations.some((y) => y !== x && y.m.fact.path !== x.m.fact.path && y.m.fact.date.value.slice(5, 10) === day && supersededOnlyInSource(claim, y.m.fact));
}
/** A plan told ahead: "a planned shutdown", "is scheduled to", "will be carried out". */
const PLAN_TOLD = /\b(?:planned|scheduled|will\s+be|is\s+(?:due|set|expected)\s+to|are\s+(?:due|set|expected)\s+to)\b/i;

/** The day a limit was moved to answers the brief as its first match would, however far it was moved (a quarter is no other occurrence). */
function judgeMovedDay(claim: Claim, m: FactMatch, corpus: Derived, cited: Reach): ClaimVerdict | undefined {
  const reach = factReach(m.fact, claim.cited);
  const rel = reach && relateSpans(claim, m.fact, cited, reach, corpus);
  if (rel === 'compatible') return { claim, verdict: 'supported', best: m, evidence: [m] };
  if (rel === 'conflict' && firm(m.fact) && sameOccurrence(claim, m.fact, corpus, cited, undefined)) return { claim, verdict: 'conflict', best: m, evidence: [m] };
  return undefined;
}

/** The day a match's own day was moved to, in its sentence ("from 31 March to 30 April 2025"), as a match of the same weight. */
function dayMovedTo(m: FactMatch, corpus: Derived): FactMatch | undefined {
  const between = (x: Fact) => m.fact.sentence.slice(m.fact.date.end - m.fact.sentenceStart, x.date.start - m.fact.sentenceStart);
  const to = sentenceFacts(corpus, m.fact).find((x) => x.date.start >= m.fact.date.end && (MOVED_ON_TO.test(between(x)) || (PREVIOUSLY_BEFORE.test(factLead(m.fact, 20)) && MOVED_ON_AFTER.test(between(x)))));
  return to && { ...m, fact: to };
}

/** Each document's facts, once per corpus version. */
const factsOfPath = new WeakMap<Derived, Map<string, Fact[]>>();

/** The facts of the document at `path`. */
function documentFacts(corpus: Derived, path: string): Fact[] {
  let byPath = factsOfPath.get(corpus);
  if (!byPath) {
    byPath = new Map();
    for (const x of corpus.facts) {
      const list = byPath.get(x.path);
      if (list) list.push(x);
      else byPath.set(x.path, [x]);
    }
    factsOfPath.set(corpus, byPath);
  }
  return byPath.get(path) ?? [];
}

/** The facts of `f`'s own sentence (with `f`). */
function sentenceFacts(corpus: Derived, f: Fact): Fact[] {
  return documentFacts(corpus, f.path).filter((x) => x.sentenceStart === f.sentenceStart);
}

/**
 * The source's date `own` tells the claim's start, end, signing or act ("halted since Saturday, Aug.
 * 23 (announced the day before)" for "announced its halt on 22 August"), and `other` tells no moment.
 */
function tellsOnlyTheClaimsMoment(claim: Claim, own: Fact, other: Fact): boolean {
  const moment = momentOfClaim(claim);
  const said = moment === 'act' ? moment : definiteMoment(claim);
  return said !== undefined && momentOfFact(own) === said && momentOfFact(other) === undefined;
}

/** The fact's date heads its table row or timeline entry. */
function headsItsLine(f: Fact): boolean {
  const d = dateSpan(f);
  return headsRow(f.sentence, d.start, d.end) || headsEntry(f.sentence, d.start, d.end);
}

/**
 * The verdict when `alt`, a date of the best match's own sentence, is the one the claim cites: it
 * supports the claim, or contradicts it when it passes the conflict tests (the common ones and
 * `more`); undefined when it does neither.
 */
function judgeAlternative(claim: Claim, alt: FactMatch, corpus: Derived, cited: Reach, more: (f: Fact) => boolean): ClaimVerdict | undefined {
  const reach = factReach(alt.fact, claim.cited);
  const rel = reach && relateSpans(claim, alt.fact, cited, reach, corpus);
  if (rel === 'compatible') return { claim, verdict: 'supported', best: alt, evidence: [alt] };
  if (rel === 'conflict' && firm(alt.fact) && more(alt.fact) && sameOccurrence(claim, alt.fact, corpus, cited, reach) && !supersededOnlyInClaim(claim, alt.fact)) return { claim, verdict: 'conflict', best: alt, evidence: [alt] };
  return undefined;
}

/** Verbs that tell only the moment of whatever they are said of: "agreed", "announced", "signed". */
const MOMENT_VERB_TERMS = new Set(contentTerms('agree agreed announce announced sign signed say said unveil unveiled issue issued publish published begin began start started take took effect end ended expire expired'));

/**
 * Another date of the best sentence answers the claim only if its own words (its clause, and what
 * the sentence says since its previous date) tell something of the claim besides the moment's verb:
 * "… a reduction due to take effect on November 10, while Beijing agreed to suspend the controls it
 * announced on October 9" does not date "Agreed in Busan on 30 October, the cut in the fentanyl
 * tariff …"; "signed on 31 July put the 15% rate into effect from 7 August" dates "the order that
 * made the 15% ceiling operative took effect on August 8" (a rate is a word too).
 */
function clauseSharesMoreThanItsVerb(claim: Claim, f: Fact, scored: FactMatch[]): boolean {
  let from = f.sentenceStart;
  // (A saying's words are what it said, before it as well: "Deutsche Post … will stop accepting
  // parcels … from Saturday, the German logistics group said on Friday".)
  if (!sayingBefore(f.sentence, dateSpan(f).start)) for (const m of scored) if (m.fact.path === f.path && m.fact.sentenceStart === f.sentenceStart && m.fact.date.end <= f.date.start) from = Math.max(from, m.fact.date.end);
  const own = `${f.sentence.slice(from - f.sentenceStart, f.date.end - f.sentenceStart)} ${factClause(f)}`;
  const words = new Set(contentTerms(claim.sentenceText));
  if (contentTerms(own).some((t) => words.has(t) && !MOMENT_VERB_TERMS.has(t))) return true;
  const theirs = ratesIn(own);
  return ratesIn(claim.sentenceText).some((r) => theirs.includes(r)) || sumsShared(claim.sentenceText, own);
}

/** Close to the best match, a peer is as likely to be what the claim speaks of. */
const CLOSE_PEER = 0.8;

/**
 * Sayings nearly as close to the claim as the best give other dates than it ("the commerce ministry
 * said on Sunday …", "… said on Tuesday …" against "the ministry says the teams will keep in
 * touch"): which one the claim speaks of, if any, is not for a warning to decide.
 */
function manyDates(relations: Array<{ m: FactMatch; reach?: Reach }>, best: FactMatch): boolean {
  const mine = relations[0]?.reach;
  if (!mine) return false;
  // Sayings most of all: a ministry speaks every few days, and "said" tells one saying from another
  // only by what was said.
  if (best.fact.kind !== 'statement') return false;
  return relations.some((x) => x.m !== best && x.m.fact.kind === 'statement' && x.m.score >= best.score * CLOSE_PEER && firm(x.m.fact) && x.reach !== undefined && relate(mine, x.reach) === 'conflict');
}

/**
 * Of the dates one source sentence gives ("ruled on May 28, striking down the tariffs announced on
 * April 2"), the one written with the event word the brief writes beside its date ("the May 27
 * ruling"), when the best match is another: the brief cites that one, even if the other shares more
 * of its words. It only names the date a warning gives, or silences it: it never makes one.
 */
function besideKind(claim: Claim, best: FactMatch, scored: FactMatch[]): FactMatch | undefined {
  const c = citedSpan(claim);
  const kind = kindBeside(claim.sentenceText, c.start, c.end);
  if (!kind || best.fact.kind === kind) return undefined;
  // (Not when the best match's date is of the brief's own act: "gave its approval to the agreement
  // on 26 February" against "approved by the Council of Ministers at its session of 26 March 2025";
  // the agreement is what was approved.)
  if (APPROVAL_ACT.test(leadOf(claim)) && APPROVED_BEFORE.test(factLead(best.fact, 80))) return undefined;
  // "Last month's meeting …, on October 30": a coarser date that holds the best one's day tells
  // the same day less finely, not another date.
  const own = factReach(best.fact, claim.cited);
  const holdsOwn = (m: FactMatch) => {
    const r = factReach(m.fact, claim.cited);
    return !!own && !!r && r.from <= own.from && r.to >= own.to;
  };
  return inBestSentence(best, scored, (m) => m.fact.kind === kind && !holdsOwn(m));
}

/**
 * The sentence cites the fact's own date beside this one ("reported on August 7 that exports fell
 * in July"): the fact is about that date, and this one about something the sources may not date.
 */
function citedBeside(claim: Claim, f: Fact, cited: Reach): boolean {
  const own = factReach(f, claim.cited);
  return claim.siblings.some((s) => {
    const mine = reachOf(s.mention, s.yearSource === 'explicit', s.year);
    const theirs = factReach(f, s);
    // "On March 5, the week of March 3": a stretch holding the claim's own day restates it.
    if (!mine || !theirs || (mine.from <= cited.from && mine.to >= cited.to)) return false;
    if (relate(mine, theirs) === 'compatible') return true;
    // "announced 31 July, in force 8 August" against a source's "in force August 7": the source's
    // date is the nearer cited one's to answer for, if either's; not a date of another clause with
    // its own subject ("Sheinbaum spoke on June 4, and Ebrard met Lutnick on June 13").
    return !!own && !joinedBetween(claim, s) && gap(mine, theirs) < gap(cited, own);
  });
}

/**
 * "The 38-cargo March programme was sent to term lifters in early February" against "nominations for
 * March 2024 cargoes by Wednesday, 7 February": a month the claim names as part of what it tells (a
 * programme, a quota, a round) is no date of it, and a source's month of that name answers for the
 * name, not for the brief's date.
 */
function monthNamedInClaim(claim: Claim, f: Fact): boolean {
  const month = f.date.precision === 'month' ? Number(f.date.value.slice(5, 7)) : NaN;
  // (A start or an end of what a month names falls in that month: "the higher August export duty
  // took effect on 15 July" is answered by "the duty … for August".)
  if (!(month >= 1 && month <= 12) || isStartOrEnd(momentOfClaim(claim))) return false;
  return MONTH_WORD[month - 1].test(claim.clauseText.replace(claim.cited.mention.text, ' '));
}
const MONTH_WORD = MONTH_NAMES.map((name) => new RegExp(`\\b${name}\\b`));

/** An approval the brief tells as its act: "gave its approval to", "approved", "ratified". */
const APPROVAL_WORD = String.raw`\b(?:approv(?:ed|es|al)|ratif(?:ied|ies|ication)|endorse(?:d|ment))\b`;
const APPROVAL_ACT = new RegExp(APPROVAL_WORD, 'i');
/** The same act right before a source's date: "approved by the Council of Ministers at its session of". */
const APPROVED_BEFORE = new RegExp(`${APPROVAL_WORD}[^.;:]{0,60}$`, 'i');

/** The source's date is another day the claim's sentence gives, for something else. */
function restatesSibling(claim: Claim, f: Fact): boolean {
  return claim.siblings.some((s) => {
    const mine = reachOf(s.mention, s.yearSource === 'explicit', s.year);
    const theirs = factReach(f, s);
    // A day of its own, not a stretch that holds the claim's ("on March 5, the week of March 3").
    return !!mine && !!theirs && mine.from === mine.to && relate(mine, theirs) === 'compatible';
  });
}

/**
 * ", and Economy Secretary Ebrard met …", "; Brazil …": a clause joined on with a named subject of
 * its own. Narrower than the clause splitter's join (text/clauses.ts) on purpose: ", and the truck
 * duties on a Saturday, the 1st of November" leaves its verb out and shares the first clause's.
 */
const JOINED_CLAUSE = /(?:;\s+|,\s+(?:and|but|while|whereas)\s+)(?:the\s+)?[A-Z]/;
const JOINED_CLAUSES = new RegExp(JOINED_CLAUSE.source, 'g');

/** The part of the claim's clause that holds its date, without the clauses joined on with subjects of their own. */
function ownPart(claim: Claim): string {
  const text = claim.clauseText;
  const at = claim.cited.mention.start - claim.clause.start;
  const joins = [...text.matchAll(JOINED_CLAUSES)].map((m) => m.index!);
  const from = Math.max(0, ...joins.filter((j) => j < at));
  // (An aside after the date names another thing: "began in late August, on top of the reciprocal levy".)
  const asides = [...text.matchAll(ASIDE_AFTER)].map((m) => m.index!);
  const to = Math.min(text.length, ...joins.filter((j) => j >= at), ...asides.filter((j) => j >= at));
  return text.slice(from, to);
}
const ASIDE_AFTER = /,\s+(?:on\s+top\s+of|in\s+addition\s+to|alongside|as\s+well\s+as|over\s+and\s+above)\b/gi;

/** A clause with a subject of its own is joined between the claim's date and its sibling. */
function joinedBetween(claim: Claim, sibling: CitedDate): boolean {
  const at = claim.cited.mention.start;
  const lo = Math.min(at, sibling.mention.end) - claim.sentence.start;
  const hi = Math.max(at, sibling.mention.start) - claim.sentence.start;
  return lo < hi && JOINED_CLAUSE.test(claim.sentenceText.slice(lo, hi));
}

/** A measure undone or held off: its suspension, pause, lifting, removal, exemption or delay. */
const UNDOING = /\b(?:on\s+hold|stall(?:s|ed|ing)?|froze|frozen|freez(?:e|es|ing)|shelv(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing|lation)?|call(?:s|ed)?\s+off|abandon(?:s|ed|ing)?|withdr(?:ew|aw|awn|aws|awing|awal)(?!\s+from\s+(?:a\s+|the\s+)?(?:bonded\s+)?warehouse)|suspen(?:d|ds|ded|ding|sion)|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|lift(?:s|ed|ing)?|remov(?:e|es|ed|ing|al)|scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?|abolition|repeal(?:s|ed|ing)?|dismantl(?:e|es|ed|ing)|drop(?:s|ped|ping)?|exempt(?:s|ed|ing|ion|ions)?|waive(?:s|d|r)?|delay(?:s|ed|ing)?|postpone(?:s|d|ment)?|defer(?:s|red|ral)?|rescind(?:s|ed)?|revok(?:e|es|ed|ing)|revocation|roll(?:s|ed|ing)?\s+back|rollback|revers(?:e|es|ed|ing|al)|back(?:s|ed|ing)?\s+off|backtrack(?:s|ed|ing)?|truce|stand(?:s|ing)?\s+down|stood\s+down|str(?:ike|ikes|uck|iking)\s+down)\b/i;

/** Some of many things, not one of them: "had closed most of the agreement's chapters". */
const SOME_OF_MANY = /\b(?:most|some|several|many|a\s+number|half|the\s+bulk)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?([a-z]{3,})s\b/i;

/**
 * "Negotiators closed the trade and sustainable development chapter on 15 December" is not dated by
 * "negotiators ended the concluding round … on Friday, saying they had closed most of the agreement's
 * chapters": a source that tells of most of many things does not say which, so it does not date the
 * one the brief names.
 */
function oneOfManyInSource(claim: Claim, f: Fact): boolean {
  const m = SOME_OF_MANY.exec(f.sentence);
  return !!m && new RegExp(`\\bthe\\b[^.;]{0,80}\\b${m[1]}\\b(?!s)`, 'i').test(claim.clauseText) && !SOME_OF_MANY.test(claim.clauseText);
}

/**
 * "The suspension of the US fees, effective 10 November" is not answered by "the port fees that took
 * effect on 14 October": a brief about a measure's undoing, against a source that tells only of the
 * measure, speaks of another event.
 */
function undoingOnlyInClaim(claim: Claim, f: Fact): boolean {
  // The undoing of the date's own clause: "took effect on Feb. 4, but the White House backed off
  // three days later, on Feb. 7" tells the start on the 4th and the undoing on the 7th.
  if (UNDOING.test(factClause(f))) return false;
  const lead = leadOf(claim);
  // "China halted all Japanese seafood imports on": stopping a trade is a ban, not a measure undone.
  if (FLOW_HALTED.test(lead)) return false;
  // A measure the brief says was undone: "The EDA curbs were lifted on July 2".
  if (UNDONE_PASSIVE.test(lead) || (claim.column !== undefined && UNDONE_CELL.test(rowLabelOf(claim)))) return true;
  // Or done to it by someone: "The ministry froze the whole control package on".
  if (UNDONE_ACTIVE.test(lead)) return true;
  // A table column of undoings: "| Measure | Suspended on | Suspended until |".
  if (claim.column !== undefined && UNDOING.test(claim.column)) return true;
  // A timeline entry about one: "- **9 April**: the 31% rate is put on hold".
  const c = citedSpan(claim);
  const entry = entryClause(claim.sentenceText, c.start, c.end);
  if (entry !== undefined && (UNDONE_ENTRY.test(entry) || (UNDONE.test(entry) && UNDOING_STARTS.test(entry)))) return true;
  // A paper or act that undoes: "MOFCOM's notice formally suspending the package came out on".
  if (UNDOING_PARTICIPLE.test(lead)) return true;
  // A date, its subject, then an undoing verb: "On 28 August, Akazawa abandoned a planned trip".
  if (UNDONE_AFTER.test(claim.sentenceText.slice(c.end, c.end + 80))) return true;
  // The start or end of an undoing, or the act that made it: "announced the suspension of … on".
  const undone = UNDONE.exec(lead);
  if (!undone) return false;
  if (ACT_ON_UNDOING.test(lead.slice(0, undone.index))) return true;
  // And told the other way round: "The 90-day suspension of reciprocal rates was announced on".
  if (UNDOING_ACTED.test(lead.slice(undone.index))) return true;
  const moment = momentOfClaim(claim);
  return moment === 'start' || moment === 'end';
}

/** "November 10: the suspension takes effect": an undoing's own start or end. */
const UNDOING_STARTS = /\b(?:takes?|took|taking)\s+effect\b|\b(?:begins?|began|starts?|started|expires?|expired|ends?|ended|lapses?|lapsed|kicks?\s+in|kicked\s+in)\b/i;

/** A participle that names what a paper or act undoes: "a notice suspending …", "the order lifting …". */
const UNDOING_PARTICIPLE = /\b(?:suspending|lifting|revoking|removing|pausing|scrapping|rescinding|withdrawing|waiving|postponing|halting|freezing|shelving|cancell?ing)\s+(?:the|its|their|a|an|all|most)\b/i;

const LOWERS = /\b(?:cut|cuts|cutting|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tion|tions)|slash(?:es|ed|ing)?|eas(?:e|es|ed|ing)|relief)\b/i;
// ("pushed the postal duty to 120%": a rate pushed to a figure went up.)
const RAISES = /\b(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|penalt(?:y|ies)|higher|highest|escalat(?:e|es|ed|ing|ion)|push(?:ed|es|ing)?(?=\s+(?:[\w-]+\s+){0,4}?to\s+\d))\b/i;

/**
 * "GST rate cuts took effect on September 22" is not answered by "That penalty took effect on Aug.
 * 27, pushing the total to one of the highest rates": a measure going down and one going up are two.
 */
function oppositeDirections(claim: Claim, f: Fact): boolean {
  // (The source's words up to its date when they tell a direction: "cut wharfage … by 20 percent from
  // May 1, a measure that … offsets only part of the higher pipeline charge" is a cut.)
  return contrary(claim.clauseText, wordsThatTell(f, LOWERS, RAISES, f.sentence), LOWERS, RAISES);
}

/** The source's words up to its date when they tell `a` or `b`; else the wider words given. */
function wordsThatTell(f: Fact, a: RegExp, b: RegExp, wider: string): string {
  const upTo = clauseUpTo(f, dateSpan(f).end);
  return a.test(upTo) || b.test(upTo) ? upTo : wider;
}

// (A journey's later leg too: "crossed into Ethiopia at Moyale", "reached the Modjo dry port".)
// (A ship's too: "berthed at Chittagong on 13 November" against "sailed from Karachi … on 3 November".)
const ARRIVED = /\b(?:land(?:s|ed|ing)|arriv(?:e|es|ed|ing|al)|berth(?:s|ed|ing)|dock(?:s|ed|ing)|tied\s+up|moored|touch(?:es|ed)?\s+down|got\s+back|(?:came|come|comes)\s+home|cross(?:ed|es)\s+(?:into|over)|reach(?:ed|es)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:port|border|terminal|depot|capital|city))\b/i;
const DEPARTED = /\b(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing|ure)|took\s+off|flew\s+out|set\s+off|set\s+sail|sail(?:s|ed|ing)?\s+(?:from|out\s+of|with|for|on)\b|sail(?:s|ed|ing)?(?=\s+(?:at|early|late|before|after|that|this|last|on)\b|[.,;]))\b/i;

/**
 * "The chartered flight … landed at Incheon on September 12" is not answered by the clause "left
 * Atlanta's airport on Thursday" of a sentence that then tells the landing on Friday: an arrival and
 * a departure are two moments of one journey.
 */
function arrivalAgainstDeparture(claim: Claim, f: Fact): boolean {
  // (The words up to each date: the clause after it may go on to the other moment.)
  // (Or, when those words tell neither, its whole clause: "That changed on Saturday 16 September,
  // when two … bulk carriers … arrived at Chornomorsk".)
  return contrary(leadOf(claim), wordsThatTell(f, ARRIVED, DEPARTED, factClause(f)), ARRIVED, DEPARTED);
}

const AGREEMENT_REACHED = /\b(?:agreement|deal|accord|pact|truce|ceasefire|memorandum|framework)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:reached|signed|agreed|struck|concluded|sealed)\b[^.;:]*$/i;
const AGREEMENT_WORDS = /\b(?:agree\w*|deal|accords?|pacts?|truce|ceasefire|memorand\w*|framework|sign\w*|reach\w*|conclu\w*|seal\w*|settl\w*|negotiat\w*|talks)\b/i;

/**
 * "An ASEAN observer team deployed along the border in late August" is not dated by "the 13-point
 * agreement reached by the General Border Committee in Kuala Lumpur on Aug. 7 set up an interim
 * monitoring arrangement": the day is the agreement's, and the claim tells of no agreement.
 */
function agreementOnlyInSource(claim: Claim, f: Fact): boolean {
  const upTo = clauseUpTo(f, dateSpan(f).start);
  // ("Trump and Xi agreed on Thursday to a one-year truce" dates the agreeing, not the pause it led to.)
  // (Nor a limit the agreement set: "agreed to finish a … review … by Dec. 31" dates the review's end.)
  // (Or signed: "Mongolia and China signed an intergovernmental agreement in Beijing on Thursday" is no
  // day a crossing "moved to round-the-clock processing".)
  return (AGREEMENT_REACHED.test(upTo) || AGREED_ON.test(upTo) || AGREEMENT_SIGNED.test(upTo)) && !AGREED_LIMIT.test(upTo) && !AGREEMENT_WORDS.test(claim.clauseText);
}
const AGREEMENT_SIGNED = /\bsigned\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:agreement|deal|accord|pact|memorandum|treaty|protocol)\b[^.;:]*$/i;
const AGREED_ON = /\bagreed\s+(?:on|in)\s+(?:the\s+)?$/i;
const AGREED_LIMIT = /\bagreed\s+to\s+[a-z]+\b[^.;:]*\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;

const OUTWARD = /\b(?:fl(?:y|ies|ying|ew|own)|travel(?:s|led|ling|ed|ing)?|went|head(?:s|ed|ing)?|jet(?:s|ted)?)\s+(?:to|into)\s+[A-Z]/;
const HOMEWARD = /\b(?:(?:fl(?:y|ies|ying|ew|own)|travel(?:s|led|ling|ed|ing)?|went|head(?:s|ed|ing)?|jet(?:s|ted)?|return(?:s|ed|ing)?)\s+(?:home|back)|return(?:s|ed|ing)?\s+to)\b/i;

/**
 * "Farrell flew to Osaka on Friday" is not dated by "Farrell flew home overnight" after the talks
 * failed: the trip out and the trip home are two journeys.
 */
function outwardAgainstHomeward(claim: Claim, f: Fact): boolean {
  return contrary(leadOf(claim), clauseUpTo(f, dateSpan(f).end), OUTWARD, HOMEWARD);
}

/** `said` tells of one of two opposites (`a` or `b`) and not the other, and `sourced` only of the other. */
function contrary(said: string, sourced: string, a: RegExp, b: RegExp): boolean {
  const isA = a.test(said);
  if (isA === b.test(said)) return false;
  return isA ? b.test(sourced) && !a.test(sourced) : a.test(sourced) && !b.test(sourced);
}

const MOVED_UP = /\b(?:rose|rise|rises|rising|recover(?:s|ed|ing)?|rebound(?:s|ed|ing)?|gain(?:s|ed)|jump(?:s|ed)|climb(?:s|ed)|surg(?:e|es|ed)|rall(?:y|ies|ied)|soar(?:s|ed))\b/i;
const MOVED_DOWN = /\b(?:fell|fall|falls|falling|slump(?:s|ed)?|drop(?:s|ped)|plung(?:e|es|ed)|tumbl(?:e|es|ed)|sank|slid|declin(?:e|es|ed)|lost|los(?:e|es)\s+\d)\b/i;

/**
 * "Shares recovered 2% on Tuesday, after the previous day's slump" against "shares fall by the 10%
 * daily limit" on Monday: a rise and a fall of the same thing are two moves.
 */
function otherMove(claim: Claim, f: Fact): boolean {
  return contrary(leadOf(claim), f.sentence, MOVED_UP, MOVED_DOWN);
}

const STOPPED = /\b(?:stop(?:s|ped|ping)?\s+(?:[\w-]+\s+){0,2}?(?:traffic|crossings?|movements?|shipments?|exports?|imports?|flights?|trade|deliveries|flows?|operations|services?)\b|stop(?:s|ped|ping)?\s+(?:working|accepting|carrying|shipping|sending|taking|selling|buying|issuing|processing)|suspen(?:d|ds|ded|ding|sion|sions)|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|went\s+dark|goes\s+dark|go\s+dark|shut\s+down|went\s+offline|(?:was|were)\s+(?:blocked|pulled|cut\s+off)|blackout|outage)\b/i;
// ("formally relaunched negotiations …, ending a pause of nearly nine years" takes them up again.)
const RESUMED = /\b(?:working\s+again|back\s+online|coming\s+back|came\s+back|resum(?:e|es|ed|ing|ption)|restor(?:e|es|ed|ing|ation)|restart(?:s|ed|ing)?|reopen(?:s|ed|ing)?|relaunch(?:es|ed|ing)?|end(?:s|ed|ing)?\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:pause|halt|suspension|freeze|hiatus)|returned\s+to\s+(?:app\s+stores|service))\b/i;

/**
 * "Hyundai resumed full construction at the Georgia site on 20 October" is not dated by the raid that
 * stopped it ("On Sept. 4, … agents descended on the construction site"): a thing taken up again is
 * answered only by a source that tells it taken up again.
 */
function resumedOnlyInClaim(claim: Claim, f: Fact): boolean {
  const lead = leadOf(claim);
  const resumed = RESUMED.exec(lead);
  // ("ruled out reopening raw bauxite exports in March 2023" tells the refusal, not a reopening; "kept
  // growing after the reopening and peaked … on 23 April" tells the peak.)
  return !!resumed && !NOT_THE_ACT_BEFORE.test(lead.slice(Math.max(0, resumed.index - 30), resumed.index)) && !RESUMED.test(f.sentence);
}

/** A refusal of what follows, or a time reckoned from it: "ruled out reopening", "rejected any resumption of", "after the reopening". */
const NOT_THE_ACT_BEFORE = /\b(?:ruled?\s+out|rules\s+out|rejected|refused|declined|denied|opposed|blocked|barred|after|since|following|before|until)\s+(?:any\s+|a\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$/i;

/** A brief's saying and what was said: "Airlangga cautioned that", "told reporters that". */
// (Or a saying told by where it was made: "at a Nairobi press briefing".)
const SAID_THAT = /\b(?:said|cautioned|warned|stressed|insisted|argued|noted|acknowledged|admitted|conceded|claimed|told\s+(?:[\w'’-]+\s+){0,3}?)\s*that\b|\bat\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:press\s+briefing|press\s+conference|news\s+conference)\b/i;
/** Any word of a saying in a source's sentence (not the States of "the United States"; nor "according to notices posted", papers, not a speaker). */
const SAYING_WORD = /\b(?:said|says|say|saying|told|tells|tell|announc\w*|(?<!\b(?:United|Member|member|Gulf|Baltic)\s+)stat(?:ed|es|ement|ements)|declar\w*|(?<!\b(?:notices?|documents?|rules?|filings?|forms?|lists?)\s+)post(?:ed|s)?|wr(?:ote|ites|itten)|confirm\w*|warn\w*|caution\w*|stress\w*|insist\w*|argu\w*|noted|acknowledg\w*|admit\w*|conced\w*|claim\w*|remarks?|comments?|interview\w*|briefing|press\s+conference|spokes\w+|quoted|according(?!\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:notices?|documents?|data|figures|filings?|records?|statistics|minutes)\b)|pledg\w*|promis\w*|vow\w*|notif\w*|inform\w*|letter|speech|address|testif\w*|explain\w*|describ\w*|call(?:ed|s)?\s+(?:for|on|it)|urg\w*|signal\w*)\b/i;

/**
 * "On 27 October, Airlangga cautioned that the legal text still needed more rounds" dates a saying: it
 * is answered only by a source sentence that tells one, not by the rounds it spoke of ("held two
 * in-person rounds on the legal text, in Jakarta on 7-9 October").
 */
function sayingOnlyInClaim(claim: Claim, f: Fact): boolean {
  return (SAID_THAT.test(claim.clauseText) || SAID_BARE.test(claim.clauseText.split(LATER_IN_CLAIM)[0]) || THREAT.test(claim.clauseText)) && !SAYING_WORD.test(f.sentence) && !THREAT.test(f.sentence);
}
/** "Lutnick said chip tariffs were likely": a saying's clause without its "that" (not one told after the date's act, "…, after which Trump said India would …"). */
const SAID_BARE = /\bsaid\s+(?!on\b|in\b|at\b|last\b|this\b)(?:[a-z][\w-]*\s+){1,3}?(?:were|was|would|will|could|might|had|have|has|is|are)\s+(?!been\s+(?:told|said)\b)/i;
const LATER_IN_CLAIM = /,\s+(?:after\s+which|after|before|when|whereupon|then|and\s+then|following\s+which)\b/i;
/** A threat: "Trump warned of an additional 50% duty on Monday, April 7" dates the warning, not the deal a source tells that day. */
const THREAT = /\b(?:warn(?:ed|s|ing)\s+of|threat(?:s|en|ens|ened|ening)?)\b/i;

/**
 * "Only the 10% baseline, applied from Saturday, 5 April, survived the pause" is not dated by the row
 * of the pause ("| 9 April 2025 | Pause | Country-specific rates suspended for 90 days; the 10%
 * baseline stays |"): a start the brief tells is not the undoing its source's clause tells.
 */
function startAgainstUndoing(claim: Claim, f: Fact): boolean {
  return momentOfClaim(claim) === 'start' && !UNDOING.test(leadOf(claim)) && !STOPPED_IN_CLAIM.test(leadOf(claim)) && SUSPENDED.test(factClause(f)) && momentOfFact(f) !== 'start';
}

/**
 * A measure put on hold or taken back ("rates suspended for 90 days"), not one merely spared ("failed
 * to win an exemption"); nor goods "withdrawn from warehouse for consumption", a customs term.
 */
const SUSPENDED = /\b(?:suspen(?:d|ds|ded|ding|sion)|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|lift(?:s|ed)|revok(?:e|es|ed)|rescind(?:s|ed)?|scrap(?:s|ped)|withdr(?:aw|aws|awn|ew)(?!\s+from\s+(?:a\s+|the\s+)?(?:bonded\s+)?warehouse)|froze|frozen|freez(?:e|es)|(?:put\s+)?on\s+hold)\b/i;
/** A stop the brief tells in other words: "were cut off on", "stopped on", "ceased on". */
const STOPPED_IN_CLAIM = /\b(?:cut\s+off|stopp(?:ed|ing)|ceas(?:ed|ing)|ended|shut)\b/i;

/** A measure prolonged, dated by the act: "was prolonged in June 2024", "extended on 25 June". */
const PROLONGED_ON = /\b(?:prolong(?:ed|s)?|extend(?:ed|s)|renew(?:ed|s))\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$/i;

/**
 * "The EU steel safeguard was prolonged in June 2024 for a last two years" is not dated by the row
 * "| June 30, 2026 | Current EU steel safeguard expires |": the act of prolonging is not the end it set.
 */
function extensionAgainstEnd(claim: Claim, f: Fact): boolean {
  return PROLONGED_ON.test(leadOf(claim)) && momentOfFact(f) === 'end';
}

/**
 * "The Commerce Ministry extended the canola seed investigation by six months on September 5" is
 * not dated by "on September 9, 2024, the Commerce Ministry opened an anti-dumping investigation into
 * Canadian canola seed": opening a thing and extending it are two acts, either way round.
 */
function extensionAgainstOpening(claim: Claim, f: Fact): boolean {
  return contrary(claim.clauseText, factClause(f), EXTENDED, OPENED_ACT);
}
const EXTENDED = /\b(?:extend(?:s|ed|ing)?|extension|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?)\b/i;
/** A participle set off by a comma right before a date, with its own act: ", imposed on", ", first signed in". */
const OWN_PARTICIPLE = /,\s*(?:(?:first|originally|initially|formally)\s+)?[a-z]{3,}ed\s+(?:[^,;]{0,40}?\s)?(?:on|in)\s+(?:the\s+)?$/;

/**
 * "A July 7 order extended the pause for most partners" is not dated by "the United States government
 * issued an executive order adjusting the reciprocal tariff rates" on July 31: a brief's extension is
 * answered only by a source clause that tells one too, or a pause, a delay or a limit.
 */
function extensionOnlyInClaim(claim: Claim, f: Fact): boolean {
  // (Not when the date has a participle of its own after a comma: "It extended the first sweeping
  // controls, imposed on 7 October 2023" dates the imposing.)
  const own = OWN_PARTICIPLE.exec(leadOf(claim));
  if (own && !EXTENDED.test(own[0])) return false;
  const clause = factClause(f);
  // (A limit answers an extension to it, "extended the pause until 9 July"; not the day of the act,
  // "extended the registration deadline … on 11 August", against "set a registration deadline of 1
  // October 2025".)
  const limitAnswers = HELD_OR_LIMITED.test(clause) && !(DAY_OF_ACT.test(leadOf(claim)) && !LIMIT_BEFORE.test(leadOf(claim)));
  return EXTENDED_ACT.test(claim.clauseText) && !EXTENDED.test(clause) && !PUT_OFF.test(clause) && !limitAnswers;
}
const DAY_OF_ACT = /\bon\s+(?:the\s+)?$/i;
const LIMIT_BEFORE = /\b(?:until|till|to|through|by)\s+[^,;]{0,30}$/i;
/**
 * "Under the extension, comments can now be submitted until 15 July 2025" is not contradicted by "are
 * invited to submit comments until 1 July 2025": a limit the brief tells as extended, against an
 * earlier one the source tells with no extension, is the limit before it moved.
 */
function extendedLimitOnlyInClaim(claim: Claim, f: Fact): boolean {
  // (Told before the date: "…, after which the ban would revert unless extended" extends nothing.)
  if (!EXTENDED_LIMIT.test(leadOf(claim)) || !HELD_OR_LIMITED.test(factClause(f)) || EXTENDED.test(f.sentence) || PUT_OFF.test(f.sentence)) return false;
  const cited = reachOf(claim.cited.mention, claim.cited.yearSource === 'explicit', claim.cited.year);
  const source = factReach(f, claim.cited);
  return !!cited && !!source && source.to < cited.from;
}
/**
 * "The environment ministry issued its notice on the scoping consultation … on September 27" is not
 * dated by "the consultation on the scope of the impact study was extended to the end of October": the
 * day a period was extended to answers only a brief that tells a limit, an end or the move. (Not a
 * start moved: "the start of CBAM certificate sales … moved to 1 February 2027" answers its start.)
 */
function extendedPeriodOnlyInSource(claim: Claim, f: Fact): boolean {
  return EXTENDED_TO_BEFORE.test(factLead(f, 120)) && !LIMIT_OR_MOVE.test(claim.clauseText);
}
const EXTENDED_TO_BEFORE = /\b(?:extended|prolonged)\b[^.;:]{0,80}\b(?:to|until)\s+(?:the\s+)?(?:end\s+of\s+|middle\s+of\s+|mid-?\s*|early\s+|late\s+)?$/i;
const LIMIT_OR_MOVE = /\b(?:until|till|by|deadline|due|clos\w*|end\w*|expir\w*|lapse\w*|runs?|ran|extend\w*|extension|postpon\w*|delay\w*|defer\w*|moved|pushed|limit|cut-?off|last\s+day)\b/i;

const EXTENDED_LIMIT = /\b(?:(?:under|after|with|following)\s+(?:the|an|its)\s+extension|extended|new\s+deadline|(?:now|ultimately|finally|eventually)\s+(?:[a-z]+\s+){0,4}?until)\b/i;

/**
 * "Santiago held technical talks with US trade officials in the week of July 14" is not dated by "the
 * second round of talks, held in Santiago from Aug 11 to 15" in a story headed "India, Chile …": the
 * brief's counterpart (after "with") is named neither in the source's sentence nor in its headline,
 * and another country is.
 */
function counterpartNotInSource(claim: Claim, f: Fact, corpus: Derived): boolean {
  const m = WITH_PARTY.exec(leadOf(claim));
  if (!m) return false;
  const place = (id: string) => corpus.entityById.get(id)?.kind === 'place';
  const theirs = corpus.registry.matchIn(m[1]).map((x) => x.entityId).filter(place);
  if (!theirs.length) return false;
  const title = titleOf(corpus, f.path);
  const named = new Set([...f.entities, ...corpus.registry.matchIn(title).map((x) => x.entityId)].filter(place));
  if (theirs.some((id) => named.has(id))) return false;
  const claimed = new Set(claim.entityIds);
  return [...named].some((id) => !claimed.has(id));
}
// (The party of an encounter, not of a thing: "the US deals with Malaysia" names no counterpart.)
const WITH_PARTY = /\b(?:talks|met|meet|meets|meeting|meetings|spoke|negotiations|consultations|call|discussions)\s+(?:[\w-]+\s+){0,2}?with\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)/;

/**
 * "Goyal made a return visit to Melbourne in late September" is not dated by "Farrell and Goyal
 * co-chaired the Joint Ministerial Commission on Wednesday, their first formal meeting since Goyal
 * visited Sydney and Melbourne earlier in the year": what the brief tells is, in the source, only
 * what a "since" or "after" clause points back at, and the date is the main clause's.
 */
function claimOnlyPointedAtInSource(claim: Claim, f: Fact, corpus: Derived): boolean {
  const d = dateSpan(f);
  // (An aside after the main clause, set off by a comma: "on Wednesday, their first formal meeting
  // since …"; not "On April 4 two days after Washington unveiled … Beijing announced", which runs on.)
  const spans = referredSpans(f.sentence).filter((s) => POINTED_BACK.test(s.text) && d.end <= s.from && f.sentence.slice(d.end, s.from).includes(','));
  if (!spans.length) return false;
  const names = nameTerms(claim.entityIds, corpus);
  const mine = new Set(contentTerms(claim.clauseText).filter((t) => !names.has(t)));
  const inside = new Set(spans.flatMap((s) => contentTerms(s.text)));
  const outside = new Set(contentTerms(blankSpans(f.sentence, spans)));
  const shared = [...mine].filter((t) => inside.has(t) || outside.has(t));
  return shared.length > 0 && shared.every((t) => inside.has(t) && !outside.has(t));
}
// (A clause of its own, a named subject and its past verb: "since Goyal visited Sydney", not "after
// that session that the threat …" nor "the following day the two ministers signed".)
const POINTED_BACK = /^(?:since|after|before)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:[a-z]{2,}ed|met|went|came|made|took|gave|spoke|flew|left|held|won|lost|sent)\b/;

/** An extension told as the act ("extended the pause", "was prolonged"), not "the extended scheme". */
// (Or time granted: "EPRA granted more time in a notice issued on".)
const EXTENDED_ACT = /\b(?:(?:extend|prolong|renew)(?:s|ed|ing)?\s+(?:the|its|their|a|an|it|them|this|that)\b|(?:was|were|been|be|is|are)\s+(?:extend|prolong|renew)ed\b|(?:grant(?:s|ed|ing)?|gave|give[sn]?|allow(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:more|extra|additional|further)\s+(?:time|days|weeks)\b)/i;
const HELD_OR_LIMITED = /\b(?:prolong\w*|renew\w*|suspen\w*|until|till|deadline|expir\w*|lapse\w*)\b/i;
const OPENED_ACT = /\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|initiat(?:es|ed|ing)|start(?:s|ed|ing)?|beg(?:an|un|ins))\b/i;

/** A meeting told by its verb: "the board met to review", "ministers convened". */
// (Not meeting the press: "when he met reporters on Monday" tells what he said.)
// ("held a first technical round on the two rulings" is a meeting told by its noun.)
const MET = /\b(?:met|meets|convened|convenes|sat\s+down|(?:held|hold|holds)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:round|meeting|talks|session|consultations))\b(?!\s+(?:with\s+)?(?:the\s+)?(?:reporters|journalists|press|media)\b)/i;
/** Any word of an encounter in a source's sentence, or of the journey to one ("flew to Panama City … and warned Mulino"). */
// (A welcome of someone, "welcomed Prime Minister Modi", not of a ruling.)
const ENCOUNTER_WORD = /\b(?:met|meet(?:s|ing|ings)?|convened?|talks|summit|session|call|phoned|spoke|visit(?:s|ed)?|hosted|received|sat\s+down|gathered|conference|hearing|negotiat\w+|round|fl(?:ew|own|ies|y)|travel\w*|trip|arriv\w*|landed|tour(?:s|ed)?|greet\w*)\b/i;
const WELCOMED_SOMEONE = /\b[Ww]elcom\w+\s+(?:the\s+)?[A-Z]/;

/**
 * "Hanwha Ocean's board met to review the sanctions on 20 October" is not dated by "China sanctions
 * five U.S. units of Hanwha Ocean": a meeting the brief tells by its verb is answered only by a
 * source that tells an encounter, not by what the meeting was about.
 */
function meetingOnlyInClaim(claim: Claim, f: Fact): boolean {
  return MET.test(leadOf(claim)) && !ENCOUNTER_WORD.test(f.sentence) && !WELCOMED_SOMEONE.test(f.sentence) && !outcomeOfTheMeeting(claim, f);
}

/**
 * "A buying mission from Russia's tea and coffee importers' association visited Colombo in early May"
 * is not dated by "buying linked to Russian importers thinned out at the Colombo auction earlier this
 * month": a visit the brief tells by its verb is answered only by a source that tells an encounter or
 * a journey.
 */
function visitOnlyInClaim(claim: Claim, f: Fact): boolean {
  return VISITED.test(leadOf(claim)) && !ENCOUNTER_WORD.test(f.sentence) && !/\b(?:mission|delegation)\b/i.test(f.sentence);
}
const VISITED = /\bvisit(?:s|ed)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:on|in)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$/;

/** What a meeting ended in, told after it: "met in Busan on 31 October and agreed a one-year truce". */
const MET_AND_THEN = /\b(?:met|meets)\b[^.;]*?\band\s+(agreed|struck|reached|signed|sealed|announced)\b/i;

/** The source tells what the brief's meeting ended in, by the brief's own verb ("agreed on Thursday to a one-year truce"). */
function outcomeOfTheMeeting(claim: Claim, f: Fact): boolean {
  const then = MET_AND_THEN.exec(claim.sentenceText);
  return !!then && new RegExp(`\\b${then[1]}\\b`, 'i').test(f.sentence);
}

/**
 * "A leaders' call on 4 September reaffirmed the year-end target" is not dated by "Negotiators …
 * ended their 14th round of free trade talks in Brussels on Friday": a call the brief names is
 * answered by a source that tells a call, not by another kind of encounter.
 */
function callOnlyInClaim(claim: Claim, f: Fact): boolean {
  // (Not a saying about a call: "Bessent told CBS viewers that a leaders' call was imminent".)
  // (Nor the way another act was done: "opened the airport by video link from Islamabad".)
  return claim.kinds.includes('call') && !tellsOfSaying(claim) && f.kind !== 'call' && !kindsIn(f.sentence).includes('call') && kindsIn(claim.clauseText.replace(CALL_AS_MANNER, ' ')).includes('call');
}
const CALL_AS_MANNER = /\b(?:by|via|over|through)\s+(?:a\s+)?(?:video(?:[\s-]*(?:link|conference|call))?|videoconference|(?:tele)?phone(?:\s+call)?|zoom)\b/gi;

/**
 * "presenting the budget for the fiscal year that starts on April 1, 2025": a date in a relative
 * clause that says when a period starts or ends names that period, and does not date the act the
 * sentence tells ("presented the Union Budget on Saturday, 1 February 2025"), unless the brief too
 * tells a start or an end.
 */
// (Nor a day a "when" after it gives to a period's end, of a period the brief's act set going: "since
// October 4, when the Court of Justice's twelve-month grace period ran out", against "the Court
// dismissed the appeals, while keeping the trade decision alive for a twelve-month grace period".)
function periodBoundOnlyInSource(claim: Claim, f: Fact): boolean {
  if (PERIOD_ENDED_WHEN.test(f.sentence.slice(dateSpan(f).end)) && PERIOD_SET.test(claim.clauseText)) return true;
  return PERIOD_BOUND_BEFORE.test(factLead(f, 50)) && !PERIOD_BOUND_WORDS.test(claim.clauseText);
}
const PERIOD_ENDED_WHEN = /^,?\s+when\s+[^.;]{0,80}?\bperiod\s+(?:ran\s+out|expired|ended|lapsed|elapsed)\b/i;
const PERIOD_SET = /\b(?:for|with|of|gave|giving|granted|allowing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:grace|transition(?:al)?|notice)\s+period\b/i;
const PERIOD_BOUND_BEFORE = /\b(?:year|period|quarter|season|term|window|month)\s+(?:that|which)\s+(?:starts|started|begins|began|ends|ended|runs|ran|opens|opened|closes|closed)\s+(?:on|from|in)\s+(?:the\s+)?$/i;
const PERIOD_BOUND_WORDS = /\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|end(?:s|ed|ing)?|run(?:s|ning)?|ran|open(?:s|ed|ing)?|clos(?:e|es|ed|ing))\b/i;

/**
 * "Trump announced 25% tariffs on all Colombian goods, set to rise to 50% on February 2" dates the
 * rise it set, not the announcement: a date a brief gives a step set ahead ("set to rise to 50% on")
 * is answered by a source that tells that step near its date, not by the day of the announcement.
 */
function stepSetOnlyInClaim(claim: Claim, f: Fact): boolean {
  return STEP_SET_BEFORE.test(leadOf(claim)) && !STEP_WORD.test(factLead(f, 60));
}
const STEP_SET_BEFORE = /\b(?:set|due|scheduled|slated|planned)\s+to\s+(?:rise|climb|increase|jump|go\s+up|double|step\s+up|fall|drop|decrease|be\s+(?:raised|lowered|cut))\b[^.;:]{0,40}$/i;
const STEP_WORD = /\b(?:ris(?:e|es|ing)|rose|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|jump(?:s|ed)?|doubl(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|fall(?:s|ing)?|fell|drop(?:s|ped)?|lower(?:s|ed)?|cut)\b/i;

/**
 * "The opening round of talks had finished in July 2022" is not dated by "The first round of talks
 * opened the following day and concluded in July 2022": an occasion's close and its opening are two
 * days.
 */
function finishAgainstOpening(claim: Claim, f: Fact): boolean {
  // (Or the verb right after the source's date: "Negotiators … today concluded the first round".)
  // (Or a span's start: "hearings held from 19 May 2025 to 22 May 2025" opened on the 19th.)
  const lead = factLead(f, 40);
  const spanStart = SPAN_FROM.test(lead) && SPAN_TO.test(f.sentence.slice(dateSpan(f).end, dateSpan(f).end + 6)) ? 'opened' : '';
  const after = FINISHED_BEFORE.test(lead) || OPENED_BEFORE.test(lead) ? '' : spanStart || (VERB_AFTER_DATE.exec(f.sentence.slice(dateSpan(f).end))?.[1] ?? '');
  // (The brief's verb may stand further from its date: "opened their joint technical review in Lima on".)
  const ours = leadOf(claim);
  const finished = FINISHED_IN_CLAIM.test(ours);
  if (finished === OPENED_IN_CLAIM.test(ours)) return false;
  const theirs = `${lead} ${after}`;
  return finished ? OPENED_BEFORE.test(theirs) && !FINISHED_BEFORE.test(theirs) : FINISHED_BEFORE.test(theirs) && !OPENED_BEFORE.test(theirs);
}
/** A span told from its first day to its last: "held from 19 May 2025 | to 22 May 2025". */
const SPAN_FROM = /\b(?:held|ran|running|sat|sitting|took\s+place|lasted)\s+from\s+$/i;
const SPAN_TO = /^\s*(?:to|until|till|through)\s/i;

/** A finishing or opening verb right after a date, no comma between: " concluded the first round" (", ended" after "held … July 9-11" is the main clause's). */
const VERB_AFTER_DATE = /^\s+(?:formally\s+|officially\s+)?((?:finish|conclud|wrapp|wound|end|clos|open|beg|start|kick)[a-z]*(?:\s+(?:up|off))?)\b/i;
const FINISHED_BEFORE = /\b(?:finish(?:ed|es)?|conclud(?:ed|es)|wrapped\s+up|wound\s+up|end(?:ed|s)|clos(?:ed|es))\b[^.;:,]{0,40}$/i;
/** A day named, then the date it means: "concluded yesterday, 9 April 2025". */
const DAY_IN_APPOSITION = /\b(?:yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s*$/i;
const OPENED_BEFORE = /\b(?:open(?:ed|s)|beg(?:an|ins)|start(?:ed|s)|kicked\s+off|got\s+under\s+way)\b[^.;:,]{0,40}$/i;
const FINISHED_IN_CLAIM = new RegExp(FINISHED_BEFORE.source.replace('{0,40}', '{0,70}'), 'i');
const OPENED_IN_CLAIM = new RegExp(OPENED_BEFORE.source.replace('{0,40}', '{0,70}'), 'i');

/**
 * "By Sunday afternoon the app was working again" is not dated by "Late on Saturday night … the app
 * stopped working": a thing that stopped and the same thing back are two events.
 */
function stoppedAgainstResumed(claim: Claim, f: Fact): boolean {
  // (The source's words up to its date, when they tell either: "reopened the crossing … on Sunday, two
  // days after suspending it" tells a reopening on Sunday, whatever the rest says was suspended.)
  return !samePaperByItsDate(claim, f) && contrary(claim.clauseText, wordsThatTell(f, STOPPED, RESUMED, f.sentence), STOPPED, RESUMED);
}

/** A paper named by its date: "the Geneva joint statement of May 12", "the order of 31 July". */
const PAPER_OF = /\b(statement|declaration|communiqu[eé]|agreement|memorandum|order|letter|notice|decree|proclamation|decision|announcement)\s+of\s+(?:the\s+)?$/i;

/**
 * "The Geneva joint statement of 12 May 2024 set out a 90-day pause" against "After the Geneva joint
 * statement of May 12, Washington had expected magnet shipments to resume": both dates name one paper,
 * whatever the rest of each sentence says stopped or resumed.
 */
function samePaperByItsDate(claim: Claim, f: Fact): boolean {
  const ours = PAPER_OF.exec(claimLead(claim, 40))?.[1];
  return !!ours && PAPER_OF.exec(factLead(f, 40))?.[1]?.toLowerCase() === ours.toLowerCase();
}

/** A thing brought to an end, by its verb ("ending the exemptions", "the truce expired"): not "the end of March". */
const ENDED = /\b(?:ended|ending|expired|expiring|terminated|terminating|abolished|abolishing)\b/i;
/** The same thing kept going: "the exemption continued", "was extended", "remained in force". */
const KEPT = /\b(?:continu(?:e|es|ed|ing)|extend(?:s|ed|ing)|prolong(?:s|ed|ing)|kept|maintain(?:s|ed|ing)|renew(?:s|ed|ing)|remain(?:s|ed|ing)?\s+in\s+(?:place|force|effect))\b/i;

/**
 * "The 25% rates applied from 12 March, ending the exemptions Canada and Mexico had enjoyed" is
 * not dated by "| 2 Apr 2025 | … USMCA exemption continued with no end date |": a thing ended and
 * the same thing kept are two events.
 */
function endedAgainstKept(claim: Claim, f: Fact): boolean {
  return contrary(claim.clauseText, f.sentence, ENDED, KEPT);
}

/** A source's date that only bounds what it tells: "registered on or before May 13", "shipped prior to", "signed after". */
const CUT_OFF = /\b(?:on\s+or\s+(?:before|after)|no\s+later\s+than|not\s+later\s+than|prior\s+to|before|after)\s+(?:the\s+)?$/i;

/**
 * "On Tuesday, May 17, the ministry cleared cargoes registered with customs before the ban" is
 * not dated by "consignments registered on or before May 13 … would be allowed": a day that things
 * happened before (or after) is no day of the brief's event, unless the brief bounds its date too.
 */
function cutOffOnlyInSource(claim: Claim, f: Fact): boolean {
  if (!CUT_OFF.test(factLead(f, 24))) return false;
  // The sentence's words before the date, so that a table row's bound in the cell before it counts:
  // "| Goods must be loaded by | 6 Aug 2025 |".
  const before = claim.sentenceText.slice(0, citedSpan(claim).start).replace(/[\s|*_]+$/, ' ');
  // (A time given until a day bounds it too: "In-transit cargo had until September 10 to clear customs";
  // so does a start the brief sets for the same goods: "vehicles entered from September 1".)
  // (Nor does a rate's start told by the goods it applies to: "the lower rate applying retroactively to
  // vehicles that entered on or after Nov. 1" dates "the lower tariff became effective on".)
  if (AFTER_CUT_OFF.test(factLead(f, 24)) && APPLIES_FROM_ENTRY.test(f.sentence.slice(0, dateSpan(f).start)) && momentOfClaim(claim) === 'start') return false;
  return !UP_TO.test(before) && !FROM_ON.test(before) && !GIVEN_UNTIL.test(before) && !(AFTER_CUT_OFF.test(factLead(f, 24)) && STARTING_FROM.test(before));
}

/** A rate applied to the goods entered from a day: "applying retroactively to vehicles … that entered". */
const APPLIES_FROM_ENTRY = /\b(?:appl(?:y|ies|ying|ied)|retroactive(?:ly)?|effective)\b(?:[^.;]|\.(?=\S|\s+[a-z])){0,100}\b(?:entered|entries|imported|shipped)\b(?:[^.;]|\.(?=\S|\s+[a-z])){0,40}$/i;

/** A source's cut-off that things happen on or after; a brief's start that reads the same way. */
const AFTER_CUT_OFF = /\b(?:on\s+or\s+after|after)\s+(?:the\s+)?$/i;
const STARTING_FROM = /\b(?:from|as\s+of|starting|beginning)\s+(?:the\s+)?$/i;

/** "The September trade report", "August's figures": a month that names which report, not a day anything happened. */
const REPORT_OF_MONTH = /^(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:report|reports|figures|data|numbers|statistics|release|print|reading|survey)\b/i;

function monthNamesReport(claim: Claim): boolean {
  const m = claim.cited.mention;
  return m.precision === 'month' && REPORT_OF_MONTH.test(claim.sentenceText.slice(citedSpan(claim).end, citedSpan(claim).end + 40));
}

/** A demonym before a statistic's name: "Chinese customs figures", "Canadian data". */
const COUNTRY_FIGURES = /\b([A-Z][a-z]+(?:ese|an|ian|ish|i))\s+(?:customs\s+|trade\s+|export\s+|import\s+)?(?:figures|data|numbers|statistics)\b/;

/** "Chinese customs figures released on Oct. 13" do not date the US figures a brief speaks of. */
function otherCountryFigures(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  const near = f.sentence.slice(Math.max(0, d.start - 60), d.start);
  const m = COUNTRY_FIGURES.exec(near);
  if (!m) return false;
  const theirs = governmentsIn(m[1]);
  if (!theirs.size) return false;
  const ours = governmentsIn(claim.sentenceText);
  return ours.size > 0 && ![...theirs].some((g) => ours.has(g));
}

/** "began reviewing licences", "started issuing licences": what was begun. */
const BEGAN_DOING = /\b(?:began|begun|begins?|started|starts?|start)\s+([a-z]{3,}ing)\b/i;

/** "began issuing the first licences on August 8" is not "began reviewing licences in July". */
function otherThingBegun(claim: Claim, f: Fact): boolean {
  const said = BEGAN_DOING.exec(claim.clauseText)?.[1];
  const sourced = said && BEGAN_DOING.exec(f.sentence)?.[1];
  if (!sourced) return false;
  const [a, b] = [contentTerms(said)[0], contentTerms(sourced)[0]];
  return a !== b && !(FLOWING.has(a) && FLOWING.has(b));
}
/** Goods set moving, in words that tell one thing: "gas began moving" is "gas had started flowing". */
const FLOWING = new Set(contentTerms('flowing moving pumping streaming'));

/** A request for a thing, dated by its filing: "Moscow's request for WTO consultations, filed on 12 May". */
const REQUEST_FOR = /\b(?:request(?:s|ed)?|call(?:s|ed)?)\s+for\b/i;
/** A brief that tells the asking itself ("took the duties to WTO dispute settlement" is filing the request). */
const ASKING = /\b(?:request\w*|ask\w*|sought|seek\w*|call\w*\s+for|appl(?:y|ied|ication)|fil(?:e|ed|ing)|lodg\w*|submit\w*|challeng\w*|(?:took|takes?|taken|taking|brought|brings?|bringing)\b[^.;:]{0,60}\bto\s+(?:the\s+)?(?:WTO|World\s+Trade\s+Organi[sz]ation|dispute|court|arbitration|panel))\b/i;

/**
 * "Russia and the EU held their first round of consultations on 4 June" is not dated by "Moscow's
 * request for WTO consultations, filed on 12 May": the source's date is the asking, the brief's the
 * thing asked for.
 */
function requestOnlyInSource(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  if (ASKING.test(claim.clauseText)) return false;
  // (Or asked in the clause's verb, for a brief of the thing taking place: "on 11 August 2025 Brazil
  // formally requested consultations" does not date "the consultations were held in late September".)
  return REQUEST_FOR.test(f.sentence.slice(Math.max(0, d.start - 80), d.start)) || (TOOK_PLACE.test(claim.clauseText) && REQUESTED.test(factClause(f)) && !TOOK_PLACE.test(factClause(f)));
}
/** Asking in a verb: "requested consultations", "asked for talks", "sought a meeting". */
const REQUESTED = /\b(?:requested|requests|asked\s+for|sought|applied\s+for)\b/i;
/** The thing taking place: "were held", "took place", "met", "opened". */
const TOOK_PLACE = /\b(?:held|took\s+place|takes\s+place|convened|met|opened|began|started)\b/i;

/**
 * "EU ambassadors were given a first look at the draft joint statement on 19 August" is not dated by
 * "the joint statement of August 21": a draft is read, circulated or leaked before the text it
 * becomes is issued, and a source that speaks of no draft tells the issuing.
 */
function draftOnlyInClaim(claim: Claim, f: Fact): boolean {
  return DRAFT.test(claim.clauseText) && !DRAFT.test(f.sentence);
}
// (Not the verb: "told ministers to finish the review and draft revision proposals".)
const DRAFT = /(?<!\b(?:to|and|will|would|must|should)\s+)\bdrafts?\b/i;

/** "A separate hearing on cranes", "another round", "a second round of meetings": the brief says it is not the one most told of ("in a separate ruling" only says where it read; "a further 25% duty" is a sum added). */
const ANOTHER = /(?<!\b(?:in|by|on|from)\s+)\b(?:a\s+separate|another|a\s+different|a\s+further(?!\s+\d)|a\s+(?:second|third|fourth|fifth|fresh)\s+(?:round|meeting|session|set|batch|tranche|wave|call|visit|trip)|(?:further|additional|fresh|more)\s+(?:guidance|guidelines|instructions|rules|clarifications?|details|measures|steps|curbs|sanctions|restrictions|exemptions|waivers))\b/i;

/** The brief calls its event another than the usual one, and the source does not tell of another. */
function anotherThanTold(claim: Claim, f: Fact): boolean {
  return ANOTHER.test(leadOf(claim)) && !/\b(?:separate|another|different|further|additional|extra|second|third|fourth|fifth|fresh)\b/i.test(f.sentence);
}

/** "was first sent to Congress in September", "initially tabled on": a bill's first step of several. */
const FIRST_ACT = /\b(?:first|originally|initially)\s+(?:sent|submitted|filed|tabled|introduced|presented|referred)\b[^.;:]{0,60}$/i;
const ACT_WORDS = /\b(?:send|sent|sends|submit\w*|fil(?:e|es|ed|ing)|tabl(?:e|es|ed|ing)|introduc\w*|present\w*|refer(?:s|red|ring)?)\b/i;

/**
 * "The bill was first sent to Congress in September" dates the sending: a brief about what came of
 * it later ("industry chambers spent mid-November pressing deputies") is not answered by it.
 */
function firstActOnlyInSource(claim: Claim, f: Fact): boolean {
  return FIRST_ACT.test(factLead(f, 80)) && !ACT_WORDS.test(claim.clauseText);
}

/** A later version: "Revision 2 of the advisory", "the amended order", "the updated guidance". */
const REVISION = /\b(?:revision|revised|revises?|revising|rev\.|amended|amendment|amends?|amending|updated|second\s+version|new\s+version)\b/i;
const ISSUED = /\b(?:(?:first|originally|initially)\s+(?:issued|published|released|posted|announced|sent)|issued|published|released)\b/i;

/**
 * "Revision 2 was issued on 4 November" is not answered by "the advisory was first issued on 19
 * September", nor "Treasury is expected to revise its guidance on 30 September" by "Treasury issued
 * its guidance on August 15".
 */
function revisionAgainstFirstIssue(claim: Claim, f: Fact): boolean {
  return REVISION.test(claim.clauseText) && ISSUED.test(f.sentence) && !REVISION.test(f.sentence);
}

/** "exports in May", "figures for April": the month a statistic covers, not a day anything was done. */
// Also with words between: "exports to the United States fell 10.1% in July".
const STAT_PERIOD = /\b(?:exports?|imports?|shipments?|sales|output|production|figures|data|numbers|surplus|deficit|inflation|growth|prices|purchases|orders)\b(?:[^.;:]|\.\d){0,60}?\s(?:in|for|during|over)\s+(?:the\s+month\s+of\s+)?$/i;
const RELEASED = /\b(?:released|release|published|reported|showed|shows|came\s+out|issued|put\s+out)\b/i;

/**
 * "Importers that paid the higher rate on cars entered since Aug. 1 should be able to claim back the
 * difference" dates the cars' entry, not the refunds: a brief that "US customs began paying out
 * refunds … in October 2025" does not tell of that entry. Goods moved on a day (entered, shipped,
 * loaded, imported) answer only a brief that tells that move; so do goods moved in a month ("file
 * valuation documents for cars landed in February and March", against "Customs issued a notice on 28 April").
 */
function goodsMovedOnlyInSource(claim: Claim, f: Fact): boolean {
  const moved = GOODS_MOVED_ON.exec(factLead(f, 60));
  if (!moved) return false;
  // The move's stem, which its noun shares ("shipped": shipments; "entered": entries).
  const stem = moved[1].toLowerCase().replace(/(?:ed|ing)$/, '').replace(/([^aeiou])\1$/, '$1');
  return !new RegExp(stem === 'enter' ? '\\bent(?:er|r[iy])' : `\\b${stem}`, 'i').test(claim.clauseText);
}
const GOODS_MOVED_ON = /\b(?:goods|cars|vehicles|products|shipments|cargo(?:es)?|imports|exports|parcels|packages|containers|consignments|items|steel|wine|beef)\s+(?:that\s+(?:were|are|was|is)\s+|(?:were|are)\s+)?(entered|shipped|loaded|imported|exported|dispatched|landed|cleared|arriving|entering|shipping|leaving|departing|in\s+transit)\s+(?:into\s+[\w\s.]{1,30}?\s+|in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+)?(?:on\s+or\s+(?:after|before)|since|after|before|from|on|by|until|in|during|between)\s+(?:the\s+)?$/i;

/** "Customs figures released on June 9 showed …" is not answered by "exports in May fell". */
function releaseAgainstPeriod(claim: Claim, f: Fact): boolean {
  // Unless the brief's date is a statistic's month too ("data showed exports fell … in June").
  if (STAT_PERIOD.test(leadOf(claim))) return false;
  return STAT_PERIOD.test(factLead(f, 80)) && (RELEASED.test(claim.clauseText) || (claim.column !== undefined && RELEASED.test(claim.column)));
}

/** Words of a statistic: what figures are of. */
const RATE_OF_DUTY = /\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:[a-z-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?)\b/i;
const FIGURES = /\b(?:exports?|imports?|shipments?|sales|output|production|figures|data|surplus|deficit|inflation|growth|GDP)\b/i;

/**
 * A statistic is told by its value: "figures put exports 18.5% below a year earlier" is not the
 * release of figures that put watch exports "55.7% lower".
 */
function otherFigures(claim: Claim, f: Fact): boolean {
  if (otherPrices(claim.clauseText, f.sentence)) return true;
  if (!FIGURES.test(claim.sentenceText) || !FIGURES.test(f.sentence)) return false;
  const said = ratesIn(claim.sentenceText);
  const sourced = ratesIn(f.sentence);
  return said.length > 0 && sourced.length > 0 && !said.some((r) => sourced.map(Number).includes(Number(r)));
}

/** A price by its unit: "USD 10/kg", "$8.40 a kilogram", "€1,250 per tonne". */
const PRICE = /(?:US\$|USD\s?|\$|€|EUR\s?)\s?(\d[\d,]*(?:\.\d+)?)\s*(?:\/|\s(?:a|an|per)\s)\s*(kg|kilo(?:gram)?s?|tonnes?|tons?|t|lbs?|pounds?|barrels?|bbl)\b/gi;

function pricesIn(text: string): Array<{ amount: number; unit: string }> {
  return [...text.matchAll(PRICE)].map((m) => ({ amount: Number(m[1].replace(/,/g, '')), unit: m[2].toLowerCase().replace(/^(?:kg|kilo(?:gram)?s?)$/, 'kg').replace(/^(?:tonnes?|tons?|t)$/, 't').replace(/^(?:lbs?|pounds?)$/, 'lb').replace(/^(?:barrels?|bbl)$/, 'bbl') }));
}

/**
 * "Kernel offers in Istanbul were already above USD 10/kg in late April" is not "offers … rose to about
 * $8.40 a kilogram … on Wednesday": prices of one unit, none the same, are two moments of the market.
 */
function otherPrices(ours: string, theirs: string): boolean {
  const said = pricesIn(ours);
  if (!said.length) return false;
  const sourced = pricesIn(theirs);
  return sourced.length > 0 && said.every((p) => sourced.some((q) => q.unit === p.unit)) && !said.some((p) => sourced.some((q) => q.unit === p.unit && q.amount === p.amount));
}

/**
 * A limit is told by its size: "the first season got under way on April 16, 2024 with a 2.475
 * million tonne limit" is not "the 3 million tonne limit the ministry set last month".
 */
function otherLimitSize(claim: Claim, f: Fact): boolean {
  if (!LIMIT_NOUN.test(claim.clauseText) || !LIMIT_NOUN.test(f.sentence)) return false;
  const said = quantitiesIn(claim.clauseText);
  const sourced = quantitiesIn(f.sentence);
  return said.length > 0 && sourced.length > 0 && !said.some((q) => sourced.some((r) => r.unit === q.unit && r.amount === q.amount)) && said.some((q) => sourced.some((r) => r.unit === q.unit));
}
const LIMIT_NOUN = /\b(?:limits?|quotas?|caps?|ceilings?|allowances?)\b/i;
const QUANTITY = /\b(\d+(?:\.\d+)?)(?:\s*|-)(million|billion|thousand)?(?:\s+|-)(?:metric\s+)?(tonnes?|tons?|barrels?|bags?|head|units?|vehicles?|containers?)\b/gi;
const MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The quantities a text names, by unit: "2.475 million tonne" is 2,475,000 tonnes. */
function quantitiesIn(text: string): Array<{ amount: number; unit: string }> {
  return [...text.matchAll(QUANTITY)].map((m) => ({ amount: Math.round(Number(m[1]) * (MULTIPLIER[(m[2] ?? '').toLowerCase()] ?? 1)), unit: m[3].toLowerCase().replace(/s$/, '').replace(/^tonne$/, 'ton') }));
}

/** A first cell that is a name: "| Synopsys | said it was restoring access | July 3 |". */
const NAME_CELL = /^\s*([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s*$/;


/**
 * The brief's row is about a name the source's sentence never gives: its label ("| Siemens | said …
 * | July 2 |"), or a cell that is only a name and that its entry names too ("| Nov. 6 | Gunvor
 * withdraws its offer for Lukoil's foreign assets | Gunvor |" against the day Treasury designated
 * Lukoil; not a source column, "| … | Wire |", whose name the entry does not give).
 */
function rowNameMissing(claim: Claim, f: Fact, corpus: Derived): boolean {
  if (claim.column === undefined) return false;
  const cells = claim.sentenceText.split('|');
  const label = rowLabelOf(claim);
  return cells.some((cell) => {
    const name = NAME_CELL.exec(cell)?.[1];
    // A country or a name the corpus knows is met by its other forms ("Japanese", "MOFCOM"): only
    // a name the matcher cannot see is read here.
    if (!name || governmentsIn(name).size || corpus.registry.lookup(name)) return false;
    const actor = (!!label.trim() && cell.trim() === label.trim()) || cells.some((other) => other !== cell && other.includes(name));
    return actor && !f.sentence.includes(name);
  });
}

/** Words of putting something off: "extend", "pushed back", "postponement", "pushed the deadline". */
const PUT_OFF_VERBS = 'extend(?:s|ed|ing)?|extension|paus(?:e|es|ed|ing)|push(?:es|ed|ing)?\\s+(?:[\\w-]+\\s+){0,3}?back|(?:push(?:es|ed|ing)?|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?)\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:deadline|date|start|cut-?off)|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing|ement)|defer(?:s|red|ring|ral)?|put\\s+off';

/** The day something was put off to: "agreed to extend the deadline to 9 July", "delayed until August 1". */
const PUT_OFF_TO = new RegExp(`\\b(?:${PUT_OFF_VERBS})\\b[^.;:]{0,40}?\\b(?:to|until|till)\\s+(?:the\\s+)?$`, 'i');

/** Words of putting something off, anywhere. */
const PUT_OFF = new RegExp(`\\b(?:${PUT_OFF_VERBS}|reprieve)\\b`, 'i');

/**
 * "On May 25 von der Leyen secured an extension of the deadline" is not answered by "on 25 May he
 * agreed to extend the deadline to 9 July": the brief dates the putting off, the source's date is
 * the day it was put off to.
 */
function putOffToOnlyInSource(claim: Claim, f: Fact): boolean {
  return PUT_OFF_TO.test(factLead(f, 80)) && PUT_OFF.test(claim.clauseText) && !PUT_OFF_TO.test(leadOf(claim));
}

/**
 * "The Commission released its first country classification in May 2025" is not answered by "the
 * Commission must also publish its classification … by June 30 next year": a limit set for an act
 * is not the day it was done. Only a brief that tells a limit too ("had to publish it by") is held
 * to it.
 */
function limitOnlyInSource(claim: Claim, f: Fact): boolean {
  return LIMIT_SET_BY.test(factLead(f, 80)) && !LIMIT_BEFORE_DATE.test(leadOf(claim)) && !LIMIT_WORDS.test(claim.clauseText);
}
const LIMIT_SET_BY = /\b(?:must|has\s+to|have\s+to|had\s+to|is\s+to|are\s+to|(?:is|are|was|were)\s+(?:required|obliged|due)\s+to|needs?\s+to|should|shall)\b[^.;:]{0,80}\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;
const LIMIT_BEFORE_DATE = /\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;
const LIMIT_WORDS = /\b(?:deadline|due|must|had\s+to|has\s+to|have\s+to|required|obliged)\b/i;

/**
 * And the other way: "Trump's executive order of July 8, 2025 pushed the deadline for the higher
 * duties to 1 August" dates where the deadline went, which "Under the executive order Trump signed
 * on July 31, 2025, Pakistani goods will face a 19 percent duty" does not tell.
 */
function putOffToOnlyInClaim(claim: Claim, f: Fact): boolean {
  const lead = factLead(f, 80);
  return PUT_OFF_TO.test(prefixOf(claim)) && !PUT_OFF_TO.test(lead) && !PUT_OFF.test(lead) && !DEADLINE_WORD.test(lead);
}

/** A source's date told as a deadline or an end: "the deadline of", "due to lapse on", "expires on". */
const DEADLINE_WORD = /\b(?:deadline|cut-?off|lapse|expir\w*|until|till|by|due|ends?|from|starting|effective|takes?\s+effect|in\s+force)\b/i;

/**
 * A table with a column per country ("| Event | Brazil | Switzerland |"): a date in the Switzerland
 * column is not answered by a source sentence that never names Switzerland.
 */
function columnCountryMissing(claim: Claim, f: Fact): boolean {
  const countries = claim.column ? governmentsIn(claim.column) : undefined;
  if (!countries?.size) return false;
  const named = governmentsIn(f.sentence);
  return ![...countries].some((c) => named.has(c));
}

/** Verbs that declare something themselves ("announced", "notifies"), as a hearsay "said" does not. */
const DECLARING = 'tells|told|announc(?:es|ed|ing)|stat(?:es|ed)|writes|wrote|confirm(?:s|ed|ing)|promis(?:es|ed)|pledg(?:es|ed)|vow(?:s|ed)|notif(?:y|ies|ied)|inform(?:s|ed)';

/** Words of a saying. */
// "posted the ad" is no saying; "posted on X that …" is.
const REPORTS = new RegExp(`\\b(?:says|said|saying|${DECLARING})\\b|\\bpost(?:s|ed)\\b(?=[^.;]{0,30}\\bthat\\b)`, 'i');

/** A saying that declares something itself ("announced an end to", "notifies Congress"), not a hearsay "said". */
const DECLARES = new RegExp(`\\b(?:${DECLARING})\\b`, 'i');

/** A saying about what will happen: "posts that … he will talk to Modi soon", "told reporters that levies … would stay". */
const SAYS_WILL = new RegExp(`(?:${REPORTS.source})[^.;]{0,80}?\\b(?:will|would|is\\s+to|plans?\\s+to|intends?\\s+to|is\\s+going\\s+to)\\b`, 'i');

/** The paper a saying was made in: "the joint statement", "his letter", "a notice". */
const SAYING_PAPER = /\b(statement|letter|notice|declaration|communiqu[eé]|readout|memo(?:randum)?)s?\b/i;

/**
 * "9 September: Trump posts that … he will talk to Modi soon" dates a post about a call to come,
 * not the call a source dates ("Trump called Modi on Wednesday evening"); "Ford said he would take
 * the ad down" is not "Ford had posted the ad the previous week".
 */
function sayingOfPlanAgainstHappening(claim: Claim, f: Fact): boolean {
  // A source whose date is a saying's too ("said on Friday the ad would come down", "On Friday,
  // Ford said …") answers it.
  const d = dateSpan(f);
  if (REPORTS.test(factLead(f, 60)) || REPORTS.test(f.sentence.slice(d.end, d.end + 30)) || SAYS_WILL.test(f.sentence)) return false;
  // Nor one whose date's own clause tells a saying ("On Oct. 19 Trump called Petro … and announced an
  // end to all payments", "| 30 Oct 2025 | The State Department notifies Congress that it is
  // withholding …"), or that names the paper the brief's saying was ("The joint statement of 27 July
  // said …" against "| 21 Aug 2025 | Joint statement on the framework: sides to consider …").
  // (Not a hearsay "said" within it: "in a conversation that aides said touched on the negotiations".)
  if (DECLARES.test(factClause(f))) return false;
  const paper = SAYING_PAPER.exec(claim.clauseText);
  if (paper && new RegExp(`\\b${paper[1]}`, 'i').test(f.sentence)) return false;
  const c = citedSpan(claim);
  // The clause up to the date and the sentence after it: "Trump wrote on 9 September, that … he would speak with Modi".
  // (Not past a later act's clause: "spoke by phone on 20 October, after which Trump said India would …".)
  const after = claim.sentenceText.slice(c.end);
  const cut = LATER_ACT.exec(after);
  const said = `${entryClause(claim.sentenceText, c.start, c.end) ?? ''} ${leadOf(claim)} ${cut ? after.slice(0, cut.index) : after}`;
  return SAYS_WILL.test(said);
}
const LATER_ACT = /,?\s*(?:after|following)\s+which\b|,\s*(?:and\s+)?(?:later|then|afterwards)\b/i;

/** "on September 30, the day after it was signed", "two days before the vote": the brief's date counted from another event. */
const COUNTED_FROM = /^[^.;]{0,80}?\b(?:(?:the|a|one)\s+day|(two|three|four|five|six|\d)\s+days)\s+(after|before)\b/i;

/**
 * The brief counts its date from another event ("put out its response on September 30, the day
 * after it was signed"): a source that dates that event the same count away (signed on Monday,
 * September 29) tells of the reference, and agrees.
 */
function dayOfTheReference(claim: Claim, f: Fact): boolean {
  const c = citedSpan(claim);
  // "…, the day after it was signed" (the claim's day counted from the reference), or "came five
  // days after the tariff announcement of September 25" (the cited day is the reference's).
  const after = COUNTED_FROM.exec(claim.sentenceText.slice(c.end));
  const before = after ? undefined : COUNTED_TO.exec(claim.sentenceText.slice(Math.max(0, c.start - 140), c.start));
  const m = after ?? before;
  if (!m) return false;
  const n = m[1] ? (/^\d/.test(m[1]) ? Number(m[1]) : wordNumber(m[1].toLowerCase())) : 1;
  const cited = reachOf(claim.cited.mention, claim.cited.yearSource === 'explicit', claim.cited.year);
  const source = factReach(f, claim.cited);
  if (!cited || !source || !cited.fine || !source.fine) return false;
  const forward = m[2].toLowerCase() === 'after';
  const shift = after ? (forward ? -n : n) : forward ? n : -n;
  return source.from <= cited.from + shift && cited.to + shift <= source.to;
}

/** "… five days after the tariff announcement of", "the day before its": a count to a reference the cited date dates. */
const COUNTED_TO = /\b(?:(?:the|a|one)\s+day|(two|three|four|five|six|seven|\d{1,2})\s+days)\s+(after|before)\s+(?:the|its|his|her|their|a)\s+[^.;,]{0,60}?\b(?:of|on|dated)\s+$/i;

/** A noun phrase's own date after "on": "the commission's vote on", "its ruling on" (not "imposed tariffs on"). */
const NOUN_ON_DATE = /(?:^|[^\w'’])(?:the|its|their|his|her|[A-Za-z]+['’]s)\s+([a-z]{3,})\s+on\s+$/;

/** An occasion the act was done at, right before a noun dated by "on": "at a ceremony on the sidelines of", "during". */
const AT_OCCASION_OF = /\b(?:at|during)\s+(?:a|an|the)\s+[a-z]+(?:\s+on\s+the\s+(?:sidelines|margins|fringes))?\s+of\s*$|\bon\s+the\s+(?:sidelines|margins|fringes)\s+of\s*$/i;

/** A preposition that makes the dated noun an object of the verb before it: "signed … for". */
const OBJECT_OF = /\b(?:for|with|to|into|over|under)\s*$/i;

/** The brief's clause tells a verb of `text` in the past ("signed"): the act `text` dates is the brief's. */
function actTold(claim: Claim, text: string): boolean {
  const ours = new Set(contentTerms(claim.clauseText));
  for (const w of text.matchAll(/\b([a-z]{3,}ed)\b/g)) if (contentTerms(w[1]).some((t) => ours.has(t))) return true;
  return false;
}

/** A date written onto a noun: "last week's raid", "Monday's vote", "the Sept 4 raid". */
const DATE_ON_NOUN = new RegExp(`\\b(?:(?:(?:last|this|next)\\s+(?:week|month|year)|yesterday|today|tomorrow|${WEEKDAY_NAMES.join('|')})['’]s\\s+([a-z]{3,})|the\\s+${MON}\\s+\\d{1,2}\\s+([a-z]{3,}))\\b`, 'g');

/**
 * "| ICE raid | 4 Sep 2025 |" is not dated by a minister's statement stamped Sept 12 that speaks of
 * "last week's raid": the source dates the raid otherwise, in the same sentence.
 */
function datedOtherwiseInSource(claim: Claim, f: Fact): boolean {
  return nounsDatedOtherwise(claim, f).length > 0;
}

const OCCASION_NOUN = /\b(?:session|sessions|meeting|meetings|talks|summit|call|visit|round|vote|hearing|conference|debate|ceremony|sitting|plenary)$/i;

/** Where in `f`'s sentence another date is written onto a noun of the claim's head ("Monday's session"). */
function nounsDatedOtherwise(claim: Claim, f: Fact): Array<{ from: number; to: number }> {
  const head = new Set(contentTerms(`${rowLabelOf(claim)} ${leadOf(claim)}`));
  if (!head.size) return [];
  const d = dateSpan(f);
  const out: Array<{ from: number; to: number }> = [];
  for (const m of f.sentence.matchAll(DATE_ON_NOUN)) {
    if (m.index! < d.end && m.index! + m[0].length > d.start) continue; // the fact's own date
    const noun = contentTerms(m[1] ?? m[2])[0];
    if (noun && head.has(noun)) out.push({ from: m.index!, to: m.index! + m[0].length });
  }
  return out;
}

/**
 * The sentence's fact whose date is written onto a noun of the claim's head, as a match, when that
 * noun is an occasion ("Monday's session"): a measure's day ("the Oct. 9 measures") is when it was
 * made, not what the brief says was done to it.
 */
function nounDatedInSource(claim: Claim, f: Fact, corpus: Derived): FactMatch | undefined {
  for (const { from, to } of nounsDatedOtherwise(claim, f)) {
    if (!OCCASION_NOUN.test(f.sentence.slice(from, to))) continue;
    const own = sentenceFacts(corpus, f).find((g) => g !== f && dateSpan(g).start >= from && dateSpan(g).start < to);
    if (own) return { fact: own, score: 0, coverage: 0, sharedEntities: 0, sharedTerms: 0 };
  }
  return undefined;
}

/**
 * "the Sept. 4 detention of Korean workers" dates the detention: a brief about the workers' return
 * ("back on Korean soil on Friday, Sept. 12") is not answered by it, unless it names that noun or an
 * event of its kind.
 */
function ownNounOnlyInSource(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  // "The commission's vote on June 10 was unanimous": a noun with its determiner, dated by "on".
  const owned = NOUN_ON_DATE.exec(f.sentence.slice(Math.max(0, d.start - 60), d.start));
  if (owned) {
    const noun = contentTerms(owned[1])[0];
    // (Nor where a saying was put out: "In a statement posted on its website on Tuesday" dates the statement.)
    if (POSTED_WHERE.test(owned[1])) return false;
    // (Not a noun of the place or occasion where the brief's own act was done: "signed their protocols
    // at a ceremony on the sidelines of the plenary on Monday afternoon" dates the signing.)
    const before = f.sentence.slice(0, Math.max(0, d.start - 60) + owned.index);
    if (AT_OCCASION_OF.test(before) && actTold(claim, before)) return false;
    // (Nor a noun the brief's act was done for or with: "signed a joint development agreement for the
    // project on 13 August" dates the signing.)
    if (OBJECT_OF.test(before) && actTold(claim, before)) return false;
    // (Nor the object of the brief's own verb right before it: "The European Parliament adopted its
    // position on 22 May" dates the adopting.)
    const verb = /\b([a-z]{3,}ed)\s*$/.exec(before);
    if (verb && actTold(claim, verb[1])) return false;
    return !!noun && !contentTerms(claim.clauseText).includes(noun) && !kindsIn(owned[1]).some((k) => claim.kinds.includes(k));
  }
  for (const m of f.sentence.matchAll(DATE_ON_NOUN)) {
    if (!(m.index! < d.end && m.index! + m[0].length > d.start)) continue;
    const word = m[1] ?? m[2];
    const noun = contentTerms(word)[0];
    if (!noun) return false;
    // (Nor the issue a paper came out in, for a brief of its publication: "The decree is published in
    // today's edition (15) of the Diário Oficial da União".)
    if (ISSUE_NOUN.test(word) && PUBLISHED_IN.test(f.sentence) && PUBLISHED_IN.test(leadOf(claim))) return false;
    const kinds = kindsIn(word);
    return !contentTerms(claim.clauseText).includes(noun) && !kinds.some((k) => claim.kinds.includes(k));
  }
  return false;
}
/** The issue a paper came out in ("today's edition"), and where a saying was put out ("its website"). */
const ISSUE_NOUN = /\b(?:edition|issue)\b/i;
const POSTED_WHERE = /^(?:website|site|webpage|account|channel|platform|page|feed)$/i;
const PUBLISHED_IN = /\bpublished\s+in\b/i;

/** Going back on words, or refusing to: "would not take back her remarks", "retracted", "stood by his comments". */
const RETRACTION = /\b(?:(?:take|takes|took|taking|walk|walks|walked|walking)\s+back|retract\w*|withdr[ae]w\w*\s+(?:the|his|her|their|its)\s+(?:remarks|comments|words|statement)|st(?:and|ands|anding|ood)\s+by\s+(?:the|his|her|their|its)\s+(?:remarks|comments|words|statement))\b/i;

/**
 * "Takaichi told lawmakers on Monday she would not take back her remarks" is not dated by the
 * remarks themselves ("on November 7, Takaichi said a blockade could …"): going back on words, or
 * refusing to, comes after them.
 */
function retractionOnlyInClaim(claim: Claim, f: Fact): boolean {
  return RETRACTION.test(claim.sentenceText) && !RETRACTION.test(f.sentence);
}

/** A saying dated right after its verb: "Quirno said on 18 December", "told reporters on Friday". */
// (Also "said in a joint statement on Thursday": the paper it was said in stands between.)
// ("the United States Congress on" is no saying: "States" there is a name.)
const SAID_ON = /\b(?:said|says|told|tells|stated|(?<!\bUnited\s+)states|declared|added|warned|wrote|repeated|stressed)\b(?:\s+in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|interview|post|letter|release|note|briefing|speech|communiqu[eé]))?(?:\s+[\w'’-]+){0,2}?\s+(?:on|in)\s+(?:the\s+)?$/i;
/** How far before a date its saying may stand ("the two sides said in a joint statement on"). */
const SAYING_REACH = 60;

/**
 * The saying right before a date at `dateStart` of `sentence` (not before `from`), if one dates it:
 * where its window starts, and where the saying itself does.
 */
function sayingBefore(sentence: string, dateStart: number, from = 0): { from: number; at: number } | undefined {
  const start = Math.max(from, dateStart - SAYING_REACH);
  const m = SAID_ON.exec(sentence.slice(start, dateStart));
  return m ? { from: start, at: start + m.index } : undefined;
}

/** The date at `at` stands inside a quotation of its sentence. */
function quoted(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * "Quirno said on 18 December that …" is not dated by what he is quoted as saying: "is 'ready to
 * sign in January'" dates the signing he spoke of, not his words.
 */
function quotedAgainstSaying(claim: Claim, f: Fact): boolean {
  return SAID_ON.test(leadOf(claim)) && !quoted(claim.sentenceText, citedSpan(claim).start) && quoted(f.sentence, dateSpan(f).start);
}

/**
 * Words of an occasion the brief's date is of: "the Kuala Lumpur talks, on 25 October", "held formal
 * bilateral copper consultations in April 2025" (not a WTO case's consultations, a step of the case).
 */
const OCCASION_LEAD = /\b(?:talks|meeting|summit|round|negotiations|(?<!\b(?:WTO|dispute)\s+)consultations?|ministerial|conference|forum|plenary|session|visit|call|debate|hearing|vote|day\s+(?:one|two|three)|(?:first|second|third|final|opening|closing)\s+day)\b[^.;:]{0,30}$/i;
/** Any word a source may tell an occasion by. */
const OCCASION_WORDS = /\b(?:talks?|talked|meet(?:s|ing|ings)?|met|summit\w*|ministerials?|conferences?|forums?|plenar(?:y|ies)|rounds?|negotiat\w*|discuss\w*|consult\w*|dialogue|session|visit\w*|call(?:s|ed)?|spoke|speak\w*|gather\w*|sat\s+down|conversation|delegations?|hosted|hosts?|debat\w*|hearings?|committees?|vot(?:e|es|ed|ing)|run-?offs?|elections?|ballots?|referend(?:um|ums|a))\b/i;

/**
 * "Day one of the Kuala Lumpur talks, on 25 October, covered port fees …" is not dated by "Topics:
 * the US port fees that began on 14 October …": a source sentence that tells of no occasion at all
 * does not date one.
 */
function occasionNotInSource(claim: Claim, f: Fact): boolean {
  const lead = leadOf(claim);
  // (A plenary is its parliament sitting: "The plenary adopted it" is told by "The European Parliament adopted its position".)
  return OCCASION_LEAD.test(lead) && !OCCASION_WORDS.test(f.sentence) && !occasionByItsPlace(lead, f) && !journeyForOccasion(lead, f) && !(PLENARY.test(lead) && PARLIAMENT_NAMED.test(f.sentence));
}
const PLENARY = /\bplenar(?:y|ies)\b/i;
/** A legislature named: the chambers that vote (not the Council's governments), or a parliament by its own name. */
const PARLIAMENT_NAMED = new RegExp([...CHAMBERS.filter(([body]) => body !== 'council').map(([, re]) => re.source), String.raw`\b(?:Assembly|legislators|Congress|Diet|Storting|Riksdag|Sejm)\b`].join('|'));

/**
 * "Trump arrived in Kuala Lumpur for the ASEAN summit on 27 October" dates the arrival, which the
 * summit is only the purpose of: a source that tells the arrival ("Trump, who arrived in Kuala
 * Lumpur on Sunday morning") answers it, summit or not.
 */
function journeyForOccasion(lead: string, f: Fact): boolean {
  const verb = JOURNEY_FOR.exec(lead)?.[1];
  const family = verb === undefined ? undefined : JOURNEYS.find((re) => re.test(verb));
  return !!family && family.test(f.sentence);
}
/** A journey's verbs, each with the other forms a source may tell it by. */
const JOURNEYS = [/\barriv(?:e|ed|es|ing|als?)\b/i, /\bland(?:ed|s|ing)?\b/i, /\bfl(?:ew|ies|own|ying)\b/i, /\btravel(?:l?(?:ed|ing|er)|s)?\b/i, /\bdepart(?:s|ed|ing|ures?)?\b/i, /\btouch(?:ed|es|ing)?\s+down\b/i];
const JOURNEY_FOR = /\b(arriv(?:ed|es)|land(?:ed|s)|flew|flies|travell?(?:ed|s)|depart(?:ed|s)|touch(?:ed|es)\s+down)\b[^.;:]{0,50}\bfor\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?[^.;:]{0,40}$/i;

/**
 * "won an interim reprieve in Bali in December 2013" tells of "the Bali meeting": an occasion the
 * brief names by its place is told by that place right before the source's date.
 */
function occasionByItsPlace(lead: string, f: Fact): boolean {
  const place = PLACE_BEFORE_OCCASION.exec(lead)?.[1];
  if (!place) return false;
  const d = dateSpan(f);
  return new RegExp(`\\b(?:in|at)\\s+${place}\\b[^.;:]{0,12}$`).test(f.sentence.slice(Math.max(0, d.start - 40), d.start));
}
const PLACE_BEFORE_OCCASION = /\b([A-Z][a-z]{2,})\s+(?:talks|meeting|summit|round|ministerial|conference|forum)\b[^.;:]{0,30}$/;

/**
 * "The China truce was extended for another 90 days" is not dated by "negotiators met in Madrid in
 * mid-September, where they … discussed extending the truce": a claim of another kind that tells
 * of no occasion is not answered by the day of one.
 */
function occasionOnlyInSource(claim: Claim, f: Fact): boolean {
  // (Or a start of what is done, of no kind: "Exporters could begin applying for quota allocations on June 2" is not
  // dated by "At the meeting, held on May 13 and 14, the two sides agreed that … could apply".)
  const told = claim.kinds.length > 0 || BEGIN_TO_ACT.test(leadOf(claim));
  return OCCASIONS.has(f.kind) && told && !claim.kinds.some((k) => OCCASIONS.has(k) || k === 'talks') && !OCCASION_WORDS.test(claim.sentenceText) && !actAtOccasion(f);
}

/** "could begin applying for … on", "started issuing … from": a start of what is done, told by its verb. */
const BEGIN_TO_ACT = /\b(?:begin|began|begun|begins|start|started|starts)\s+[a-z]+ing\b[^.;:]{0,60}$/i;

/** "the Executive Yuan, at its weekly meeting on Thursday, August 7, approved …": the date is of the act done at the occasion. */
function actAtOccasion(f: Fact): boolean {
  const d = dateSpan(f);
  return AT_OCCASION_ON.test(f.sentence.slice(Math.max(0, d.start - 60), d.start)) && ACT_RIGHT_AFTER.test(f.sentence.slice(d.end, d.end + 60));
}
const AT_OCCASION_ON = /\b(?:at|during)\s+(?:its|their|his|her|the|a)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|sitting|summit|conference)\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?$/;
const ACT_RIGHT_AFTER = /^(?:,\s*\d{4})?,\s+(?:formally\s+|also\s+)?[a-z]{3,}ed\b/;

/** Occasions: what happens on a day, and starts nothing that runs "from" it. */
const OCCASIONS: ReadonlySet<EventKind> = new Set<EventKind>(['summit', 'meeting', 'call', 'interview', 'hearing', 'travel']);

/**
 * "The 50% rate, which bit from 4 June" is a measure's start: a summit's day does not answer it. (Not
 * a start the source tells as one: "The requirement applies to shipments arriving at Saudi ports …
 * from 1 April 2025" is no journey, whatever its "arriving" makes of its kind.)
 */
function startAgainstOccasion(claim: Claim, f: Fact): boolean {
  return OCCASIONS.has(f.kind) && /\b(?:from|starting|beginning|effective)\s+(?:on\s+)?$/i.test(leadOf(claim)) && momentOfFact(f) !== 'start';
}

/** A round of the talks: "the opening full round", "the first negotiating round", "a second round of talks". */
const ROUND = /\b(?:first|opening|inaugural|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|full|formal)\s+(?:[\w–-]+\s+){0,3}?rounds?\b|\brounds?\s+of\s+(?:talks|negotiations)\b/i;
/** The talks as a whole opened: "first opened talks", "launched negotiations", "the launch of the talks", "agreed to begin negotiating". */
const TALKS_OPENED = /\b(?:open(?:ed|s)?|launch(?:ed|es)?|start(?:ed|s)?|beg[au]n|begins|kick(?:ed|s)?\s+off)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b|\b(?:launch|opening|start)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations)\b|\b(?:talks|negotiations)\s+(?:were|was|had\s+been)\s+(?:formally\s+)?(?:launched|opened|started)\b|\b(?:beg[iau]n|begins|start(?:ed|s)?|launch(?:ed|es)?|open(?:ed|s)?)\s+(?:formal(?:ly)?\s+)?negotiating\b/i;

/**
 * "The opening full round of talks was slated for Brussels in July 2018" is not dated by "Brussels
 * and Wellington first opened talks in June 2018": a round is one sitting of talks a launch opened.
 */
function roundAgainstLaunch(claim: Claim, f: Fact): boolean {
  return ROUND.test(claim.sentenceText) && !/\brounds?\b/i.test(f.sentence) && TALKS_OPENED.test(f.sentence);
}

/** Participles of an undoing: "lifted", "rescinded", "suspended" … */
const UNDONE_VERBS = 'lifted|rescinded|removed|scrapped|abolished|repealed|dismantled|revoked|withdrawn|dropped|suspended|paused|halted|waived|frozen|shelved|put\\s+on\\s+hold|rolled\\s+back|reversed';

/** Right after a date, a subject and an undoing verb: ", Akazawa abandoned", " the ministry called off". */
const UNDONE_AFTER = new RegExp(`^,?\\s+(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){1,3}(?:abruptly\\s+|suddenly\\s+|formally\\s+)?(?:${UNDONE_VERBS}|abandoned|cancell?ed|called\\s+off|withdrew|postponed|delayed)\\b`);

/** An entry whose first verb undoes: "the 31% rate is put on hold", "Washington suspends the fees". */
const UNDONE_ENTRY = new RegExp(`^[^.;:]{0,60}?\\b(?:(?:is|are|was|were|gets?|got)\\s+(?:formally\\s+|officially\\s+)?(?:${UNDONE_VERBS})|lifts|rescinds|scraps|revokes|suspends|pauses|halts|waives)\\b`, 'i');

/** Trade stopped, not a measure undone: "halted all Japanese seafood imports", "suspended soybean purchases" (not "suspended the ban on imports"). */
const FLOW_HALTED = /\b(?:halted|suspended|paused|stopped|froze)\s+(?:the\s+|its\s+|their\s+|all\s+|most\s+)?(?:(?!(?:ban|bans|tariffs?|duty|duties|curbs|restrictions|controls|quotas?|measures?|rules?|levy|levies|fees?)\b)[\w'’-]+\s+){0,3}(?:imports?|exports?|shipments?|purchases?|sales|deliveries|trade|orders)\b[^.;:]{0,60}$/i;

/** "were lifted on", "was formally rescinded in": the brief's date is the undoing's. */
/** The same undoings done by someone: "froze the whole control package on". */
// (And the thing between a phrasal verb's parts: "Seoul put the WTO case on hold in".)
const UNDONE_ACTIVE = new RegExp(`\\b(?:(?:${UNDONE_VERBS}|withdrew|froze)\\s+(?:the|its|their|all|most|a|an|those|these|this|that)\\b[^.;:]{0,60}|put\\s+(?:the|its|their|all|most|a|an|those|these|this|that)\\s+[^.;:]{0,40}?\\bon\\s+hold\\b[^.;:]{0,30})$`, 'i');
// (Not when another passive follows it: "the label that was lifted before the signing had been
// applied in September 2019" dates the applying.)
const UNDONE_PASSIVE = new RegExp(`\\b(?:was|were|been|is|are)\\s+(?:formally\\s+|officially\\s+|quietly\\s+|finally\\s+)?(?:${UNDONE_VERBS})\\b(?:(?!\\b(?:had|has|have)\\s+been\\b)[^.;:]){0,40}$`, 'i');

/** A table row's first cell about an undoing: "| EDA curbs lifted (Siemens notified) | July 2 |". */
const UNDONE_CELL = new RegExp(`\\b(?:${UNDONE_VERBS}|suspension|lifting|removal|revocation)\\b`, 'i');

/** An act whose object is the undoing: "announced the suspension of", "confirmed the lifting of". */
// ("announced its own one-year pause of": a few words may stand between.)
const ACT_ON_UNDOING = /\b(?:announced|announces|confirmed|confirms|ordered|orders|declared|declares|published|publishes)\s+(?:the|its|a|their)\s+(?:[\w-]+\s+){0,3}$/i;
/** And the other way round: "The 90-day suspension of reciprocal rates was announced on". */
const UNDOING_ACTED = /^[^.;:]{0,80}?\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:first\s+|formally\s+|officially\s+)?(?:announced|unveiled|agreed|ordered|declared|confirmed|published)\s+(?:on\s+|in\s+)?(?:the\s+)?$/i;

/** The undoing named as what the brief's date is about, before it: "Suspension of the US fees, effective …". */
const UNDONE = /\b(?:suspension|pause|lifting|removal|exemption|waiver|postponement|deferral|revocation)\b/i;

/** Stems that say when something happened to a measure, not which measure it was. */
const MOMENT_ONLY = new Set(contentTerms('took takes taking take effect effective immediately immediate entered enter into force came come comes went kicked kick began begin begins start started starts ended end ends expired expires applied apply applies falls fall fell'));

/** Words for a kind of event: "the deadline falls on" names no deadline in particular. */
const KIND_ONLY = new Set(contentTerms('deadline deadlines talks meeting meetings summit call calls statement announcement'));

/** Stems of acts every body performs: "issued" tells no more of what was issued than the body's name. */
// ("was made public" too: "the court's decision was made public" and "the order was made public" share no act.)
const ACT_ONLY = new Set(contentTerms('issue issues issued issuing publish publishes published publishing release releases released releasing made make makes making public publicly disclose discloses disclosed disclosing reveal reveals revealed revealing'));

/** A body's name, known to the registry or not ("the Commerce Department", "Bureau of Industry and Security"): its words name the actor. */
const BODY_NAME = /\b(?:[A-Z][A-Za-z]+\s+){0,3}(?:Department|Ministry|Bureau|Office|Council|Commission|Agency|Administration|Court|Parliament|Congress|Senate|Cabinet)(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:[A-Z][A-Za-z]+|and)){1,5})?/g;

/** A capital named by its country's adjective ("the Kenyan capital", "the Qatari capital"): a place's name in other words. */
const CAPITAL_BY_ADJECTIVE = /\b[A-Z][a-z]+\s+capital\b/g;
/** A people's name before the officials it names: "Kenyan legislators" (not "Brazilian goods", which tells which goods). */
const DEMONYM_BEFORE_NOUN = /\b([A-Z][a-z]+(?:an|ian|ese|ish))\s+(?=(?:legislators|lawmakers|officials|ministers|authorities|negotiators|diplomats|MPs|senators|delegates|delegations?|leaders|counterparts)\b)/g;

/** Words of order alone: "had first lobbied Brussels" and "The first, technical round … in Brussels" share no act. */
const ORDER_ONLY = new Set(contentTerms('first second third last final latest again earlier later'));

/** Stems every measure is called by. */
const MEASURE_ONLY = new Set(contentTerms('tariff tariffs duty duties rate rates levy levies new'));

/** An agreement by its initials, and the word for it. */
const AGREEMENT_SHORT: ReadonlySet<string> = new Set(contentTerms('FTA EPA CEPA CECA PTA TEPA'));
const AGREEMENT_TERM = contentTerms('agreement')[0];

/**
 * The claim and the source share more than a name named in passing: "The White House put its copper
 * proclamation into effect" and "Pfizer's chief appeared at the White House" share a name and its
 * words, nothing of what happened. A name that opens the source's clause is its actor, which is
 * enough ("The Ministry of Commerce rejected …" against "The Ministry of Commerce denied …").
 */
/** Words of the channel a saying went out by, which tell nothing of what was said. */
const MEDIUM_ONLY = new Set(contentTerms('media social post posts posted briefing briefings press conference interview reporters television radio broadcast online website platform livestream'));

function moreThanNames(claim: Claim, f: Fact, corpus: Derived): boolean {
  const shared = claim.entityIds.filter((id) => f.entities.includes(id));
  // A paper's or a measure's name ("the Joint Statement", "Liberation Day") tells what happened, as words do.
  if (shared.some((id) => corpus.entityById.get(id)?.kind === 'thing')) return true;
  // So is one the brief writes out in words of its own: "Bahrain's free trade agreement with the United
  // States" names the "Bahrain-United States Free Trade Agreement".
  if (namesSourcesThing(claim, f)) return true;
  // A name is a name even where the source's page did not know it for one ("Trump" on a page that
  // never gives his full name).
  const names = nameTerms(claim.entityIds, corpus);
  for (const body of claim.clauseText.matchAll(BODY_NAME)) for (const t of contentTerms(body[0])) names.add(t);
  for (const capital of claim.clauseText.matchAll(CAPITAL_BY_ADJECTIVE)) for (const t of contentTerms(capital[0])) names.add(t);
  // ("lobbied Kenyan legislators" shares only a people's name with "a Kenyan directive".)
  for (const people of claim.clauseText.matchAll(DEMONYM_BEFORE_NOUN)) for (const t of contentTerms(people[1])) names.add(t);
  for (const t of titleOnlyTerms(f, corpus)) names.add(t);
  // A shared rate names the measure ("Switzerland 39%: … in force 8 Aug" against "In force | Switzerland | 39%").
  if (sharesRate(claim.sentenceText, f)) return true;
  let sourced: Set<string> | undefined;
  const otherRate = !shared.length && ratesOf(f).length > 0 && !ratesIn(claim.sentenceText).length;
  for (const [key, w] of claim.features) {
    if (w !== 1 || !key.startsWith('t:')) continue;
    const t = key.slice(2);
    // "took effect" is said of every measure: it tells which moment, not which measure.
    // "The new tariff rates took effect" names no measure in particular: not the one a source names
    // by its rate ("the 84% rate on China took effect at midnight"), when nothing else is shared.
    // (Nor the channel a saying went out by: "at a media briefing" and "in a post on social media".)
    if (names.has(t) || MOMENT_ONLY.has(t) || ACT_ONLY.has(t) || ORDER_ONLY.has(t) || MEDIUM_ONLY.has(t) || (otherRate && MEASURE_ONLY.has(t)) || (!shared.length && KIND_ONLY.has(t))) continue;
    if (f.terms.includes(t) || (sourced ??= sourceTerms(f, corpus)).has(t)) return true;
    // ("the EU–New Zealand FTA" is "the EU-New Zealand agreement".)
    if (AGREEMENT_SHORT.has(t) && sourced.has(AGREEMENT_TERM)) return true;
  }
  // The actor alone is enough only for an act of a kind both name ("The ministry barred Nexperia's
  // unit on Oct. 4" says nothing of "the ministry announced port fees").
  // ("The Trump-Xi summit" and "Trump and Xi met": a summit is a meeting; so is "Wang's Brussels
  // round with Dombrovskis" against "Wang met Dombrovskis in Brussels": one encounter.)
  const sameKindOfAct = claim.kinds.includes(f.kind) || (ENCOUNTERS.has(f.kind) && claim.kinds.some((k) => ENCOUNTERS.has(k)));
  if (!shared.length || f.kind === 'other' || !sameKindOfAct) return false;
  const heads = sourceHeadIds(f, corpus);
  return shared.some((id) => heads.has(id));
}

/** An instrument's full name in a source: "the Bahrain-United States Free Trade Agreement". */
const INSTRUMENT_NAME = /\b(?:[A-Z][\w'’]*[\s-]+){1,7}(?:Agreement|Accord|Treaty|Partnership|Pact|Protocol|Convention|Act)\b/g;

/**
 * An instrument the source's sentence names in full, whose every name word the claim's clause writes
 * (four at least: "Free Trade Agreement" alone names any).
 */
function namesSourcesThing(claim: Claim, f: Fact): boolean {
  let words: Set<string> | undefined;
  for (const m of f.sentence.matchAll(INSTRUMENT_NAME)) {
    // ("Bahrain-United States": each side of a hyphen is a word of its own.)
    const terms = contentTerms(m[0].replace(/-/g, ' '));
    if (terms.length < 4) continue;
    words ??= new Set(contentTerms(claim.clauseText));
    if (terms.every((t) => words!.has(t))) return true;
  }
  return false;
}

/**
 * The content words of a fact's sentence, and, where its subject is a pronoun ("It came into force on
 * June 28, 2024."), those of the sentence right before it that the pronoun stands for ("The Digital
 * Services Tax Act … received royal assent on June 20, 2024."), when that sentence is dated too.
 */
function sourceTerms(f: Fact, corpus: Derived): Set<string> {
  const terms = new Set(contentTerms(f.sentence));
  if (!PRONOUN_SUBJECT.test(f.sentence)) return terms;
  const before = documentFacts(corpus, f.path).find((g) => g.sentenceEnd <= f.sentenceStart && f.sentenceStart - g.sentenceEnd <= 3);
  if (before) for (const t of contentTerms(before.sentence)) terms.add(t);
  return terms;
}
const PRONOUN_SUBJECT = /^\s*(?:It|They)\s+[a-z]/;

/** A title before a person's name: "Dutch Economic Affairs Minister ", "Oregon Attorney General ". */
const TITLE_BEFORE = /(?:[A-Z][\w'’.-]*\s+){0,5}(?:Minister|Secretary|Commissioner|Representative|Ambassador|President|Chancellor|Governor|Chair(?:man|woman)?|Director|Spokes(?:man|woman|person)|Premier|Mayor|Senator|Envoy|Chief|Officer|General|Adviser|Advisor|Negotiator)\s+$/;

/** A title set off after a name, to its closing comma or stop: ", Trump's nominee for ambassador to India,". */
const TITLE_AFTER = /^,\s+(?:[\w'’.-]+\s+){0,6}?(?:nominee|ambassador|minister|secretary|spokes(?:man|woman|person)|chief|head|director|envoy|negotiator|adviser|advisor|president|chair(?:man|woman)?|representative|commissioner|governor|official)\b[^,;.:]{0,60}(?=[,;.:])/i;

/**
 * Words a source sentence has only in someone's title ("Dutch Economic Affairs Minister Vincent
 * Karremans took control …"): they name the person, not the act, so a brief's "briefed the economic
 * affairs committee" shares nothing of what was done.
 */
function titleOnlyTerms(f: Fact, corpus: Derived): string[] {
  let rest = f.sentence;
  const titled: string[] = [];
  for (const id of f.entities) {
    const e = corpus.entityById.get(id);
    if (e?.kind !== 'person') continue;
    for (const alias of new Set([e.name, ...e.aliases])) {
      for (let at = rest.indexOf(alias); at > 0; at = rest.indexOf(alias, at + alias.length)) {
        const title = TITLE_BEFORE.exec(rest.slice(Math.max(0, at - 80), at));
        if (!title) continue;
        titled.push(...contentTerms(title[0]));
        rest = rest.slice(0, at - title[0].length) + ' '.repeat(title[0].length) + rest.slice(at);
      }
      // And set off after it: "Sergio Gor, Trump's nominee for ambassador to India, …".
      for (let at = rest.indexOf(alias); at >= 0; at = rest.indexOf(alias, at + alias.length)) {
        const from = at + alias.length;
        const apposed = TITLE_AFTER.exec(rest.slice(from, from + 120));
        if (!apposed) continue;
        titled.push(...contentTerms(apposed[0]));
        rest = rest.slice(0, from) + ' '.repeat(apposed[0].length) + rest.slice(from + apposed[0].length);
      }
    }
  }
  if (!titled.length) return [];
  const outside = new Set(contentTerms(rest));
  return titled.filter((t) => !outside.has(t));
}

// "until" and "from" name an end or a start ("the truce runs until August 12"), which a source can contradict.
const UP_TO = /\b(?:before|prior\s+to|ahead\s+of|by|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$/i;
// ("Importers have had to lodge cash deposits … since 5 September", "exports have faced a separate
// 25% US levy since 3 April": a duty, and its start.)
const BEEN_SINCE = /\b(?:has|have|had)\s+(?:had\s+to|faced|paid|borne|attracted|been\s+(?:on|in|under|part\s+of|a\s+member\s+of|subject\s+to)|(?:been\s+)?(?:run|led|held|headed|chaired|served|governed|ruled|presided|overseen|managed))\b[^.;:,]{0,100}?\s+since\s+(?:the\s+)?$/i;
const DONE_SINCE = /\b(?:has|have)\s+(?:been\s+)?(?:cleared|moved|flowed|shipped|crossed|entered|operated|traded|sold|run|travelled|traveled)\b[^.;:,]{0,60}?\s+since\s+(?:the\s+)?$/i;
const FROM_ON = /\b(?:after|since|following|no\s+earlier\s+than|not\s+before)\s+(?:the\s+)?$/i;


/** The cited date bounds the claim rather than dating it: "before June 5" (up to), "after June 1" (from). */
function boundOf(claim: Claim): 'upto' | 'from' | undefined {
  const before = leadOf(claim);
  if (UP_TO.test(before)) return 'upto';
  // "it lapses on 31 March 2026 at the latest", "from 1 June at the earliest".
  const { end } = citedSpan(claim);
  const after = claim.sentenceText.slice(end, end + 24);
  const said = AT_THE_LATEST.exec(after)?.[1];
  if (said) return said.toLowerCase() === 'latest' ? 'upto' : 'from';
  // "has been collected since August 1", "in force since 1 January 2004": the day a state began, as
  // much a start as "took effect on", not a bound.
  // So does "had been on Washington's export blacklist since December 2023": a state, and its start.
  // (And "certified consignments have cleared port without re-testing since 1 October": what has
  // been done each time since that day, which it began.)
  if (FROM_ON.test(before) && !STATE_SINCE.test(before) && !BEEN_SINCE.test(before) && !DONE_SINCE.test(before)) return 'from';
  return undefined;
}

const AT_THE_LATEST = /^\s*,?\s*at\s+the\s+(latest|earliest)\b/i;

/** A brief's "by" that sets a deadline: "are due by", "must submit their offers by", "the deadline … by". */
const DUE_BY = /\b(?:due|deadline|must|required|given|granted)\b[^.;:]{0,60}?\bby\s+(?:the\s+)?$/i;
/** A source's day told as a deadline: "until 31 October 2025", "by Nov. 10", "a deadline of". */
const DEADLINE_LEAD = /\b(?:by|until|till|no\s+later\s+than|deadline\s+(?:of|is|was)?)\s+(?:the\s+)?$/i;

/** The brief's deadline ("due by") and the best match's, both strong: the two days answer each other. */
function deadlineAgainstDeadline(claim: Claim, top: FactMatch): boolean {
  // (Only a deadline the source gives with its year, or in a page that states its own date ("have
  // until Feb. 13 to register" in a wire datelined Feb 5, 2026): "by the end of June" on a page of a
  // guessed year is no such day.)
  const year = top.fact.date.resolution === 'explicit' || (top.fact.date.resolution === 'year-inferred' && top.fact.reliability === 'anchored');
  return DUE_BY.test(leadOf(claim)) && top.score >= CONFLICT_SCORE && top.coverage >= CONFLICT_COVERAGE && year && (DEADLINE_LEAD.test(factLead(top.fact, 40)) || LIMIT_HEADING.test(factLead(top.fact, 90)));
}

// "around June 4", "on or about June 4": the writer allows a few days either way.
const ROUGHLY = /\b(?:around|about|approximately|roughly|circa|c\.|on\s+or\s+about|some\s+time\s+around)\s+(?:the\s+)?$/i;
const ROUGHLY_DAYS = 3;

function roughly(claim: Claim, r: Reach | undefined): Reach | undefined {
  if (!r || !r.fine || !ROUGHLY.test(leadOf(claim))) return r;
  return { ...r, from: r.from - ROUGHLY_DAYS, to: r.to + ROUGHLY_DAYS };
}

// The brief itself says the date is wrong ("were not held on May 14", "contrary to reports of May 13").
// "denied on June 2 that …" is not here: the denial is an event with a date of its own.
const DENIAL = /\b(?:not|never|no\s+longer|rather\s+than|instead\s+of|contrary\s+to|wrongly|incorrectly|erroneously|mistakenly|falsely)\b|n[’']t\b/i;

/** A date that was the plan, or was the first before it changed: "was slated to start", "the original deadline", "would have started", "would have had to comply". */
// Not "initially", "previous" or "former": "initially announced on April 3" and "the former
// minister said" are dated like any claim; nor "original" of a thing rather than of its date ("The
// original $60 cap … entered into force on 5 December 2023" is the first cap's start, not a plan).
// ("As first published, the consultation was to close on": the first setting, told as such.)
const SUPERSEDED = /\b(?:(?:was|were)\s+(?:due|scheduled|set|slated|planned|meant|supposed|originally\s+\w+)\s+to|as\s+(?:first|originally)\s+(?:published|announced|set|planned|drafted|proposed|issued)\b[^.;:]*?\b(?:was|were)\s+to|had\s+been\s+(?:due|scheduled|set|slated|planned)\s+to|(?:had\s+been|was|were)\s+(?:promised|pencil+ed\s+in|earmarked|penciled)\s+for|originally|original\s+(?:[\w-]+\s+){0,2}?(?:deadline|date|day|start|timetable|schedule|target|plan|launch|end)s?|would\s+have\s+(?:started|begun|applied|taken|come|entered|gone|kicked|had\s+to|been\s+(?:due|required|obliged)))\b/i;

/**
 * The brief dates a plan or a first setting ("The surtax was slated to start on October 15", "the
 * original deadline … was March 9"): what later happened does not contradict it, only a source that
 * speaks of the plan or the first setting too.
 */
function supersededOnlyInClaim(claim: Claim, f: Fact): boolean {
  return supersededInClaim(claim) && !SCHEDULED.test(f.sentence);
}

/**
 * "ITAC initiated its investigation into wire rod, rebar and sections on Friday, 14 February 2025" is
 * not dated by "A provisional 25% safeguard duty on rebar, wire rod and sections has been in force since
 * last month": the opening of an inquiry is not the measure it led to, unless the source's clause
 * names the inquiry too.
 */
function inquiryAgainstMeasure(claim: Claim, f: Fact): boolean {
  return INQUIRY_OPENED.test(leadOf(claim)) && !INQUIRY.test(factClause(f));
}
const INQUIRY = /\b(?:investigation|probe|inquiry|enquiry|review)s?\b/i;
const INQUIRY_OPENED = /\b(?:initiat|open|launch|start|beg[au]n)\w*\s+(?:its\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|probe|inquiry|enquiry|review)s?\b/i;

/**
 * "CBP issued refund guidance … on Tuesday, November 25" against "The guidance follows a similar CSMS
 * message that CBP issued on Nov. 17 for the earlier order": a date told of "a similar", "an earlier"
 * or "a previous" one of a kind is another of them, unless the brief speaks of that one.
 */
function anotherOfItsKind(claim: Claim, f: Fact): boolean {
  const { start } = dateSpan(f);
  return ANOTHER_OF_KIND_BEFORE.test(f.sentence.slice(Math.max(0, start - 90), start)) && !ANOTHER_IN_CLAIM.test(claim.clauseText);
}
const ANOTHER_OF_KIND_BEFORE = /\b(?:a|an|the)\s+(?:similar|earlier|previous|prior)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s+[^.;:]*$/i;
const ANOTHER_IN_CLAIM = /\b(?:similar|earlier|previous|prior|first|original)\b/i;

/**
 * "The application deadline was extended by one week, to 5 December 2025" against "the government
 * extended the original Nov. 28 deadline by a week": the source's day is the one the brief says was
 * moved from, not a day against its new one.
 */
function movedFromTheSourcesDay(claim: Claim, f: Fact): boolean {
  return MOVED_TO.test(leadOf(claim)) && FIRST_SETTING_BEFORE.test(factLead(f, 40));
}
// (The thing moved may stand between the verb and its particle: "pushed the expiry back, initially to".)
/**
 * "Belize announced that extension in a public notice dated 20 November 2025" against the notice's own
 * "This Notice is issued further to Public Notice No. 14 of 2025, dated 26 September 2025": a paper the
 * brief dates may be the source page itself, when the page bears the brief's day; the other paper it
 * names is not the brief's.
 */
function pageIsTheDatedPaper(claim: Claim, f: Fact, corpus: Derived, cited: Reach): boolean {
  if (!DATED_PAPER_IN_CLAIM.test(leadOf(claim).slice(-60))) return false;
  // (A page that is a paper bears its date on a line of its own, "Dated: 20 November 2025"; a wire's
  // dateline is no such paper's date.)
  const page = pageDateOf(corpus, f.path);
  if (!page?.date || !PAPER_DATE_LINE.test(page.note)) return false;
  const day = dayNumber(Number(page.date.slice(0, 4)), Number(page.date.slice(5, 7)), Number(page.date.slice(8, 10)));
  return cited.from <= day && day <= cited.to;
}
const PAPER_DATE_LINE = /^dateline "(?:Dated|Date|Issued(?:\s+on)?|Done\s+at\s+[^"]{1,40}?on)\b/i;
const DATED_PAPER_IN_CLAIM = /\b(?:notice|circular|order|letter|statement|release|decree|memorandum|note|communiqu[eé]|bulletin|directive|resolution)\s+(?:[\w-]+\s+){0,3}?(?:dated|of)\s+(?:the\s+)?$/i;

/**
 * "The deadline for the first instalment was pushed back to 28 February" against a wire's "gave LRMG
 * until January 31 to pay": a limit the brief says was put back is not contradicted by an earlier
 * limit, which is the one it was put back from (and a limit brought forward, by a later one).
 */
function movedPastTheSourcesLimit(claim: Claim, f: Fact, cited: Reach, source: Reach | undefined): boolean {
  // (Not a source that tells a move to its own day: "extended until 15 February" is the new limit.)
  if (!source || !MOVED_TO.test(leadOf(claim)) || !limitOf(f) || MOVE_VERB.test(factLead(f, 60))) return false;
  return FORWARD_IN_CLAIM.test(leadOf(claim)) ? source.from > cited.to : source.to < cited.from;
}
const FORWARD_IN_CLAIM = /\b(?:brought|moved)\s+forward\b/i;
const MOVE_VERB = /\b(?:extend(?:s|ed|ing)?|extension|postpon\w*|(?:push|put)(?:es|s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?back|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|mov(?:es|ed|ing)|reschedul\w*|brought\s+forward)\b/i;

const MOVED_TO = new RegExp(String.raw`\b${MOVED_VERB}\b[^.;:]{0,40}\bto\s+(?:the\s+)?$`, 'i');
// ("initially meant to expire on 31 August".)
const FIRST_SETTING_BEFORE = /\b(?:original|originally|initial|initially|previous|previously|earlier|old)\s+(?:[\w-]+\s+){0,2}?(?:(?:due|set|scheduled)\s+(?:for|on)\s+|(?:meant|due|set|scheduled|planned)\s+to\s+[a-z]+\s+(?:on|in)\s+)?(?:the\s+)?$/i;

/** A relative clause set off by commas: ", which Bali was meant to revive,". */
const RELATIVE_ASIDE = /,\s{1,3}(?:which|who|whom|whose)\s[^,;.]*,/gi;

/** The brief's date was the plan or the first setting, said before it or after it ("set 1 August as the start, a date later pushed back"). */
function supersededInClaim(claim: Claim): boolean {
  // (Not in an aside about something else: "The Doha Round, which Bali was meant to revive, had been launched in".)
  const prefix = prefixOf(claim).replace(RELATIVE_ASIDE, ',');
  const superseded = SUPERSEDED.exec(prefix);
  // (Nor what the brief says happened in the end: "Signature slipped well past the original target and
  // finally took place in Jakarta on 6 September 2023".)
  if (superseded && !AT_LAST.test(prefix.slice(superseded.index + superseded[0].length))) return true;
  return DATE_MOVED.test(claim.sentenceText.slice(claim.cited.mention.end - claim.sentence.start));
}
const AT_LAST = /\b(?:finally|eventually|ultimately|in\s+the\s+end|instead|at\s+last)\b/i;

/** Words after a date that say the date itself was later moved or replaced: "…, a date that was later pushed back by a week". */
const DATE_MOVED = /^[^.;:]{0,80}?\b(?:date|deadline|day|start|timetable|schedule|target)\b[^.;:]{0,30}?\b(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|then\s+|since\s+|subsequently\s+|eventually\s+)?(?:superseded|replaced|overtaken|scrapped|dropped|abandoned|withdrawn|pushed\s+back|put\s+back|postponed|delayed|deferred|moved|brought\s+forward)\b/i;

/** What a source says became of its date: "The 1 August start date … was later superseded". */
// (The date's own noun is what was undone: not "on July 2, after the curbs were dropped".)
const UNDONE_DATE = /^[^.;:]{0,60}?\b(?:date|deadline|day|timetable|schedule)\b[^.;:]{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|then\s+|since\s+)?(?:superseded|replaced|overtaken|scrapped|dropped|abandoned|withdrawn)\b/i;

/**
 * And the other way: a source's date that it says was superseded ("The 1 August start date in the
 * July letter was later superseded") is not the day a brief gives for what took its place ("That
 * order replaced the letter's start date with 7 August"), unless the brief speaks of the plan too.
 */
/** A day a source says a deadline was moved away from ("moving the deadline … from the end of June to 30 September") bears out no brief's deadline but a brief of the move. */
/**
 * "The original arrangement let importers rely on older supplier declarations … only until the end
 * of June": a limit the source tells as the first one, since replaced, does not bear out a brief that
 * gives it as the limit now ("After that meeting, importers can lean on … until 30 June 2025").
 */
// (Or a day first set and since moved: "the public hearing …, originally scheduled for Wednesday, 13
// August 2025, …", "the completion date …, previously set for 31 December 2025, is moved to …".)
function originalOnlyInSource(claim: Claim, f: Fact): boolean {
  if (supersededOnlyInSource(claim, f)) return true;
  return (ORIGINAL_LIMIT.test(clauseUpTo(f, dateSpan(f).start)) || ORIGINALLY_SET.test(factLead(f, 40))) && !supersededInClaim(claim) && !ORIGINAL_WORD.test(claim.clauseText);
}
const ORIGINALLY_SET = /\b(?:originally|initially|previously|first)\s+(?:scheduled|set|planned|due|slated|fixed|foreseen)\s+(?:for|on|to)\s+(?:the\s+)?$/i;
const ORIGINAL_LIMIT = /\b(?:original|initial|previous|earlier|old)\s+(?:[\w-]+\s+){0,2}?(?:arrangement|deadline|date|plan|schedule|timetable|window|period|cut-?off|limit|rules?|terms|regime|order|decree|notice)s?\b[^.;:]{0,100}?\b(?:until|till|to|by|before|through)\s+(?:the\s+)?(?:end\s+of\s+|middle\s+of\s+|mid-?\s*)?$/i;
const ORIGINAL_WORD = /\b(?:original(?:ly)?|initial(?:ly)?|first|previous(?:ly)?|earlier|old|former(?:ly)?)\b/i;

function movedAwayFrom(claim: Claim, f: Fact): boolean {
  return deadlineMovedAwayFrom(f) && !supersededInClaim(claim);
}

/** The fact's day is one a deadline was moved away from, what the deadline governs between ("moving the deadline for … from"). */
function deadlineMovedAwayFrom(f: Fact): boolean {
  const d = dateSpan(f);
  return DEADLINE_MOVED_FROM.test(f.sentence.slice(Math.max(0, d.start - 180), d.start));
}

/** "pushed back the ministry's original start of 1 January 2025": a first day named as such. */
const ORIGINAL_OF = /\b(?:original|initial|earlier|previous|old)\s+(?:[\w-]+\s+){0,2}?(?:start|date|deadline|target|timetable|schedule|launch)\s+(?:date\s+)?(?:of|on|for)\s+(?:the\s+)?$/i;
const ORIGINALLY_REQUIRED = /\b(?:originally|initially|previously|at\s+first)\s+(?:required|set|gave|allowed|fixed|scheduled|planned|called\s+for|asked|demanded|obliged)\b[^.;:]{0,120}?\b(?:by|until|till|before|on|at|for|no\s+later\s+than)\s+(?:the\s+)?$/i;

function supersededOnlyInSource(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  const before = f.sentence.slice(Math.max(0, d.start - 60), d.start);
  // (And a limit told as the first one: "The Directive originally required exporters to submit
  // nominations … by 28 February 2025".)
  const undone = UNDONE_DATE.test(f.sentence.slice(d.end)) || (PLAN_STANDING.test(before) && MOVED.test(f.sentence)) || MOVED_FROM.test(before) || deadlineMovedAwayFrom(f) || (PLANNED_FOR.test(before) && MOVED.test(f.sentence.slice(d.end))) || ORIGINALLY_REQUIRED.test(clauseUpTo(f, d.start)) || ORIGINAL_OF.test(before);
  return undone && !supersededInClaim(claim);
}

/**
 * "The duties were due to start on 4 February. The day before, Sheinbaum … won a one-month pause":
 * a source that tells a day as what was planned, in the past, does not say the thing happened then.
 * It answers a brief that speaks of the plan too, not one that says the thing happened ("The 25%
 * duties started to bite on Tuesday, March 4, 2025").
 */
function pastPlanOnlyInSource(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  return PAST_PLAN_BEFORE.test(f.sentence.slice(Math.max(0, d.start - 60), d.start)) && !supersededInClaim(claim) && !SCHEDULED.test(claim.clauseText);
}

/** "were due to start on", "had been scheduled to take effect from", "were supposed to be completed by": a plan told in the past, right before its day. */
const PAST_PLAN_BEFORE = /\b(?:was|were|had\s+been)\s+(?:originally\s+)?(?:due|scheduled|set|slated|planned|meant|supposed)\s+to\s+(?:be\s+)?[a-z]+(?:\s+(?:into|in|to)\s+(?:force|effect))?(?:\s+(?:on|from|in|by|at))?\s+(?:the\s+)?$/i;

/** "The first round, originally set for October 20-24, was postponed": a plan's day that a later clause moves. */
// (With what was planned between: "then scheduled a public hearing for 13 August, only to push it back".)
const PLANNED_FOR = /\b(?:set|scheduled|due|slated|planned|pencil+ed\s+in|earmarked)\s+(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?)?for\s+(?:the\s+)?$/i;

/** "moving the deadline for completing front-end engineering … from the end of June": a deadline moved, what it governs between. */
const DEADLINE_MOVED_FROM = /\b(?:mov(?:ed|es|ing)|extend(?:ed|s|ing)|push(?:ed|es|ing)\s+back|postpon(?:ed|es|ing)|shift(?:ed|s|ing))\s+(?:the|its|their)\s+(?:deadline|due\s+date|cut-?off)\b[^.;:]{0,140}?\bfrom\s+(?:the\s+)?$/i;
/** "(moved from Nov. 12-14)", "postponed from October 3", "was extended from the": the day a thing was moved away from. */
const MOVED_FROM = /\b(?:moved|rescheduled|postponed|pushed\s+back|put\s+back|brought\s+forward|shifted|delayed|deferred|switched|extended)\s+from\s+(?:the\s+)?$/i;

/** "…, currently set to expire on November 10, 2025, until November 10, 2026": the day before an extension. */
const PLAN_STANDING = /\b(?:currently|originally|previously|initially)\s+(?:set|scheduled|due|slated|planned)\s+to\s+[a-z]+(?:\s+on)?\s+$/i;
const MOVED = /\b(?:extend(?:s|ed|ing)?|push(?:es|ed)?\s+(?:it\s+|them\s+)?back|postpon(?:e|es|ed)|delay(?:s|ed)?|mov(?:e|es|ed)\s+(?:back|forward))\b/i;

/** A source's plan or first setting: "parts of the rules scheduled to begin on December 1". */
// ("the first tranche of duties was to apply from 15 May": a plan told in the past, as a brief writes it.)
const SCHEDULED = /\b(?:(?:due|scheduled|set|slated|planned|meant|supposed)\s+to|(?:was|were)\s+to\s+[a-z]{3,}|planned|original(?:ly)?|initial(?:ly)?|previous|former)\b/i;

/** The words of the claim's sentence before its date. */
function prefixOf(claim: Claim): string {
  return claim.sentenceText.slice(0, Math.max(0, claim.cited.mention.start - claim.sentence.start));
}

/** The words of the claim's clause before its date deny it (the brief agrees the date is wrong) or only talk of it. */
/**
 * The source says the brief's act did not happen: "Oct. 1 came and went …, and no new start date
 * was announced" dates no announcement, so it cannot contradict "announced the start date on 31
 * October" (nor "has not signed", "without publishing").
 */
function actDeniedInSource(claim: Claim, f: Fact): boolean {
  // (Not when the brief says it is missing too: "no deal would proceed without every regulator's approval".)
  return ACTS_DENIED.some(([act, negated]) => act.test(claim.clauseText) && negated.test(f.sentence) && !negated.test(claim.clauseText));
}
/**
 * "talks have been frozen since Trump called them off on Oct. 23 …, and he has since threatened an
 * additional 10% tariff": a clause joined after the date that says it came later tells another
 * day; a brief whose words stand there ("announced the additional 10% on 25 October") is not
 * contradicted by the date before it.
 */
function toldInALaterClause(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  const after = f.sentence.slice(d.end);
  const later = LATER_CLAUSE.exec(after) ?? JOINED_LATER.exec(after) ?? JOINED_PERFECT.exec(after) ?? CONTRAST_JOINED.exec(after);
  if (!later) return false;
  const count = claimWordsIn(claim);
  const own = clauseUpTo(f, d.end + later.index);
  return count(after.slice(later.index)) > count(own);
}
const NAME_WORDS = /\b[A-Z][\w'’-]*/g;
/** A clause set against the date's with a subject and verb of its own: ", while Egyptian buyers kept up …" (not "while en route"). */
const CONTRAST_JOINED = /,\s+(?:while|whereas)\s+(?=(?:the\s+|their\s+|its\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}(?:[a-z]+ed|kept|have|has|had|was|were|is|are|remain(?:s|ed)?|continue[sd]?)\b)/;

/** How many of the claim's own words, names left out (who acted stands in every clause), a text holds. */
function claimWordsIn(claim: Claim): (text: string) => number {
  const words = new Set(contentTerms(ownPart(claim).replace(NAME_WORDS, ' ')));
  return (text) => new Set(contentTerms(text.replace(NAME_WORDS, ' ')).filter((t) => words.has(t))).size;
}

/**
 * "Trump threatened the extra 100% duty after Beijing's Commerce Ministry announced, on Oct. 9, that
 * …": a date in a clause of time or cause is the day of that clause's act. A brief whose words stand
 * in the main clause before it ("the threatened duty was pegged to start on 1 November") is not
 * contradicted by it.
 */
function toldInTheMainClause(claim: Claim, f: Fact): boolean {
  const d = dateSpan(f);
  const from = Math.max(0, f.clauseStart - f.sentenceStart);
  let opens: number | undefined;
  let subject = 0;
  for (const m of f.sentence.slice(from, d.start).matchAll(SUBORDINATE_OPENS)) [opens, subject] = [from + m.index!, from + m.index! + m[0].length];
  // (Only a clause whose act the date is: its subject, its verb, then the date.)
  if (opens === undefined || !ACT_UP_TO_DATE.test(f.sentence.slice(subject, d.start))) return false;
  if (limitOfTheMainClause(f.sentence, d.start)) return false;
  const count = claimWordsIn(claim);
  const main = count(f.sentence.slice(from, opens));
  // (Not when the brief tells that clause's act: "called off the talks" against "since Trump called them off on Oct. 23".)
  return main >= 2 && count(f.sentence.slice(opens, d.end)) === 0 && main > count(f.sentence.slice(opens));
}
/** Where a clause of time or cause opens with its own subject: "after Beijing's Commerce Ministry announced". */
// (Or a thing of its own: "before the surcharge took effect on Aug. 6".)
// (Or a relative clause with a subject of its own: "the restrictions, which Japan's trade ministry
// unveiled last Friday".)
const SUBORDINATE_OPENS = /\b(?:after|when|once|because|since|before)\s+(?=(?:the\s+)?[A-Z]|the\s+[a-z]+\s)|,\s+which\s+(?=(?:the\s+)?[A-Z][\w.-]*['’]s\s)/g;
const ACT_UP_TO_DATE = /^(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’.-]*){0,5}|(?:the\s+)?[A-Z][\w.-]*['’]s\s+[a-z]+(?:\s+[a-z]+)?|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:[a-z]+ed|took|came|went|began)\b[^,.;]{0,60}?,?\s*(?:on|in|at)?\s*$/;
// (Or what it led to: "the following month removed South Korea from its list, prompting Seoul to
// retaliate in kind and to take the case to the WTO" does not date the WTO case.)
// (Or what followed it: "the army's removal of President Morsi in July 2013, after which the EU
// briefly suspended export licences" does not date the suspension.)
// (Or what came before it: "handed over the papers in Doha on November 11, a day after ministers
// meeting in the Qatari capital approved …" does not date the meeting.)
const LATER_CLAUSE = /[,;]\s+(?:(?:after|following)\s+which|whereupon|(?:and\s+|but\s+)?(?:(?:he|she|it|they|the\s+\w+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+)?(?:has|have|had)?\s*(?:since|later|subsequently|afterwards)|prompting|leading|forcing|spurring|pushing|provoking|(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+)?after\s+(?=(?:the\s+)?[a-zA-Z]+\s+[a-z]+ing\b|(?:the\s+)?[A-Za-z]+\s+(?:[a-z]+\s+){0,5}?[a-z]+ed\b))/;
// (Or a clause joined on that dates itself after the sentence's date: "Formal negotiations opened on
// 13 January 2022, and the first round of talks followed the next week".)
// (Or one joined on in the present perfect, which the past day before it does not date: "At a board
// meeting on May 13, 2025, TSMC approved …, and it has also broken ground on a third fab".)
const JOINED_PERFECT = /,\s+(?:and|but|while)\s+(?:he|she|it|they|we|(?:the\s+)?[A-Z][\w.'’-]*)\s+(?:has|have)\s+(?:also\s+|already\s+|now\s+)?(?!been\b)[a-z]{2,}(?:ed|en|wn|un|ne|lt|pt|ld|ght)\b/;
const JOINED_LATER = /(?:;\s+|,\s+(?:and|but|while)\s+)(?=[^.;]*?\b(?:the\s+(?:next|following)\s+(?:day|morning|week|weekend|month|year)|(?:a|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+later|later\s+(?:that|the\s+same)\s+(?:day|week|month|year))\b)/;

/** Each act's word, and that word after a negation in its clause ("no … was announced", "without publishing"). */
const ACTS_DENIED = ['announc', 'sign', 'publish', 'unveil', 'releas', 'approv', 'ratif'].map((stem) => [new RegExp(`\\b${stem}`, 'i'), new RegExp(`\\b(?:no|not|never|nor|without)\\b(?!\\s+only\\b)[^.;:,]{0,50}?\\b${stem}`, 'i')] as const);

function denied(claim: Claim): boolean {
  const lead = leadOf(claim);
  // (A negation someone is quoted saying denies nothing of the date: declared the kingdom "not
  // concerned" in a statement issued on Saturday.)
  return DENIAL.test(lead.replace(QUOTED, ' ')) || TALKED_OF.test(lead);
}

/** Words in quotation marks. */
const QUOTED = /["“][^"”]{0,120}["”]/g;

/** "officials privately talk of January 2026", "a visit mooted for March", "which we pencil in for late October": a date only spoken of, which asserts none. */
const TALKED_OF = /\b(?:talk(?:s|ed|ing)?\s+of|(?:mooted|floated|tipped|pencil+ed\s+in|pencils?\s+(?:it\s+|them\s+)?in|rumou?red|touted)\s+(?:for|as)|speculation\s+(?:of|about|over)|guess(?:es|ed)?\s+(?:at|of))\s+(?:(?:a|an|the|possibly|perhaps|maybe)\s+)?$/i;

/** A table row or list entry: the row beside it is another entry, not more of the same story. */
const ENTRY_LINE = /^\s*(?:\||[-*•]\s)/;

/** Of the best match's score, what a same-source date needs to agree for the claim. */
const AGREE_RATIO = 0.2;

/**
 * The same, when both are rows of a table or list: each row is its own entry, so a row that shares
 * only the claim's actor ("U.S. tariff on imported vehicles takes effect" on 3 April) does not speak
 * for it against the row it matches ("Canada's counter-tariff on non-CUSMA vehicles takes effect").
 */
const ROW_AGREE_RATIO = 0.5;

/** Evidence a fact beside the best one needs to speak for the claim (with two shared names or words). */
const BESIDE_SCORE = 1;

/**
 * The source that seems to contradict the claim also gives the claim's own date in words the claim
 * shares ("exports fell in July, after a decline in June" against "exports fell in June"): which of
 * its dates the brief meant is not for a warning to decide.
 */
function sameSourceAgrees(claim: Claim, best: FactMatch, scored: FactMatch[], cited: Reach, corpus: Derived): boolean {
  const f = best.fact;
  // One shared word is enough when it is among the claim's rarest and the contradicting sentence
  // lacks it ("auto parts take effect on May 3" against "the auto tariff takes effect", beside
  // "parts are to follow no later than May 3").
  let lacking: string[] | undefined;
  const lacks = () => (lacking ??= tellingTerms(claim, corpus).filter((t) => !f.terms.includes(t) && !contentTerms(f.sentence).includes(t)));
  // (Against "May 2004" for a brief's "May 2005", a "May" of no known year does not agree.)
  const givesDay = givesClaimDayAgainst(claim, f, cited);
  return scored.some((m) => {
    if (m.fact === f || m.fact.path !== f.path || m.score < BESIDE_SCORE || journeyOnly(claim, m.fact)) return false;
    // A sentence lines away that shares a sliver of what the best match shares with the claim does
    // not agree (the prose line beside it goes on with the same story: "fell in July …, after a
    // decline in June"; a table's next row is another entry).
    const beside = Math.abs(m.fact.line - f.line) <= 1 && !ENTRY_LINE.test(m.fact.sentence) && !ENTRY_LINE.test(f.sentence);
    const rows = ENTRY_LINE.test(m.fact.sentence) && ENTRY_LINE.test(f.sentence);
    if (!beside && m.score < best.score * (rows ? ROW_AGREE_RATIO : AGREE_RATIO)) return false;
    // (Nor a date whose sentence shares only names with the claim: "flower growers said on Monday
    // they were relieved" beside "the White House said late on Sunday".)
    if (!beside && !moreThanNames(claim, m.fact, corpus)) return false;
    // A date of another moment ("both take effect on 14 October") does not agree with a claim of the
    // announcement the best match dates ("announces port fees" on 10 October); nor the day someone
    // spoke of it ("Trump told reporters on Thursday … at the dinner") with a claim of the dinner.
    if (!givesDay(m.fact) || !sameMoment(claim, m.fact) || !(tellsOfSaying(claim) || aboutTheSaying(claim, m.fact))) return false;
    if (sayingOfAStart(claim, m.fact)) return false;
    // (Nor a reaction to the act: "welcomed the vote in a statement on Wednesday" beside "the Senate on
    // Tuesday voted to ratify", against "The Senate gave its approval on 12 March".)
    if (reactionDay(m.fact) && !REACTION_SAID.test(claim.clauseText)) return false;
    if (m.sharedEntities + m.sharedTerms >= 2 || lacks().some((t) => m.fact.terms.includes(t)) || m.sharedEntities + looselyShared(claim, m.fact) >= 2) return true;
    // (The contradicting sentence's own other day, given in full as the brief gives it, with a word
    // of the claim in its clause, shares the rest of the sentence's words with it: "whose joint letter
    // dated 23 September 2025 was delivered to … Congress on 24 September 2025".)
    return m.fact.sentenceStart === f.sentenceStart && fullDay(m.fact.date) && fullDay(claim.cited.mention) && m.sharedEntities + m.sharedTerms >= 1 && sentenceShared(claim, m.fact) >= 2;
  });
}

/**
 * The claim's clause words a fact shares, a short word's plural or third person counted as the word
 * ("ends" and "end", which the light stemmer leaves apart), and a word done again as the word
 * ("re-registration" and "registration").
 */
function looselyShared(claim: Claim, f: Fact): number {
  let n = 0;
  for (const [key, w] of claim.features) {
    if (w !== 1 || !key.startsWith('t:')) continue;
    const t = key.slice(2);
    if (f.terms.some((u) => u === t || u + 's' === t || t + 's' === u || `re${u}` === t || `re${t}` === u)) n++;
  }
  return n;
}

/** The fact gives the claim's own date, as precisely as the claim: a week around a cited day does not give the day. */
function givesClaimDay(f: Fact, claim: Claim, cited: Reach): boolean {
  const r = factReach(f, claim.cited);
  if (!r || r.to - r.from > cited.to - cited.from) return false;
  if (relate(cited, r) === 'compatible') return true;
  // "named the rate on July 8" in a brief whose year the tool guessed: a source's July 8 of a year
  // beside the guess gives the writer's day (as `relation` does not set them against each other).
  return claim.cited.yearSource !== 'explicit' && GUESSED_YEAR_SHIFTS.some((y) => relate(cited, shiftYears(r, y)) === 'compatible');
}

/** How many years either side of a guessed year a source's day may lie and still be the writer's. */
const GUESSED_YEAR_SHIFTS = [-2, -1, 1, 2];
/** A limit set by an act told in the past: "gave an extension for cargo already on the water, until". */
const PAST_ACT_UNTIL = /\b(?:gave|granted|allowed|extended|set)\b[^.;:]{0,80}\b(?:until|till|to)\s+(?:the\s+)?(?:middle\s+of\s+|end\s+of\s+|mid-?\s*|early\s+|late\s+)?$/i;

/**
 * "Announced by Beijing on March 4 and took effect on March 10": a source sentence that gives the
 * claim's day as the claim's own moment (an announcement) and the contradicting day as another (the
 * start) says the two dates are two moments of one measure, so a brief about the announcement on
 * March 4 is not contradicted by a source that only says "March 10th, China put 10% on soybeans".
 */
function momentsPaired(claim: Claim, f: Fact, scored: FactMatch[], cited: Reach): boolean {
  const said = momentOfClaim(claim);
  if (!said) return false;
  const day = (x: Fact) => `${x.date.from ?? x.date.value}/${x.date.to ?? x.date.value}`;
  const contradicting = day(f);
  return scored.some(
    (m) =>
      m.fact !== f &&
      m.sharedEntities + m.sharedTerms > 0 &&
      givesClaimDay(m.fact, claim, cited) &&
      firm(m.fact) &&
      momentOfFact(m.fact) === said &&
      scored.some((n) => n.fact.path === m.fact.path && n.fact.sentenceStart === m.fact.sentenceStart && n.fact !== m.fact && day(n.fact) === contradicting && (momentOfFact(n.fact) ?? said) !== said),
  );
}

/**
 * "The graphite requirement came into force on December 1, 2023, more than a month after it was
 * announced on October 20, 2023": a source sentence that gives both of the brief's days ("announcing
 * on October 20, 2023 that graphite products would need licences from December 1, 2023") tells the
 * brief's story, whatever sentence shares more of its words ("Detailed Regulations … came into force
 * on December 1, 2024").
 */
function bothDaysInOneSentence(claim: Claim, f: Fact, scored: FactMatch[], cited: Reach): boolean {
  if (!cited.fine) return false;
  const inSentence = (a: Fact, b: Fact) => a.path === b.path && a.sentenceStart === b.sentenceStart;
  return claim.siblings.some((s) => {
    const sibling = reachOf(s.mention, s.yearSource === 'explicit', s.year);
    if (!sibling?.fine || relate(sibling, cited) === 'compatible') return false;
    // (Against a brief that writes its year, sources that know theirs: a day without one agrees
    // with any year. A brief's "April 9 … April 14" meets a source's without a year.)
    const known = (x: Fact) => x.yearKnown || claim.cited.yearSource !== 'explicit';
    return scored.some((m) => {
      if (inSentence(m.fact, f) || !known(m.fact) || !firm(m.fact)) return false;
      const r = factReach(m.fact, s);
      if (!r?.fine || relate(sibling, r) !== 'compatible') return false;
      return scored.some((n) => n.fact !== m.fact && inSentence(n.fact, m.fact) && known(n.fact) && givesClaimDay(n.fact, claim, cited));
    });
  });
}

/**
 * "obligations apply … from 30 December 2025" in a page of January 2025, against a later wire's
 * "will have to comply from Dec. 30, 2026, instead of Dec. 30, 2025": a source that gives the
 * brief's day for what replaced the contradicting source's says that source's day was put aside.
 */
function replacedInAnotherSource(claim: Claim, f: Fact, scored: FactMatch[], cited: Reach, corpus: Derived): boolean {
  if (f.date.precision !== 'day') return false;
  return scored.some((m) => {
    if (m.fact.path === f.path || !REPLACED.test(m.fact.sentence)) return false;
    const r = factReach(m.fact, claim.cited);
    if (!r || relate(cited, r) !== 'compatible') return false;
    return sentenceFacts(corpus, m.fact).some((o) => o !== m.fact && o.date.value === f.date.value && REPLACED.test(factLead(o, 40)));
  });
}
/** Words before a date that say it was put aside: "instead of", "rather than", "moved from", "originally". */
const REPLACED = /\b(?:instead\s+of|rather\s+than|(?:moved|pushed\s+back|postponed|delayed|deferred|shifted|brought\s+forward)\s+from|(?:originally|previously|initially)\s+(?:due|set|scheduled|planned)\b[^.;]{0,20}|had\s+been\s+(?:due|set|scheduled|planned)\b[^.;]{0,20})/i;

/** Words the contradicting source and another one must share for the two to tell one event. */
const SAME_EVENT_SHARED = 3;

/**
 * Another source tells the contradicting source's event in its own words ("the order he issued on
 * 30 September 2025 under the Goods Availability Act" beside "The order, dated Oct. 1 under the Goods
 * Availability Act") and gives the claim's day for it: the sources disagree, and the brief follows one.
 */
function sourcesDisagreeOnEvent(claim: Claim, f: Fact, scored: FactMatch[], cited: Reach, corpus: Derived): boolean {
  const theirs = new Set(f.terms.filter((t) => !MOMENT_ONLY.has(t)));
  const rates = ratesOf(f);
  const claimed = ratesIn(claim.clauseText);
  const gives = givesClaimDayAgainst(claim, f, cited);
  return scored.some((m) => {
    // The cheap tests first: few facts give the claim's own day.
    // ("Trump met Xi in Busan on Oct. 30" is not the Lee-Trump summit of Oct. 29 told otherwise:
    // another meeting, by who took part.)
    // (Nor a plan told in the past: "was originally scheduled to begin on 1 December 2020".)
    if (m.fact.path === f.path || !gives(m.fact) || !firm(m.fact) || !sameMoment(claim, m.fact) || pastPlanOnlyInSource(claim, m.fact) || originalOnlyInSource(claim, m.fact) || !sameActors(claim, m.fact, corpus)) return false;
    // ("The Oct. 9 measures would have extended …" names the measures by a day, not their start:
    // it does not give a start of its own against the source's "scheduled to take effect on Dec. 1".)
    if (isStartOrEnd(momentOfClaim(claim)) && momentOfFact(m.fact) === undefined && dayNamesNoun(m.fact)) return false;
    if (sayingOfAStart(claim, m.fact)) return false;
    // ("… at a meeting in Copenhagen, …, diplomats said on Friday" dates what the diplomats said, not
    // the meeting a brief dates: only a brief of a saying is answered by the day of one.)
    if (SAID_ON.test(factLead(m.fact, SAYING_REACH)) && !tellsOfSaying(claim)) return false;
    // "to 125% on April 11" is not the event of "to 84% on April 9", whatever else they share.
    const own = ratesOf(m.fact);
    if ((rates.length && own.length && !rates.some((r) => own.includes(r))) || (claimed.length && !claimed.some((r) => own.includes(r)))) return false;
    let shared = 0;
    for (const t of m.fact.terms) if (theirs.has(t) && ++shared >= SAME_EVENT_SHARED) return true;
    return false;
  });
}

/**
 * "The reopening followed an announcement by the Kenya Dairy Board on 27 May that it would resume
 * issuing import permits": the day of a saying, which gives no start or end a brief dates ("restored
 * with effect from 27 May"), however many words they share.
 */
function sayingOfAStart(claim: Claim, f: Fact): boolean {
  return isStartOrEnd(momentOfClaim(claim)) && momentOfFact(f) === undefined && SAYING_NOUN_ON.test(factLead(f, 90));
}
const SAYING_NOUN_ON = /\b(?:announcement|statement|notice|declaration|communiqu[eé]|press\s+release)\s+(?:by\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\s+)?(?:on|of|dated)\s+(?:the\s+)?$/i;

/** A date set between a determiner and its noun, as a name: "The Oct. 9 measures", "Beijing's 9 October package". */
function dayNamesNoun(f: Fact): boolean {
  const d = dateSpan(f);
  return OWNER_BEFORE.test(f.sentence.slice(Math.max(0, d.start - 12), d.start)) && /^\s+[a-z]{3,}(?!ed\b)\b/.test(f.sentence.slice(d.end, d.end + 30)) && !/^\s+(?:and|or|to|through|until|was|were|is|are|when)\b/.test(f.sentence.slice(d.end, d.end + 30));
}

/** What another source needs to share with the claim for its date to count as the sources disagreeing. */
const OTHER_SOURCE_SHARED = 3;
const OTHER_SOURCE_SCORE = 2.4;

/**
 * Another source gives the claim's own date in several of its words ("Brussels fired the first shot
 * on June 20, … shutting Chinese firms out of tenders for medical devices" beside another's "on June
 * 19 barred Chinese suppliers from tenders"): the sources disagree, and a warning would take a side.
 */
function otherSourceAgrees(claim: Claim, f: Fact, scored: FactMatch[], cited: Reach): boolean {
  const gives = givesClaimDayAgainst(claim, f, cited);
  return scored.some((m) => {
    // A sum of money the claim names, and the contradicting sentence does not, tells its event
    // however few other words are shared ("Intel had received $5.7 billion … on Wednesday, August 27").
    const sum = sharesSum(claim.clauseText, m.fact) && !sharesSum(claim.clauseText, f);
    // (Nor a day the other source tells as first set and since moved: "originally scheduled for".)
    if (m.fact.path === f.path || !gives(m.fact) || !sameMoment(claim, m.fact) || originalOnlyInSource(claim, m.fact)) return false;
    // ("Deutsche Post said on Friday it would stop accepting parcels … from Saturday" dates the
    // saying, not the stop a brief dates: only a brief of a saying is answered by the day of one.)
    if (SAID_ON.test(factLead(m.fact, SAYING_REACH)) && !tellsOfSaying(claim)) return false;
    // (A day given in full, as the brief gives it, may share the claim's words in its sentence rather
    // than its clause: "The Agreement on Fisheries Subsidies, concluded in June 2022, entered into
    // force on 15 September 2025".)
    // (Or loosely: "registration" is the brief's "re-registration", "ends" its "end".)
    const shared = m.sharedEntities + Math.max(m.sharedTerms, looselyShared(claim, m.fact), fullDay(m.fact.date) && fullDay(claim.cited.mention) ? sentenceShared(claim, m.fact) : 0);
    // (A meeting planned for the day, of the kind the claim tells, needs no more than one more word:
    // "It said it would hold an extraordinary meeting on Monday" names its body a sentence before.)
    // (Nor one of whom it names others: "The APEC leaders' meeting itself is set to open Friday" is
    // not "Xi and Trump met in Busan".)
    if (!firm(m.fact)) return encounterPlannedFor(claim, m.fact, f) && m.score >= OTHER_SOURCE_SCORE && claim.kinds.includes(m.fact.kind) && shared >= 1 && m.fact.entities.length <= m.sharedEntities;
    if (!sum && (m.score < OTHER_SOURCE_SCORE || shared < OTHER_SOURCE_SHARED)) return false;
    // A plan told in the past ("was originally scheduled to begin on 1 July 2020") does not speak for
    // a brief that says the thing happened then ("formally began on 1 July 2020").
    if (pastPlanOnlyInSource(claim, m.fact)) return false;
    // Of the same kind as the contradicting date, or one the claim names: "the Geneva meeting on
    // May 12" does not speak for "the Geneva deal cut tariffs on May 12".
    // A shared rate names the measure whatever the words ("posted that India would pay 25 per cent").
    // When neither the claim nor the contradicting sentence names a kind ("the UK's membership took
    // effect"), a kind cannot set them apart.
    // (Nor, then, a saying's kind: "said it had opened its registration system" is a statement,
    // "began accepting re-registration applications" an announcement.)
    // (Or the very day, told as due as the brief tells it: "that last report is due by 31 January 2026"
    // for "The final quarterly report of the transitional period is due by 31 January 2026".)
    const dueAlike = fullDay(m.fact.date) && fullDay(claim.cited.mention) && DUE_ALIKE.test(factLead(m.fact, 30)) && DUE_ALIKE.test(leadOf(claim));
    return m.fact.kind === f.kind || claim.kinds.includes(m.fact.kind) || (ENCOUNTERS.has(m.fact.kind) && ENCOUNTERS.has(f.kind)) || sharesRate(claim.clauseText, m.fact) || sum || dueAlike || (!claim.kinds.length && (f.kind === 'other' || (SAYINGS.has(f.kind) && SAYINGS.has(m.fact.kind))));
  });
}
const DUE_ALIKE = /\b(?:is|are|was|were)\s+due\s+(?:by|on)\s+$/i;

/**
 * "the Bergen consultations opened on December 9" against "The consultation opens today" (a public
 * consultation, in a statement that names Bergen only for a later round): when another source gives
 * the claim's day at the place the claim names ("the second day of a meeting that opened on Tuesday"
 * beside "left the Bergen round"), a sentence that names no such place is not shown to be the event.
 */
function venueOnlyElsewhere(claim: Claim, f: Fact, scored: FactMatch[], cited: Reach): boolean {
  const place = placesOfClaim(claim);
  if (!place || place.test(f.sentence)) return false;
  const gives = givesClaimDayAgainst(claim, f, cited);
  // (Of the claim's kind: "At a briefing in Beijing on Wednesday, … spokesperson Mao Ning said" is no
  // day of "held talks in Beijing".)
  const ofKind = (g: Fact) => claim.kinds.includes(g.kind) || (ENCOUNTERS.has(g.kind) && claim.kinds.some((k) => ENCOUNTERS.has(k)));
  return scored.some((m) => m.fact.path !== f.path && m.sharedTerms + m.sharedEntities >= 1 && ofKind(m.fact) && gives(m.fact) && sameMoment(claim, m.fact) && place.test(m.fact.sentence));
}
/**
 * The places a claim says it happened at, as one pattern (read once per claim: the rule is asked of
 * every candidate that gets this far): "in Beijing", "the Bergen consultations".
 */
function placesOfClaim(claim: Claim): RegExp | null {
  let known = claimPlaces.get(claim);
  if (known === undefined) {
    const said = [...claimVenues(claim.clauseText), ...[...claim.clauseText.matchAll(NAMED_OCCASION)].map((m) => m[1])];
    claimPlaces.set(claim, (known = said.length ? new RegExp(`\\b(?:${said.map(escapeRegExp).join('|')})\\b`) : null));
  }
  return known;
}
const claimPlaces = new WeakMap<Claim, RegExp | null>();
/** "the Bergen consultations", "the Doha round": an occasion named by where it is held (a name the gazetteer may not know). */
const NAMED_OCCASION = /\bthe\s+([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\s+(?:talks|round|summit|meeting|negotiations|consultations|session|conference)\b/g;

/**
 * Which other sources give the claim's day against the contradicting fact `f`. When the claim's
 * explicit year is all that sets it apart from `f`'s day, a source that gives the day without its
 * year ("Seoul announced in August that it would scrap the pact") cannot speak for the brief's
 * "August 2018" against "on Friday" of a page of August 2, 2019.
 */
function givesClaimDayAgainst(claim: Claim, f: Fact, cited: Reach): (g: Fact) => boolean {
  const r = f.yearKnown && claim.cited.yearSource === 'explicit' ? factReach(f, claim.cited) : undefined;
  const onlyTheYear = !!r && relate(cited, r) === 'conflict' && GUESSED_YEAR_SHIFTS.some((y) => relate(cited, shiftYears(r, y)) === 'compatible');
  return (g) => (!onlyTheYear || g.yearKnown) && givesClaimDay(g, claim, cited);
}

/**
 * "It said it would hold an extraordinary meeting on Monday": a meeting another source sets for the
 * brief's very day, told before that day and not put off, speaks for a brief that says it met then,
 * against a meeting of the same body on another day ("at an extraordinary meeting held this morning",
 * three days later): meetings recur. (A measure's start does not: a plan for it says nothing
 * against the day it began.)
 */
function encounterPlannedFor(claim: Claim, g: Fact, f: Fact): boolean {
  return ENCOUNTERS.has(g.kind) && ENCOUNTERS.has(f.kind) && !!g.date.future && g.reliability !== 'weak' && !MOVED.test(g.sentence) && !pastPlanOnlyInSource(claim, g);
}

/**
 * A journey, for a brief about what was done there: "travelled to Washington on 5 August" does not
 * speak for "met Rubio in Washington on 5 August", which the next sentence dates the 6th.
 */
// (Or a brief of a definite moment of no kind: "Hegseth and Ábrego signed their joint security
// declaration on 8 April" is not borne out by "Hegseth arrived in Panama City on 8 April".)
function journeyOnly(claim: Claim, g: Fact): boolean {
  return g.kind === 'travel' && (claim.kinds.length > 0 || momentOfClaim(claim) !== undefined) && !claim.kinds.includes('travel');
}

/** A day given with its month and year in so many words ("15 September 2025"). */
function fullDay(m: DateMention): boolean {
  return m.resolution === 'explicit' && m.precision === 'day';
}

/** How many of the claim's clause words the source's whole sentence holds. */
function sentenceShared(claim: Claim, g: Fact): number {
  const words = new Set(contentTerms(g.sentence));
  let n = 0;
  for (const [key, w] of claim.features) if (w === 1 && key.startsWith('t:') && words.has(key.slice(2))) n++;
  return n;
}

/** Names for one encounter: "the Busan summit" and "the two men met in Busan" tell one event. */
const ENCOUNTERS: ReadonlySet<EventKind> = new Set<EventKind>(['summit', 'meeting', 'talks']);

/** The rates a source's sentence names, read once per fact (many claims ask of the same facts). */
const factRates = new WeakMap<Fact, string[]>();
function ratesOf(f: Fact): string[] {
  let r = factRates.get(f);
  if (!r) factRates.set(f, (r = ratesIn(f.sentence)));
  return r;
}

/** The claim's words and a source's sentence name a sum of money in common ("$5.7 billion"). */
function sharesSum(claimText: string, f: Fact): boolean {
  return sumsShared(claimText, f.sentence);
}

/** Two texts name a sum of money in common. */
function sumsShared(mine: string, theirs: string): boolean {
  const sums = sumsIn(mine);
  return sums.length > 0 && sumsIn(theirs).some((s) => sums.includes(s));
}

/** The claim's words and a source's sentence name a rate in common. */
function sharesRate(claimText: string, f: Fact): boolean {
  const theirs = ratesOf(f);
  return theirs.length > 0 && ratesIn(claimText).some((r) => theirs.includes(r));
}

/** The claim clause's words the corpus has least often (within a fifth of the rarest): what sets its subject apart. */
function tellingTerms(claim: Claim, corpus: Derived): string[] {
  const terms = [...claim.features].filter(([key, w]) => w === 1 && key.startsWith('t:')).map(([key]) => ({ term: key.slice(2), idf: corpus.features.idf(key) }));
  const most = Math.max(0, ...terms.map((t) => t.idf));
  return terms.filter((t) => t.idf >= most * 0.8 && t.idf > 0).map((t) => t.term);
}

function refOf(f: Fact): SourceRef {
  return { file: f.file, path: f.path, line: f.line, start: f.sentenceStart, end: f.sentenceEnd, quote: f.sentence };
}

/**
 * "MC13 closed on 2 March 2023" against "ran from Feb. 26 to March 2, 2024": a single day the brief
 * gives as an end is the range's last day, so that is the fix, not its first; one it gives as a start
 * ("opened on March 11" against "from 10 to 14 March") is the first.
 */
function rangeDayOf(target: TargetDate, m: DateMention, claim: Claim): { day: TargetDate; which: 'first' | 'last' } | undefined {
  if (m.precision !== 'day' || target.day === undefined || target.endDay === undefined) return undefined;
  // (An occasion opened or closed on the day tells which: "wrapped up in Algiers on 8 October" is
  // the last day of "8 and 9 October".)
  const lead = leadOf(claim).slice(-60);
  // (Whatever other moment the claim tells: "closed its hearings on 23 May" is the last day of "hearings
  // held from 19 May 2025 to 22 May 2025".)
  const told = momentOfClaim(claim);
  const moment = told === 'start' || told === 'end' ? told : OPENED_ON.test(lead) ? 'start' : CLOSED_ON.test(lead) ? 'end' : undefined;
  if (moment === 'start') return { day: { year: target.year, month: target.month, day: target.day }, which: 'first' };
  if (moment !== 'end') return undefined;
  const endMonth = target.endMonth ?? target.month;
  const year = target.year !== undefined && endMonth < target.month ? target.year + 1 : target.year;
  return { day: { year, month: endMonth, day: target.endDay }, which: 'last' };
}

function targetOf(f: Fact, cited: CitedDate): { target?: TargetDate; week?: boolean } {
  const r = factReach(f, cited);
  if (!r) return {};
  const from = isoOfDay(r.from);
  const to = isoOfDay(r.to);
  const y = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const p = f.date.precision;
  if (p === 'day' || p === 'time') return { target: { year: y, month, day: Number(from.slice(8, 10)) } };
  if (p === 'range') return { target: { year: y, month, day: Number(from.slice(8, 10)), endMonth: Number(to.slice(5, 7)), endDay: Number(to.slice(8, 10)) } };
  if (p === 'week') return { target: { year: y, month, day: Number(from.slice(8, 10)) }, week: true };
  return { target: { year: y, month } };
}

export function checkBrief(text: string, corpus: Derived, options: CheckOptions = {}): BriefDiagnostic[] {
  const brief = readBrief(text);
  const starts = lineStarts(text);
  const cited = citedDates(brief.prose, corpus.dominantYear);
  const out: BriefDiagnostic[] = [];
  const severity = (code: BriefDiagnostic['code']) => options.severity?.[code] ?? (code === 'date-unsettled' ? 'information' : 'warning');
  const ignoredEvents = new Set([...(options.ignoredEvents ?? []).map((s) => s.toLowerCase()), ...brief.ignoredEvents]);
  const place = (start: number, end: number) => {
    const a = positionOf(starts, start);
    const b = positionOf(starts, end);
    return { start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };

  const weekdaysFit = yearOfYearlessWeekdays(cited, corpus.dominantYear);
  const briefYear = commonestYear(cited);
  const briefYears = new Set(cited.flatMap((c) => (c.yearSource === 'explicit' && c.year !== undefined ? [c.year] : [])));
  const written = cited.flatMap((c) => {
    const md = monthDayOf(c.mention);
    return c.year !== undefined && c.yearSource === 'explicit' && md ? [{ year: c.year, at: dayNumber(c.year, md.month, md.day) }] : [];
  });
  for (const c of cited) out.push(...weekdayCheck(c, text, place, severity('weekday-mismatch'), corpus.dominantYear, weekdaysFit, briefYear, briefYears, (iso) => sourcesDateDay(corpus, iso), written));

  for (const claim of buildClaims(brief.prose, cited, corpus)) {
    const v = judgeClaim(claim, corpus);
    const m = claim.cited.mention;
    if (v.verdict === 'conflict' && v.best) {
      const f = v.best.fact;
      const event = f.eventId ? corpus.eventById.get(f.eventId) : undefined;
      if (event && (ignoredEvents.has(event.name.toLowerCase()) || ignoredEvents.has(event.id))) continue;
      const { target, week } = targetOf(f, claim.cited);
      if (!target) continue;
      if (v.sourceYear !== undefined) target.year = v.sourceYear;
      const ofRange = rangeDayOf(target, m, claim);
      const rangeDay = ofRange?.day;
      const said = (ofRange ? `${describeTarget(ofRange.day)}, the ${ofRange.which} day of ` : '') + describeTarget(target, { mod: f.date.mod, week }) + (v.sourceYear !== undefined ? ` (the source gives no year; the corpus's dated sources put this day in ${v.sourceYear})` : '');
      const about = event ? `the ${event.name}` : 'this';
      // A numeric date was read day first when its first number is its day.
      const numericDayFirst = /^\d{1,2}[/.]/.test(m.text) && m.day !== undefined ? Number(/^\d{1,2}/.exec(m.text)![0]) === m.day && m.day !== m.month : undefined;
      const replacement = week ? undefined : rewriteInStyle(m.text, rangeDay ?? target, f.date.mod, numericDayFirst);
      out.push({
        code: 'date-conflict',
        severity: severity('date-conflict'),
        message: `The sources date ${about} to ${said}, not ${m.text}. ${f.file}:${f.line + 1}: "${shorten(f.sentence)}"`,
        ...place(m.start, m.end),
        cited: m.text,
        citedValue: m.value,
        expected: expectedValue(rangeDay ?? target, week),
        replacement,
        eventId: event?.id,
        eventName: event?.name,
        sources: v.evidence.map((e) => refOf(e.fact)),
      });
    } else if (v.verdict === 'unsettled' && options.reportUnsettled) {
      out.push({
        code: 'date-unsettled',
        severity: severity('date-unsettled'),
        message: `The sources do not settle ${m.text}.`,
        ...place(m.start, m.end),
        cited: m.text,
        citedValue: m.value,
        expected: '',
        sources: v.evidence.map((e) => refOf(e.fact)),
      });
    }
  }
  return withoutExplainedWeekdays(out)
    .filter((d) => !brief.ignoredLines.has(d.line) && d.severity !== ('off' as string))
    .sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}

/**
 * "Tuesday, June 11" where the sources say Tuesday, June 10: the day is wrong, not the weekday.
 * The conflict's fix mends both, so a weekday warning (whose fix would change the weekday) goes.
 */
function withoutExplainedWeekdays(ds: BriefDiagnostic[]): BriefDiagnostic[] {
  const explained = new Set<number>();
  for (const d of ds) {
    if (d.code !== 'date-conflict' || !/^\d{4}-\d{2}-\d{2}$/.test(d.expected)) continue;
    const [y, m, day] = d.expected.split('-').map(Number);
    const right = WEEKDAYS[weekdayOf(y, m, day)];
    if (new RegExp(`^${right.slice(0, 3)}`, 'i').test(d.cited.trim())) explained.add(d.start);
  }
  return ds.filter((d) => d.code !== 'weekday-mismatch' || !explained.has(d.start));
}

function expectedValue(t: TargetDate, week?: boolean): string {
  const mm = String(t.month).padStart(2, '0');
  if (week && t.year !== undefined && t.day !== undefined) return `week of ${t.year}-${mm}-${String(t.day).padStart(2, '0')}`;
  const y = t.year ?? 'XXXX';
  if (t.day === undefined) return `${y}-${mm}`;
  return `${y}-${mm}-${String(t.day).padStart(2, '0')}`;
}

function shorten(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/**
 * " The nearest Friday is 30 May.": the day may be the slip rather than the weekday ("Friday, May 31"
 * for Friday, May 30), so the message names the other way to mend it.
 */
function nearestNamedDay(year: number, month: number, day: number, weekday: number): string {
  const at = Date.UTC(year, month - 1, day);
  for (const d of [-1, 1, -2, 2, -3, 3]) {
    const t = new Date(at + d * 86_400_000);
    if (t.getUTCDay() === weekday) return ` The nearest ${WEEKDAYS[weekday]} is ${describeTarget({ month: t.getUTCMonth() + 1, day: t.getUTCDate() })}.`;
  }
  return '';
}

/**
 * A brief that never gives its year still tells it by its weekdays: when most of its yearless
 * "Sunday, June 1"s fall in the year its sources speak of (two at least), that is its year, and a
 * weekday that does not fit it is a slip ("Wednesday, June 5" beside "Sunday, June 1").
 */
function yearOfYearlessWeekdays(cited: CitedDate[], corpusYear?: number): number | undefined {
  if (corpusYear === undefined) return undefined;
  let fit = 0;
  let misfit = 0;
  for (const c of cited) {
    const md = c.yearSource === 'corpus' && c.mention.weekday !== undefined ? monthDayOf(c.mention) : undefined;
    if (!md) continue;
    if (weekdayOf(corpusYear, md.month, md.day) === c.mention.weekday) fit++;
    else misfit++;
  }
  return fit >= 2 && fit > misfit ? corpusYear : undefined;
}

/** How near a day written out in full a yearless weekday must be to take its year. */
const NEAR_WRITTEN_DAYS = 7;

function weekdayCheck(
  c: CitedDate,
  text: string,
  place: (s: number, e: number) => { start: number; end: number; line: number; column: number; endLine: number; endColumn: number },
  severity: BriefDiagnostic['severity'],
  corpusYear?: number,
  weekdaysYear?: number,
  briefYear?: number,
  briefYears: ReadonlySet<number> = new Set(),
  sourcesTell: (iso: string) => boolean = () => false,
  written: ReadonlyArray<{ year: number; at: number }> = [],
): BriefDiagnostic[] {
  const m = c.mention;
  const md = monthDayOf(m);
  if (m.weekday === undefined || c.year === undefined || !md) return [];
  const { month, day } = md;
  // "Friday, December 6" in a brief of 2025 whose sources date a Friday, December 6 in 2024: the
  // writer wrote that day's weekday, and the year was only lent.
  if (c.yearSource !== 'explicit' && [c.year - 1, c.year + 1].some((y) => isValidDate(y, month, day) && weekdayOf(y, month, day) === m.weekday && sourcesTell(isoDate(y, month, day)))) return [];
  // "on Friday, 7 November" two days before the brief's "Sunday, November 9, 2025": a day written out
  // in full a few days off, in whose year the weekday falls, gives the year. (Not the same day: "for
  // one year from Tuesday, November 10" beside "lapses on November 10, 2026" is a year apart.)
  const near = (w: { year: number; at: number }) => {
    const apart = Math.abs(dayNumber(w.year, month, day) - w.at);
    return apart > 0 && apart <= NEAR_WRITTEN_DAYS;
  };
  if (c.yearSource !== 'explicit' && written.some((w) => isValidDate(w.year, month, day) && near(w) && weekdayOf(w.year, month, day) === m.weekday)) return [];
  const byWeekdays = c.yearSource === 'corpus' && weekdaysYear !== undefined && c.year === weekdaysYear;
  // A yearless weekday read in the sources' year, wrong in it and in every year the brief gives
  // ("Wednesday, August 26" in a 2025 corpus, below a lone "July 30, 2024"): wrong whichever was meant.
  const wrongInAll = c.yearSource === 'corpus' && briefYears.size > 0 && [c.year, ...briefYears].every((y) => weekdayOf(y, month, day) !== m.weekday);
  if (c.yearSource !== 'explicit' && c.yearSource !== 'brief' && !byWeekdays && !wrongInAll) return [];
  if (weekdayOf(c.year, month, day) === m.weekday) return [];
  // "Monday, August 11" lines below "May 2024" in a brief whose sources are of 2025: the year was
  // borrowed, and the weekday fits the year the sources speak of.
  // With sources that give no year, the year most of the brief's own full dates give stands in.
  const otherYear = corpusYear ?? briefYear;
  const borrowed = c.yearSource === 'brief' && otherYear !== undefined && otherYear !== c.year;
  if (borrowed && weekdayOf(otherYear, month, day) === m.weekday) return [];
  // (Nor where it fits the year the brief's own full dates give most, when the sources speak of
  // another: "Monday, January 20" below "July 17–18, 2023", in a brief of 2025 over sources of another year.)
  // (Not where the lent year is the sources' own: a list of their year's weekdays keeps its slips.)
  if (c.yearSource === 'brief' && c.year !== corpusYear && briefYear !== undefined && briefYear !== c.year && weekdayOf(briefYear, month, day) === m.weekday) return [];
  // Wrong in both: the weekday is judged in the year of the brief and its sources alike, not in
  // the one a single nearby date lent ("… on 13 March 2024. … from Friday, 4 June").
  const year = borrowed && briefYear === otherYear ? otherYear : c.year;
  const actual = weekdayOf(year, month, day);
  const ws = m.weekdayStart ?? m.start;
  const we = m.weekdayEnd ?? ws + WEEKDAYS[m.weekday].length;
  const named = text.slice(ws, we);
  const right = WEEKDAYS[actual];
  const replacement = named.length <= 4 ? right.slice(0, 3) + (named.endsWith('.') ? '.' : '') : right;
  const dateText = describeTarget({ year, month, day });
  const message =
    (byWeekdays
      ? `In ${year}, the year of this brief's other weekdays and of its sources, ${describeTarget({ month, day })} is a ${right}, not a ${WEEKDAYS[m.weekday]}.`
      : `${dateText} is a ${right}, not a ${WEEKDAYS[m.weekday]}.`) + nearestNamedDay(year, month, day, m.weekday);
  return [
    {
      code: 'weekday-mismatch',
      severity,
      message,
      ...place(m.start, m.end),
      cited: named,
      citedValue: m.value,
      expected: right,
      replacement,
      replaceStart: ws,
      replaceEnd: we,
      sources: [],
    },
  ];
}
