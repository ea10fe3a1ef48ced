// Content words of a clause, normalised so that a brief's wording can meet a source's:
// lower-cased, stop words dropped, a light suffix stemmer ("responded" ~ "responds" ~ "response").

const STOP = new Set(
  (
    'a an the and or but if of at by for with about against between into through during before after above below ' +
    'to from up down in out on off over under again further then once here there when where why how all any both ' +
    'each few more most other some such no nor not only own same so than too very can will just should now is are ' +
    'was were be been being have has had having do does did doing would could might must shall may it its itself ' +
    'they them their theirs he him his she her hers we us our you your i me my this that these those which who whom ' +
    'what as also said says say told according while since until amid per cent percent one two three new ' +
    'mr ms mrs week weeks month months year years day days today yesterday tomorrow monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september october ' +
    'november december jan feb mar apr jun jul aug sep sept oct nov dec early mid late earlier later last next ' +
    'this that st nd rd th local time'
  ).split(/\s+/),
);

/** A light English stemmer: enough to meet inflections, not a linguistic one. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  // "ratified", "ratification" and "ratifies" meet in "ratify" (as "applied" and "applies" in "apply").
  if (w.length > 5 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 10 && /ifications?$/.test(w)) return w.replace(/ifications?$/, 'ify');
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ives', 'ive', 'ed', 'es', 's', 'ly', 'e']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // A verb made of a noun in -ion meets the noun: "petitioned" and "petition" in "petit", as
  // "sanctioned" and "sanctions" in "sanct".
  if (w !== word && w.length >= 7 && w.endsWith('ion')) w = w.slice(0, -3);
  // Collapse a doubled final consonant ("planned" → "plann" → "plan").
  if (w.length > 4 && w[w.length - 1] === w[w.length - 2] && !/[aeiou]/.test(w[w.length - 1])) w = w.slice(0, -1);
  return w;
}

// British and American spellings of one word meet in one form: a brief in one and a source in the
// other ("aluminium" ~ "aluminum", "licence" ~ "license", "organised" ~ "organized", "labour" ~ "labor").
const IZE = /^(organ|recogn|author|final|priorit|critic|emphas|minim|maxim|stabil|liberal|normal|subsid|harmon|util|penal|jeopard|summar|character|legal|formal|mobil|categor|apolog|real|special|central|digit|privat|capital|industrial|modern|national|optim|standard|sanit|incentiv|monet|custom|global|local|neutral|scrutin|sympath|strategi)is(e|ed|es|ing|ation|ations|er|ers)$/;
const OUR = /^(lab|fav|hon|behavi|harb|neighb|rum|endeav|col|vap)our/;
const RE = /^(cent|fib|met|lit|theat|calib)re(s|d)?$/;
const ENCE = /^(licen|defen|offen|preten)c(e|es|ed|ing)$/;

/** Letters every British form above holds: most words have none and are passed by one test. */
const BRITISH_HINT = /is|our|re|enc|amme|gement|ph|geing|alumin/;

function americanSpelling(w: string): string {
  if (!BRITISH_HINT.test(w)) return w;
  if (w.startsWith('aluminium')) return 'aluminum' + w.slice(9);
  if (w.startsWith('programme')) return 'program' + w.slice(9);
  if (w === 'judgement' || w === 'judgements') return w.replace('gement', 'gment');
  if (w.startsWith('sulphur')) return 'sulfur' + w.slice(7);
  if (w === 'ageing') return 'aging';
  let m = IZE.exec(w);
  if (m) return `${m[1]}iz${m[2]}`;
  m = OUR.exec(w);
  if (m) return `${m[1]}or${w.slice(m[0].length)}`;
  m = RE.exec(w);
  if (m) return `${m[1]}er${m[2] ?? ''}`;
  m = ENCE.exec(w);
  if (m) return `${m[1]}s${m[2]}`;
  return w;
}

const WORD = /[A-Za-z][A-Za-z'’-]{1,40}/g;

export function isStopWord(lower: string): boolean {
  return STOP.has(lower);
}

const CHAMBER_NEXT = /^\s+(?:house|chamber)\b/i;

/**
 * What a word means with the text right after it: a verb and its particle that name one thing
 * ("put forward" is a proposal, sharing no act with "put on ice"; "ran out" an expiry; "sat down
 * with" a meeting; "wrapped up" a conclusion), with the particle's length to skip; nothing for the
 * "lower" of "the lower house", which names a chamber and shares nothing with "lower rates".
 * Undefined when the word means what it means alone.
 */
export function termBeside(lower: string, after: string): { term: string | null; skip: number } | undefined {
  const phrasal = PHRASAL.find(([verb]) => verb.test(lower));
  const particle = phrasal?.[1].exec(after);
  if (phrasal && particle) return { term: phrasal[2], skip: particle[0].length };
  if ((lower === 'lower' || lower === 'upper') && CHAMBER_NEXT.test(after)) return { term: null, skip: 0 };
  return undefined;
}

/** Whether a word may be read with the next one (see termBeside): a cheap test before it. */
export function joinsNext(lower: string): boolean {
  return lower === 'lower' || lower === 'upper' || PHRASAL.some(([verb]) => verb.test(lower));
}

/** Stemmed content words of text[from, to), in order, duplicates kept. */
export function contentTerms(text: string, from = 0, to = text.length): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const lower = m[0].toLowerCase().replace(/['’]s$/, '').replace(/['’-]/g, '');
    if (lower.length < 3 || STOP.has(lower)) continue;
    const beside = termBeside(lower, slice.slice(WORD.lastIndex, WORD.lastIndex + 10));
    if (beside) {
      if (beside.term) out.push(beside.term);
      WORD.lastIndex += beside.skip;
      continue;
    }
    const t = stem(americanSpelling(lower));
    out.push(SAME_WORD[t] ?? t);
  }
  return out;
}

// Words that name one thing ("a probe", "an inquiry", "an investigation") meet in one form.
// So do the words of an expiry ("expired", "lapsed", "expiry"), of a pause ("froze", "paused") and
// of a tariff's floor ("the 10% floor", "the 10% baseline"), of a denial ("denied", "rejected",
// "rebutted"), and of a filing ("filed", "filing", "lodged": the stemmer leaves the first two apart).
// So do an approval's words ("approved", "approval", "cleared": "Cabinet cleared the deal"), a departure's ("resigned", "departure",
// "quit") and a vote's ("vote", "poll", "ballot", "runoff"), a start's ("began", "started") and a signing's
// ("signature", "signed"), and a scrapping's ("dismantled", "scrapped"). An "anti-subsidy" or
// "anti-dumping" case is a subsidy or dumping case ("the EV subsidy probe").
// A case initiated is a case opened ("Commerce formally initiated the investigation", "opened the probe").
// Imports halted are imports suspended ("the plan to halt rice imports", "ordered a suspension of rice imports").
// An auditor audits, an inspector inspects and an investigator investigates ("Chinese auditors began
// their inspection" and "an on-site audit by Chinese inspectors").
// (Not "deal" and "agreement": made one, they let "violated its agreement"
// on May 30 answer a brief's "the deal was done" on June 11; nor "duty" and "tariff", an anti-dumping
// duty and a tariff being two measures; nor "launched" and "opened": a round launched in 2001 is
// not the talks opened to rescue it.)
// An act's noun meets its verb where the light stemmer leaves them apart ("dissolution" and
// "dissolved", "suspension" and "suspended", "agreement" and "agreed"). (Not "proposal" and
// "proposed", nor "negotiations" and "negotiating": a proposal's day met a payment's sentence that
// named the proposal, and "the negotiating mandate" met "negotiations were over"; nor "extension" and
// "extended": "the extended truce runs until November 12" then met "was extended in August" before
// the truce's end.)
const NOUN_TO_VERB: Record<string, string> = { dissolut: 'dissolv', suspens: 'suspend', decis: 'decid', imposit: 'impos', withdrawal: 'withdraw', withdrew: 'withdraw', withdrawn: 'withdraw', conclus: 'conclud', expans: 'expand', revoc: 'revok', entry: 'enter', retali: 'retaliat', termin: 'terminat', invas: 'invad', arrival: 'arriv', removal: 'remov', inaugur: 'inaugurat', introduct: 'introduc', resumpt: 'resum', announce: 'announc', agre: 'agree', submis: 'submit', reduct: 'reduc', elimin: 'eliminat', renewal: 'renew', closur: 'clos' };
const SAME_WORD: Record<string, string> = { ...NOUN_TO_VERB, dismantl: 'scrap', antisubsidy: 'subsidy', antidump: 'dump', signatur: 'sign', began: 'start', begun: 'start', begin: 'start', beginn: 'start', approval: 'approv', clear: 'approv', departur: 'resign', quit: 'resign', poll: 'vote', ballot: 'vote', runof: 'vote', prob: 'investig', inquiry: 'investig', enquiry: 'investig', laps: 'expir', expiry: 'expir', froz: 'paus', freez: 'paus', frozen: 'paus', floor: 'baselin', met: 'meet', deny: 'reject', deni: 'reject', denial: 'reject', rebut: 'reject', refut: 'reject', filed: 'file', filing: 'file', lodg: 'file', initiat: 'open', initi: 'open', halt: 'suspend', auditor: 'audit', inspector: 'inspect', investigator: 'investig' };
/** A verb, the particle after it, and the one word they make together. */
const PHRASAL: Array<[RegExp, RegExp, string]> = [
  [/^put(?:s|ting)?$/, /^\s{1,2}forward\b/i, 'propos'],
  [/^(?:run|runs|ran|running)$/, /^\s{1,2}out\b/i, 'expir'],
  [/^(?:sit|sits|sat|sitting)$/, /^\s{1,2}down\b/i, 'meet'],
  [/^(?:wrap|wraps|wrapped|wrapping)$/, /^\s{1,2}up\b/i, 'conclud'],
];
