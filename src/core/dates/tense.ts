// Does the sentence around a date look backward or forward? Used to pick the year of a yearless
// date ("the May 12 deal" vs "starting Nov. 1") and the week of a bare weekday ("on Thursday" vs
// "by Wednesday"). Cheap: it only looks at a bounded window around the date.

import { MON } from './lexicon';

export type Tense = 'past' | 'future' | 'neutral';

const WINDOW_LEFT = 110;
const WINDOW_RIGHT = 70;
/** How far back a long sentence is read when its nearer words tell no tense. */
const WIDE_LEFT = 260;

/** Words right before the date that make it a forward-looking target ("the deadline falls on Friday"). */
const FUTURE_LEFT =
  /(?:^|[^A-Za-z])(?:starting|beginning|effective|until|till|beyond|(?<!(?:\d|day|[a-z]{2}uary|March|April|May|June|July|August|[a-z]{3}mber|October|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s{1,3})(?:through|thru)|by|deadline(?:\s{1,3}(?:of|on|for))?|due(?:\s{1,3}(?:on|by|in))?|expires?(?:\s{1,3}(?:on|in))?|(?:deadline|expiry|cut-?off)\s{1,3}(?:falls|lands|comes|arrives)|expiring(?:\s{1,3}(?:on|in))?|(?:scheduled|set|slated|planned|expected|penciled|pencilled)\s{1,3}(?:for|on|in)|(?:penciled|pencilled)\s{1,3}in\s{1,3}for|ahead\s{1,3}of|payable|(?:holders|stock|shareholders|stockholders)\s{1,3}of\s{1,3}record|no\s{1,3}later\s{1,3}than|next|upcoming|as\s{1,3}(?:early|soon)\s{1,3}as|from\s{1,3}(?:as\s{1,3}early\s{1,3}as\s{1,3})?)\s{0,3}(?:on\s{1,3})?(?:the\s{1,3})?(?:early\s{1,3}|mid-?\s{0,2}|late\s{1,3})?$/i;

/** An adverb inside a plan ("is still set to", "were originally due to"): the plan is read through it. */
const PLAN_ADVERB = String.raw`(?:(?:still|now|also|already|originally|currently|initially|officially)\s{1,3})?`;

const FUTURE_WORD = new RegExp(
  String.raw`(?:^|[^A-Za-z'’])(?:will|won['’]t|shall|going\s{1,3}to|(?:is|are|be|been|was|were)\s{1,3}${PLAN_ADVERB}(?:due|set|scheduled|slated|expected|poised|likely)\s{1,3}to|expected\s{1,3}to|plans?\s{1,3}to|planning\s{1,3}to|(?:plans?|planning)\s{1,3}(?:a|an)\s{1,3}(?:visit|trip|meeting|summit|tour|vote|launch|review)|intends?\s{1,3}to|aims?\s{1,3}to|(?:we|they|I)\s{1,3}expect\s{1,3}(?:[\w'’-]+\s{1,3}){1,6}?to\s{1,3}(?!(?:the|an?|its|their|his|her|this|that)(?![A-Za-z]))[a-z]{3,}|(?<![A-Za-z]|(?:was|were|been)\s{1,3})to\s{1,3}be\s{1,3}(?:held|hosted|convened|signed|launched)|(?:hop(?:e|es|ed|ing)|intending|aiming|expecting)\s{1,3}to|(?:planned|scheduled|slated)\s{1,3}(?:to|a|an|the)|(?<![A-Za-z])(?:set|poised)\s{1,3}to\s{1,3}(?!(?:the|an?|its|their|his|her|work)(?![A-Za-z]))[a-z]{3,}|(?:has|have)\s{1,3}scheduled|(?<![A-Za-z])(?:is|are)\s{1,3}(?:due|expected)\s{1,3}(?:back\s{1,3})?(?:in|at)(?=\s{1,3}(?:the\s{1,3})?[A-Z])|(?:is|are)\s{1,3}to\s{1,3}(?!(?:the|an?)(?![A-Za-z]))[a-z]{3,}|upcoming|next(?!\s{1,3}to(?![A-Za-z]))|forthcoming|(?<!(?:was|were|been|is|are|had|has|have|as)\s{1,3})(?:expected|scheduled|slated)\s{1,3}(?:at|in|on|by|for)(?![A-Za-z]))(?![A-Za-z])|['’]ll(?![A-Za-z])`,
  'i',
);

/** Verbs that move a date, or grant a time up to it ("has authorised the protest until January 3"): what they move it to is still ahead. */
const RESCHEDULED = /(?:^|[^A-Za-z])(?:extend|postpon|delay|defer|adjourn|suspend|push|put|mov|grant|giv|given|gave|allow|authori[sz]|permit|licens|keep|kept|leav|left|set|paus|halt)[a-z]*(?![A-Za-z])/i;

/**
 * "had extended the deadline for offers to March 31", "was postponed to June 4": where a date was
 * moved to lies after the moving, whatever the tense; told in the past, it may since have passed,
 * so it is the nearest year it fits.
 */
const MOVED_TO = /(?:^|[^A-Za-z])(?:extend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|push(?:es|ed|ing)?\s{1,3}back|put\s{1,3}back|brought\s{1,3}forward|reschedul(?:e|es|ed|ing)|mov(?:e|es|ed|ing))(?![A-Za-z])[^.;:]{0,60}?(?:^|[^A-Za-z])to\s{1,3}$/i;

/** A reporting verb after the date, and what introduces the report: "posted that", "said". */
const REPORTED_AFTER = /(?:^|[^A-Za-z])(?:said|says|told|posted|wrote|announced|stated|added|warned|insisted)(?![A-Za-z])/i;

/** A saying in the clause before a date, in any form: "telling", "told", "wrote to … in a letter". */
const REPORTING_BEFORE = /(?:^|[^A-Za-z])(?:tell|tells|telling|told|say|says|saying|said|inform|informs|informing|informed|notify|notifying|notified|warn|warns|warning|warned|write|writes|writing|wrote|announc(?:e|es|ing|ed)|assur(?:e|es|ing|ed))(?![A-Za-z])/i;
/** ", who chairs the negotiating group on rules,": a relative clause closed by its comma (after the date, or by the window's end). */
const ASIDE_RELATIVE = /,\s{1,3}(?:who|which)\s[^,;.]*,/gi;
const ASIDE_RELATIVE_AFTER = /,\s{1,3}(?:who|which)\s[^,;.]*(?:,|$)/gi;
/** A reported clause that opens right after the date: "on July 7 that it would …". */
const REPORT_THAT = /^\s{0,3},?\s{0,3}that(?![A-Za-z])/i;

/** A plan given up: "…, was cancelled", "had been scrapped". */
const CALLED_OFF = /^[^.;]{0,40}?(?:^|[^A-Za-z])(?:was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:cancell?ed|scrapped|dropped|abandoned|shelved|withdrawn|called\s{1,3}off|rescinded|revoked)(?![A-Za-z])/i;

/** A start point or limit right before the date: "from June 4", "starting Nov. 1", "by June 30". */
const START_POINT = /(?:^|[^A-Za-z])(?:from|starting|beginning|effective|by)\s{0,3}(?:on\s{1,3})?(?:the\s{1,3})?(?:early\s{1,3}|mid-?\s{0,2}|late\s{1,3})?$/i;

/** A perfect whose participle is not an -ed form: "have risen", "has been", "had begun". */
const PERFECT_G = /(?:^|[^A-Za-z])(?:has|have|had)\s{1,3}(?:not\s{1,3})?(?:been|risen|fallen|grown|begun|taken|given|gone|come|become|seen|made|paid|kept|held|run|set|cut|put)(?![A-Za-z])/gi;

/**
 * Offset of the clause's last past or perfect verb when nothing after it looks ahead (a modal:
 * "said the curbs would stay"; a future word anywhere in it); -1 otherwise.
 */
function pastVerb(clause: string): number {
  const was = Math.max(nearest(PAST_G, clause, true), nearest(PERFECT_G, clause, true));
  return was >= 0 && was > nearest(MODAL_G, clause, true) && !FUTURE_WORD.test(clause) ? was : -1;
}

/** The words after the last reporting verb or "that": the reported clause, whose verb decides. */
function afterReport(s: string): string {
  // ("was added to the entity list" is no saying: a passive "added" is the clause's own verb.)
  const re = /(?:^|[^A-Za-z])(?:that|said|says|told|announced|stated|(?<!(?:was|were|been|be|being|is|are)\s{1,3})added|noted|wrote)(?![A-Za-z])/gi;
  let cut = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) cut = m.index + m[0].length;
  return s.slice(cut);
}

/** A present passive or perfect, and no past verb after it: "is registered", "has been authorised". */
const PRESENT_STATE = /(?:^|[^A-Za-z])(?:is|are|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)(?![A-Za-z])(?![^,;]*(?:^|[^A-Za-z])(?:was|were|had)(?![A-Za-z]))/i;

/** Time granted, told in the past: "were given until", "was granted until", "miners … given until". */
const GRANTED_IN_THE_PAST = /(?:^|[^A-Za-z])(?:(?:was|were|had\s+been)\s+)?(?:given|granted|allowed)\s+(?:until|till)\s*$/i;

const PAST_PERFECT = /^[^.;]{0,40}?(?:^|[^A-Za-z])had(?![A-Za-z])/i;

/** What follows the first date of "from April to June", "from June 9 to 10" (not "to 10 percent"). */
const RANGE_END = /^\s{1,3}(?:to|through|thru|until|till|and)\s{1,3}(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![A-Za-z])|\d{1,2}(?:st|nd|rd|th)?(?!\d|\s{0,2}(?:%|percent|per(?![A-Za-z]))))/;

/** "would" looks ahead only when nothing in the clause is plainly past ("said it would" is). */
const WOULD = /(?:^|[^A-Za-z])would(?![A-Za-z])/i;

const PAST_WORD =
  /(?:^|[^A-Za-z])(?:was|were|had|did|said|says|told|met|held|began|came|took|made|saw|went|spoke|wrote|rose|fell|won|lost|sent|gave|left|struck|hit|ran|stood|sat|grew|led|paid|sold|bought|brought|fought|spent|built|drew|flew|chose|broke|drove|knew|found|became|ago|earlier|previously|already|agreed|freed|[a-z]{2,}[^e\W]ed)(?![A-Za-z])/;

/** Start of the sentence (or line) containing `at`, looking back at most `max` characters. */
/**
 * A line break of hard-wrapped prose ("with large\nminers bound by … given until the end of March"):
 * the line before ends inside a sentence (a word or a comma) and the next goes on in lower case. Such
 * a break ends no sentence; a heading, a list item or a table row starts otherwise.
 */
function softWrap(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && LINE_END.test(text[b - 1])) b--;
  let e = at;
  while (e < text.length && LINE_END.test(text[e])) e++;
  // (Two line ends or more are a blank line: a paragraph's end.)
  if (text.slice(b, e).replace(/\r\n/g, '\n').length > 1) return false;
  return SOFT_END.test(text.slice(Math.max(0, b - 2), b)) && SOFT_START.test(text.slice(e, e + 2));
}
const LINE_END = /[\r\n]/;
const SOFT_END = /[a-z,]$/;
const SOFT_START = /^[a-z]/;

function sentenceStart(text: string, at: number, max: number): number {
  const lo = Math.max(0, at - max);
  for (let i = at - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 13) && !softWrap(text, i)) return i + 1;
    if ((c === 46 || c === 33 || c === 63) && i + 1 < at) {
      const n = text.charCodeAt(i + 1);
      // ". " followed by an upper-case letter or a quote ends a sentence; "Nov. 1" does not.
      if (n === 32 && i + 2 < text.length) {
        const n2 = text.charCodeAt(i + 2);
        if ((n2 >= 65 && n2 <= 90) || n2 === 34 || n2 === 0x201c) {
          // not an abbreviation like "U.S." or "Nov.": require the word before to be 3+ letters
          // lowercase, or no letter at all ("5%.", "2025.", "(EU).")
          const p1 = text.charCodeAt(i - 1);
          const p2 = text.charCodeAt(i - 2);
          const lowerWord = p1 >= 97 && p1 <= 122 && p2 >= 97 && p2 <= 122;
          const noLetter = !/[A-Za-z\u00c0-\u024f]/.test(text[i - 1] ?? '');
          if (lowerWord || noLetter || c !== 46) return i + 2;
        }
      }
    }
  }
  return lo;
}

function sentenceEnd(text: string, at: number, max: number): number {
  const hi = Math.min(text.length, at + max);
  for (let i = at; i < hi; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 13) && !softWrap(text, i)) return i;
    if ((c === 46 || c === 33 || c === 63) && i + 1 < text.length && text.charCodeAt(i + 1) === 32) {
      const n2 = text.charCodeAt(i + 2);
      if ((n2 >= 65 && n2 <= 90) || n2 === 34 || n2 === 0x201c) return i;
    }
  }
  return hi;
}

/** The clause part of a left context: text after the last comma, semicolon, colon or dash. */
function clauseTail(s: string): string {
  let cut = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 40) {
      cut = i;
      break;
    }
  }
  return cut >= 0 ? s.slice(cut + 1) : s;
}

function clauseHead(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 41) return s.slice(0, i);
  }
  return s;
}

const PAST_G = new RegExp(PAST_WORD.source, 'g');
const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:a|an|the|its|their|his|her|our|these|those)\s{1,3}$/i;
const AFTER_BE = /(?:^|[^A-Za-z])be\s{1,3}(?:[a-z]+ly\s{1,3})?$/i;
const WOULD_G = new RegExp(WOULD.source, 'gi');
const MODAL_G = /(?:^|[^A-Za-z])(?:would|could|may|might|should|must|can)(?![A-Za-z])/gi;

/** A past verb, a few words, then the preposition of the date: "imposed on", "announced for Vietnam on". */
const PAST_VERB_TO_DATE = String.raw`(?:had\s{1,3})?(?:[a-z]{2,}ed|put|set|cut|made|took|gave|struck)\s{1,3}(?:[\w%$.,'’-]+\s{1,3}){0,4}?(?:on|in)\s{1,3}(?:the\s{1,3})?$`;
/** A relative clause's subject and past verb, then the preposition of the date: "the tariff it imposed on". */
const PAST_RELATIVE_TAIL = new RegExp(String.raw`(?:^|[^A-Za-z])(?:it|they|he|she|we|which|that|who)\s{1,3}` + PAST_VERB_TO_DATE, 'i');
/** The same with a named subject: "the tariff that Washington announced for Vietnam on" (case-sensitive: a name, not any word). */
const NAMED_PAST_RELATIVE_TAIL = new RegExp(String.raw`(?:^|[^A-Za-z])(?:which|that)\s{1,3}(?:the\s{1,3})?(?:[A-Z][\w.'’&-]*\s{1,3}){1,3}` + PAST_VERB_TO_DATE);

/** Offset of the match nearest the date: the last one in a left context, the first in a right one; -1 if none. */
function nearest(re: RegExp, s: string, last: boolean): number {
  re.lastIndex = 0;
  let at = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (re === PAST_G) {
      const before = s.slice(Math.max(0, m.index - 16), /[A-Za-z]/.test(m[0][0]) ? m.index : m.index + 1);
      // "would be held", "to be signed": a passive after "be" is no past tense.
      if (AFTER_BE.test(before)) continue;
      // "a revised draft text", "the proposed rules": an -ed word after a determiner is an adjective.
      if (/ed$/.test(m[0]) && DETERMINER_BEFORE.test(before)) continue;
      // "a long-delayed review", "the much-anticipated visit": an -ed word after a hyphen is an adjective too.
      if (/ed$/.test(m[0]) && m[0][0] === '-') continue;
    }
    at = m.index;
    if (!last) break;
    if (m[0].length === 0) re.lastIndex++;
  }
  return at;
}

/** "that will create the regime was laid before Parliament on": a future relative clause, then the clause's own past passive. */
const PLAIN_PAST_AFTER_FUTURE = /(?:^|[^A-Za-z])will\s{1,3}[a-z]+(?:\s{1,3}[\w'’-]+){0,8}?\s{1,3}(?:was|were)\s{1,3}(?!(?:due|set|scheduled|slated|expected|poised|likely|to)(?![A-Za-z]))[a-z]{2,}(?:ed|id|en|wn|nt|ld)(?![A-Za-z])[^.;:,]{0,60}$/i;

/** A clause "after" or "because" opens, its verb in the past, running up to the date: "after President Donald Trump signed an executive order on ". */
const PAST_AFTER_CONJUNCTION = /(?:^|[^A-Za-z])(?:after|because)\s+(?:[\w.'’-]+\s+){1,5}?(?:[a-z]{2,}ed|met|held|took|made|gave|sent|won|lost|left|came|went|struck)\s+(?:[\w.'’%$-]+\s+){0,6}?(?:on|in|at)\s+(?:the\s+)?$/i;
const SCHEDULED_PRESENT = /(?:^|[^A-Za-z])(?:(?<!(?:to|will|would|could|may|might|can|should|must|did|not)\s{1,3})(?:meet|convene|gather)|meets|visits|holds|faces|votes|flies|travels|opens|closes|hosts|attends|arrives|departs|leaves|heads|convenes|resumes|gathers|chairs|begins|starts|ends|returns|takes\s{1,3}effect|comes\s{1,3}into\s{1,3}(?:force|effect)|enters\s{1,3}into\s{1,3}force|kicks\s{1,3}in|expires|lapses)(?![A-Za-z])/i;

/** "Ministers are meeting in Brussels on Monday": the present progressive of an arrangement looks ahead. */
const PROGRESSIVE_PLAN = /(?:^|[^A-Za-z])(?:is|are|['’]re)\s{1,3}(?:meeting|visiting|travell?ing|flying|heading|hosting|convening|gathering|attending|arriving|departing|returning|voting|resuming)(?![A-Za-z])/i;

/** "Xi remains in South Korea for the APEC meetings on Friday": someone staying somewhere for what is to come. */
const STAYING_FOR = /(?:^|[^A-Za-z])(?:remains|stays|is|are)\s{1,3}(?:on\s{1,3})?(?:in|at)\s{1,3}[A-Z][^,;.]{0,60}?\s{1,3}for\s/;

/** A clause of its own that looks ahead, whatever the sentence before it did: "…, and will apply from". */
const RETROSPECT_BLOCK = /(?:^|[^A-Za-z])(?:will|shall|would|to)\s{1,3}[a-z]{2,}/i;

/** What a saying reports ahead, up to its clause's end: "that he would step down". */
const WOULD_CLAUSE = /\b(?:that\s+)?(?:he|she|it|they|we|I)\s+(?:would|will)\b[^,;]*/gi;
/** A clause that opens on a present participle: " taking responsibility for", " citing". */
const PARTICIPLE_CLAUSE = /^\s*(?:[a-z]+ly\s+)?(?!(?:during|morning|evening|spring|something|nothing|anything|everything|king|bring|string|thing|ring|wing|ceiling|pending|according)\b)[a-z]{3,}ing\b/;

/** A plan as it stood before: "was due to", "were set to", "was scheduled to", "had been due to". */
const PAST_PLAN_SRC = String.raw`(?:^|[^A-Za-z'’])(?:was|were|had\s{1,3}been)\s{1,3}${PLAN_ADVERB}(?:due|set|scheduled|slated|expected|poised|likely)\s{1,3}to(?![A-Za-z])`;
const PAST_PLAN = new RegExp(PAST_PLAN_SRC, 'i');
const PAST_PLAN_G = new RegExp(PAST_PLAN_SRC, 'gi');

/** A plan someone made, told in the past tense: "the April 2 announcement scheduled the rates for April 9" (not "has scheduled", nor "a rule scheduled to start on", a plan still standing). */
const MADE_PLAN_SRC = String.raw`(?:^|[^A-Za-z'’])(?<!(?:is|are|be|been|being|will|has|have|['’]s)\s{1,3})(?:planned|scheduled|slated)\s{1,3}(?:a|an|the)(?![A-Za-z])`;
const MADE_PLAN = new RegExp(MADE_PLAN_SRC, 'i');
const MADE_PLAN_G = new RegExp(MADE_PLAN_SRC, 'gi');

/** "The order is back-dated: it covers goods entered from … on Thursday": what it reaches back to is past. */
const RETROACTIVE = /(?:^|[^A-Za-z])(?:retroactive(?:ly)?|back-?dated|backdated|with\s{1,3}effect\s{1,3}back)(?![A-Za-z])/i;

/** The last "when" clause before a date: "… when they met at the White House on". */
const WHEN_CLAUSE = /(?<![A-Za-z])when\s(?![^]*(?<![A-Za-z])when\s)[^]*$/i;

const SINCE = /(?:^|[^A-Za-z])since\s{1,3}(?:early\s{1,3}|mid-?\s{0,3}|late\s{1,3})?$/i;

/** "to" and a verb ("to reply"), not a place or a noun phrase ("to London", "to the capital"). */
/**
 * An agreement or a pledge to do something, then what it is, up to the date: "agreed to hold the
 * second round in", "agreed at the end of the round to meet again in".
 */
// (Not past a clause of its own: "had agreed to finish by the fall when they met on Feb. 13".)
const BOUND_TO = /(?:^|[^A-Za-z])(?:agreed|decided|pledged|promised|vowed|undertook|committed)(?:\s{1,3}(?:at|during|after)\s{1,3}[^.;:,\d]{1,40}?)?\s{1,3}to\s{1,3}(?!(?:be|have)(?![A-Za-z]))[a-z]{3,}(?![A-Za-z])(?:(?!(?:^|[^A-Za-z])(?:when|after|before|since|as|while|once)(?![A-Za-z]))[^.;:]){0,80}$/i;
const MONTH_WORD = new RegExp(MON);
const TO_VERB = /(?:^|[^A-Za-z])[Tt]o\s{1,3}(?!(?:the|a|an|its|their|his|her|our|this|that)\s)[a-z]{2,}/;

const BY_LEAD = /(?:^|[^A-Za-z])by\s{0,3}(?:the\s{1,3})?(?:(?:early|mid-?|late|end|start|middle|beginning)\s{0,3}(?:of\s{1,3})?)?(?:the\s{1,3})?$/i;
/** A request or duty to do something: "asked to send", "ordered Commerce to publish". */
const ASKED_TO = /(?:^|[^A-Za-z])(?:asked|told|ordered|required|urged|invited|instructed|directed|obliged|called\s{1,3}on)\s{1,3}(?:[\w'’-]+\s{1,3}){0,3}?to\s{1,3}(?!(?:the|a|an|its|their|his|her|our|this|that)\s)[a-z]{2,}/i;

/** A phrase that opens on a preposition and holds only a bare participle: "on shipments cleared through customs from". */
const PREPOSITION_PHRASE = /^\s*(?:on|for|to|of|at|with|in)\s(?![^]*(?:^|[^A-Za-z])(?:was|were|had|has|have|is|are|been|it|they|he|she|we|which|that|who)(?![A-Za-z]))/i;

/** The clause before the date is a prepositional phrase of a sentence whose verb looks ahead. */
function participleOfFuture(lc: string, left: string): boolean {
  return PREPOSITION_PHRASE.test(lc) && FUTURE_WORD.test(left.slice(0, left.length - lc.length));
}

/** After the date, a past verb of its own (not an auxiliary) and only then "that|which|who will …". */
function pastThenRelativeFuture(right: string): boolean {
  const future = FUTURE_WORD.exec(right);
  if (!future) return false;
  const p = ownPastVerb(right);
  return p >= 0 && p < future.index && RELATIVE_OPENS.test(right.slice(p, future.index + 1));
}
/** Where the first past verb after a date stands, when it is a verb of its own (not "was", "had", "said"); -1 if none. */
function ownPastVerb(right: string): number {
  const p = nearest(PAST_G, right, false);
  return p >= 0 && !AUXILIARY_PAST.test(right.slice(p, p + 8)) ? p : -1;
}
/** A past verb of its own right after the date, and a future later in the clause only as a word before a noun ("next month's", "upcoming") or a plan's noun ("the plan to"). */
function pastVerbThenAttributiveFuture(right: string): boolean {
  if (!FUTURE_WORD.test(right) || FUTURE_WORD.test(right.replace(ATTRIBUTIVE_FUTURE, ' '))) return false;
  const p = ownPastVerb(right);
  return p >= 0 && p <= 16 && !/[,;]/.test(right.slice(0, p + 1));
}
// (And a plan named as a noun: "launched an investigation into Mexico's plan to raise tariffs".)
const ATTRIBUTIVE_FUTURE = /(?:^|[^A-Za-z])(?:upcoming|forthcoming|next\s{1,3}(?:week|month|year)['’]s)(?![A-Za-z])|(?:['’]s|(?:^|[^A-Za-z])(?:the|a|an|its|their|his|her|this|that))\s{1,3}(?:[a-z]+\s{1,3})?plans?\s{1,3}to(?![A-Za-z])/gi;
const AUXILIARY_PAST = /^(?:[^A-Za-z])?(?:was|were|had|did|says|said|told)(?![A-Za-z])/i;
const RELATIVE_OPENS = /(?:^|[^A-Za-z])(?:that|which|who)\s/i;

export interface TenseInfo {
  tense: Tense;
  /** The words right before the date make it a target ("by", "starting", "a deadline of"). */
  target: boolean;
  /**
   * Future only because a plan was made in the past ("scheduled the rates for April 9"): ahead of
   * the making, which may itself be months back. A day of the week is still the coming one ("planned
   * a demonstration on Saturday"); a month and day is the nearest.
   */
  planMade?: boolean;
  /**
   * Neutral because the plan is told in the past ("was due to take effect on Friday"): it may have
   * fallen before the story or after it, so a day of the week is the nearer of the two.
   */
  pastPlan?: boolean;
}

export function tenseAt(text: string, start: number, end: number): TenseInfo {
  const s0 = sentenceStart(text, start, WINDOW_LEFT);
  const e0 = sentenceEnd(text, end, WINDOW_RIGHT);
  const left = text.slice(s0, start);
  const right = text.slice(end, e0);
  const near = left.length > 60 ? left.slice(left.length - 60) : left;
  // "from June 9 to June 10" is a range, not "from June 9 on": its "from" points at no future.
  // So is "from April to June" read as two dates.
  const range = /\bfrom\s{1,3}$/i.test(near) && (/\s(?:to|through|thru|until|till)\s/i.test(text.slice(start, end)) || RANGE_END.test(text.slice(end, end + 28)));
  const lc = clauseTail(left);
  if (RETROACTIVE.test(left)) return { tense: 'past', target: false };
  // "the 10% baseline, in place since April 5": a state that began then looks back, whatever the
  // sentence says of what comes next ("will move from the baseline, in place since April 5, to 15%").
  if (SINCE.test(near)) return { tense: 'past', target: false };
  if (!range && MOVED_TO.test(left.slice(-110))) return { tense: 'neutral', target: true };
  if (!range && FUTURE_LEFT.test(near)) {
    // "Until Thursday, they had not named him": a limit already reached is in the past.
    if (/(?:^|[^A-Za-z])(?:until|till|through|thru|by)\s{1,3}$/i.test(near) && PAST_PERFECT.test(right)) return { tense: 'past', target: false };
    // "Tariffs were raised to 50% from June 4" started then; "said tariffs rise from June 4" and
    // "will apply from June 4" still look ahead. Only the clause after a reporting verb counts.
    if (START_POINT.test(near)) {
      const own = afterReport(lc);
      const was = pastVerb(own);
      // "were asked to reply by June 30" is a deadline set in the past, still ahead of the asking;
      // "came to London for a final round beginning on April 28" went there for what began then.
      // (Nor "has been asked to send a report on the commitments it made during the visit by the end
      // of June": a past verb of a relative clause inside what was asked.)
      // ("will have to pay the duty, or post a guarantee, on shipments cleared through customs from
      // Wednesday": a participle in a phrase the comma only set apart from its future verb.)
      if (was >= 0 && !TO_VERB.test(own.slice(was + 1)) && !(BY_LEAD.test(near) && ASKED_TO.test(own)) && !participleOfFuture(lc, left)) return { tense: 'past', target: false };
      // "Trump signed an order setting the rate at 39%, effective August 7": a start set in a past
      // act's sentence may have come before or after the story; the nearest year it fits.
      if (was < 0 && !RETROSPECT_BLOCK.test(lc) && pastVerb(afterReport(left)) >= 0) return { tense: 'neutral', target: true };
    }
    // "Talks ran until Wednesday" ended then; "the deadline was extended until Tuesday" still looks ahead.
    // ("The protest is registered until Jan. 3", "has been registered …": a state that holds now runs on to it.)
    // ("cannot be kept in place beyond June 30, 2026" is a limit ahead; "dragged on beyond" one passed.)
    if (/(?:^|[^A-Za-z])(?:until|till|through|thru|beyond)\s{1,3}$/i.test(near) && pastVerb(lc) >= 0 && !RESCHEDULED.test(lc) && !PRESENT_STATE.test(lc)) return { tense: 'past', target: false };
    // ("were given until the end of March to comply", told in June: the time was granted in the past,
    // and its end, ahead of the granting, may since have passed; the nearest year it fits.)
    if (/(?:^|[^A-Za-z])(?:until|till)\s{1,3}$/i.test(near) && GRANTED_IN_THE_PAST.test(lc) && (pastVerb(lc) >= 0 || (!FUTURE_WORD.test(lc) && pastVerb(left) >= 0)) && !PRESENT_STATE.test(lc)) return { tense: 'neutral', target: true };
    // "The fee rise, due on June 1, was cancelled": a plan given up may have been before or after
    // the story; the nearest year it fits.
    if (CALLED_OFF.test(right)) return { tense: 'neutral', target: true };
    // "It had been due to expire Friday evening": a plan told in the past, as below.
    if (PAST_PLAN.test(lc) && !FUTURE_WORD.test(lc.replace(PAST_PLAN_G, ' '))) return { tense: 'neutral', target: true, pastPlan: true };
    return { tense: 'future', target: true };
  }
  // "The two sides agreed to hold the second round in Wellington in July": a month an agreement or a
  // pledge set for what it bound them to do is ahead of the agreeing. (Not a weekday: "agreed to
  // delay the tariffs on Monday" may be the day it was agreed.)
  if (BOUND_TO.test(lc) && MONTH_WORD.test(text.slice(start, end))) return { tense: 'future', target: false, planMade: true };
  const rc = clauseHead(right);
  // The verb closest to the date decides: a future marker in its own clause wins over "said".
  const parts: [string, boolean][] = [[lc, true], [rc, false]];
  // "announced that he would step down, taking responsibility for his party's loss of its majority
  // in July": a participle's clause after a comma is told in no tense of its own, and the saying's
  // "would" before the comma is not its tense.
  // (What the clause before it tells of the past still dates it: "has fluctuated, rising to a high in
  // June from $29.75 in March".)
  const participle = left.length !== lc.length && PARTICIPLE_CLAUSE.test(lc);
  if (left.length !== lc.length) parts.push([participle ? left.slice(0, left.length - lc.length).replace(WOULD_CLAUSE, ' ') : left, true]);
  if (right.length !== rc.length) parts.push([right, false]);
  // A long sentence's verb may stand before the window: "Biden is due to travel on Sunday to Manaus,
  // in the Brazilian Amazon, and then to Rio de Janeiro for a summit of the Group of 20 … on Monday".
  // Read only when nothing nearer tells.
  const s1 = sentenceStart(text, start, WIDE_LEFT);
  if (s1 < s0) parts.push([participle ? text.slice(s1, start - lc.length).replace(WOULD_CLAUSE, ' ') : text.slice(s1, start), true]);
  for (const [whole, isLeft] of parts) {
    // "On Wednesday the President posted that he'll meet Xi": after the date, what was said is not
    // the tense of the day it was said.
    const report = isLeft ? null : REPORTED_AFTER.exec(whole);
    // "after telling Ramaphosa in a letter on July 7 that it would apply": the "that" after the date
    // opens what the saying before it told, which is not the tense of the day it was told.
    if (!isLeft && !report && REPORT_THAT.test(whole) && REPORTING_BEFORE.test(lc)) continue;
    const part = report ? whole.slice(0, report.index + report[0].length) : whole;
    if (!part) continue;
    // "had agreed to finish by the fall when they met at the White House on Feb. 13": a "when"
    // clause in the past dates its own day, whatever the clause it hangs on looks ahead to.
    const when = isLeft ? WHEN_CLAUSE.exec(part) : null;
    if (when && !FUTURE_WORD.test(when[0]) && nearest(WOULD_G, when[0], true) < 0 && nearest(PAST_G, when[0], true) >= 0) return { tense: 'past', target: false };
    // "Washington will also cut to 7.5% the 15% tariff it imposed on Sept. 1": a relative clause in
    // the past right before the date is the date's own, whatever the sentence goes on to plan.
    const relative = isLeft ? (PAST_RELATIVE_TAIL.exec(part) ?? NAMED_PAST_RELATIVE_TAIL.exec(part)) : null;
    if (relative && !FUTURE_WORD.test(relative[0])) return { tense: 'past', target: false };
    // "The statutory instrument that will create the new regime was laid before Parliament on
    // Tuesday": a past verb nearer the date than the future word, in a relative clause before it,
    // is the date's own.
    if (isLeft && PLAIN_PAST_AFTER_FUTURE.test(part)) return { tense: 'past', target: false };
    // "Brazilian coffee will face the full tariff after President Donald Trump signed an executive
    // order on Wednesday": an "after" or "because" clause in the past is the date's own.
    const subordinate = isLeft ? PAST_AFTER_CONJUNCTION.exec(part) : null;
    if (subordinate && !FUTURE_WORD.test(subordinate[0]) && nearest(WOULD_G, subordinate[0], true) < 0) return { tense: 'past', target: false };
    // "late on Wednesday approved a bill that will raise tariffs": the date's own verb is past; the
    // future is a relative clause's, about the bill.
    if (!isLeft && pastThenRelativeFuture(part)) return { tense: 'past', target: false };
    // "governments on Wednesday approved the bloc's position for next month's ministerial": the
    // date's own verb is past; "next month's" only names what the act was for.
    if (!isLeft && pastVerbThenAttributiveFuture(part)) return { tense: 'past', target: false };
    if (FUTURE_WORD.test(part)) {
      // "The pause was due to run out on July 9": a plan told in the past may have fallen before or
      // after the story; the nearest year it fits.
      if (PAST_PLAN.test(part) && !FUTURE_WORD.test(part.replace(PAST_PLAN_G, ' '))) return { tense: 'neutral', target: false, pastPlan: true };
      if (MADE_PLAN.test(part) && !FUTURE_WORD.test(part.replace(MADE_PLAN_G, ' '))) return { tense: 'future', target: false, planMade: true };
      return { tense: 'future', target: false };
    }
    const p = nearest(PAST_G, part, isLeft);
    const w = nearest(WOULD_G, part, isLeft);
    if (p < 0 && w < 0) {
      // "He meets the prime minister on Tuesday", "a 10% duty takes effect on Saturday": an event verb
      // in the present is a schedule.
      // (Not in a relative clause set off by a comma, "…, who chairs the group, circulated": a
      // standing role; after the date, one the window cuts short as well.)
      const own = part.replace(isLeft ? ASIDE_RELATIVE : ASIDE_RELATIVE_AFTER, ',');
      if (SCHEDULED_PRESENT.test(own) || PROGRESSIVE_PLAN.test(own) || (isLeft && STAYING_FOR.test(own))) return { tense: 'future', target: false };
      continue;
    }
    if (w < 0) return { tense: 'past', target: false };
    if (p < 0) return { tense: 'future', target: false };
    // the verb nearer the date decides: "said on May 30 that it would" vs "said it would meet on June 9"
    return { tense: (isLeft ? w > p : w < p) ? 'future' : 'past', target: false };
  }
  return { tense: 'neutral', target: false };
}
