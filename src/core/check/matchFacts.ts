// Which corpus facts a claim is about. Each shared feature counts by its rarity (idf) and by how
// close it sits to the date on both sides; a fact needs a telling overlap, not a common word.
import type { Derived } from '../index/corpusIndex';
import { factFeatures } from '../index/features';
import { contentTerms } from '../text/terms';
import type { Fact } from '../types';
import type { Claim } from './claims';

export interface FactMatch {
  fact: Fact;
  score: number;
  /** Share of the claim's weight the fact covers (0–1). */
  coverage: number;
  sharedEntities: number;
  sharedTerms: number;
}

/** Only the best hundred by the quick score are scored in full. */
const MAX_CANDIDATES = 100;
/**
 * Candidates come from the claim's rarest features first; once this many postings have been
 * read, commoner features no longer add candidates (they still count in the full score). A fact
 * that shares none of a claim's telling features cannot be a strong match anyway.
 */
const POSTING_BUDGET = 12_000;
/** Characters either side of a source's date where a shared phrase counts extra. */
const PHRASE_REACH = 30;
/** How many of the best matches are read for a shared phrase. */
const PHRASE_LEADERS = 8;
const featureCache = new WeakMap<Fact, ReturnType<typeof factFeatures>>();
/** Scratch score per fact, reused across claims of the same corpus. */
const scratch = new WeakMap<Derived, Float64Array>();

function featuresOf(f: Fact) {
  let v = featureCache.get(f);
  if (!v) featureCache.set(f, (v = factFeatures(f)));
  return v;
}

/** The k-th largest value of `values` (1-based k), found in linear time; reorders `values`. */
function kthLargest(values: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return values[want];
  }
  return values[want];
}

let selectBuffer = new Float64Array(4096);

/** Facts a claim's features reached, in the order first reached; reused across claims. */
let touchedBuffer = new Int32Array(4096);

/** Indices of the k highest scores among the first `n` of `touched` (unordered; ties broken by corpus order). */
function topK(touched: Int32Array, n: number, scores: Float64Array, k: number): number[] {
  if (n <= k) return Array.from(touched.subarray(0, n));
  // One scratch buffer, grown as needed: allocating a typed array per claim costs more than the selection.
  if (selectBuffer.length < n) selectBuffer = new Float64Array(n * 2);
  const values = selectBuffer;
  for (let j = 0; j < n; j++) values[j] = scores[touched[j]];
  const cut = kthLargest(values, n, k);
  const out: number[] = [];
  for (let j = 0; j < n; j++) if (scores[touched[j]] > cut) out.push(touched[j]);
  for (let j = 0; j < n && out.length < k; j++) if (scores[touched[j]] === cut) out.push(touched[j]);
  return out;
}

function sharesPhrase(terms: string[], phrases: Set<string>): boolean {
  for (let j = 1; j < terms.length; j++) if (phrases.has(`${terms[j - 1]} ${terms[j]}`)) return true;
  return false;
}

/**
 * Matches already found in these views, by what a claim is matched on: the editor checks the whole
 * brief again after each keystroke, and all but the edited claims are as they were. Kept as typed
 * arrays (the facts by their slot), not as match objects: a few long briefs' worth of objects kept
 * alive made every later check's collections slower than the matching they saved.
 */
interface Remembered {
  slots: Int32Array;
  scores: Float64Array;
  coverage: Float64Array;
  sharedEntities: Uint16Array;
  sharedTerms: Uint16Array;
}
const known = new WeakMap<Derived, Map<string, Remembered>>();
/** Enough for several long briefs; past it the memo starts again. */
const KNOWN_LIMIT = 3000;

/** Everything a claim's matches depend on, as one key. */
function matchKey(claim: Claim): string {
  let key = `${claim.kinds.join(',')}\u0001${claim.clauseText}`;
  for (const [k, w] of claim.features) key += `\u0001${k}\u0002${w}`;
  for (const [k, own] of claim.twins) key += `\u0003${k}\u0002${own}`;
  return key;
}

function remember(matches: FactMatch[], slotOf: Map<FactMatch, number>): Remembered | undefined {
  const n = matches.length;
  const r: Remembered = { slots: new Int32Array(n), scores: new Float64Array(n), coverage: new Float64Array(n), sharedEntities: new Uint16Array(n), sharedTerms: new Uint16Array(n) };
  for (let i = 0; i < n; i++) {
    const m = matches[i];
    const slot = slotOf.get(m);
    if (slot === undefined) return undefined; // a match of no slot: not remembered
    r.slots[i] = slot;
    r.scores[i] = m.score;
    r.coverage[i] = m.coverage;
    r.sharedEntities[i] = m.sharedEntities;
    r.sharedTerms[i] = m.sharedTerms;
  }
  return r;
}

function recall(r: Remembered, corpus: Derived): FactMatch[] {
  const out: FactMatch[] = new Array(r.slots.length);
  for (let i = 0; i < r.slots.length; i++) out[i] = { fact: corpus.factSlots[r.slots[i]]!, score: r.scores[i], coverage: r.coverage[i], sharedEntities: r.sharedEntities[i], sharedTerms: r.sharedTerms[i] };
  return out;
}

/** The corpus facts a claim is about, best first. */
export function matchFacts(claim: Claim, corpus: Derived): FactMatch[] {
  let memo = known.get(corpus);
  if (!memo) known.set(corpus, (memo = new Map()));
  const key = matchKey(claim);
  const found = memo.get(key);
  if (found) return recall(found, corpus);
  const slotOf = new Map<FactMatch, number>();
  const matches = findMatches(claim, corpus, slotOf);
  if (memo.size >= KNOWN_LIMIT) memo.clear();
  const kept = remember(matches, slotOf);
  if (kept) memo.set(key, kept);
  return matches;
}

/** The matches of a claim, best first; `slotOf` is told each match's fact slot. */
function findMatches(claim: Claim, corpus: Derived, slotOf: Map<FactMatch, number>): FactMatch[] {
  const { features } = corpus;
  let scores = scratch.get(corpus);
  if (!scores || scores.length < corpus.factSlots.length) scratch.set(corpus, (scores = new Float64Array(corpus.factSlots.length)));
  let total = 0;
  const keyed = [...claim.features].map(([key, w]) => ({ key, w, idf: features.idf(key), entity: key.startsWith('e:') }));
  // A capital and its government from one mention weigh once in the whole: as the capital, unless
  // the sources never name it.
  const { twins } = claim;
  const outOfTotal = new Set<string>();
  for (const [key, own] of twins) outOfTotal.add(features.postingsOf(own).length ? key : own);
  for (const f of keyed) if (!outOfTotal.has(f.key)) total += f.idf * f.w;
  keyed.sort((a, b) => b.idf - a.idf);
  let touched = touchedBuffer;
  let n = 0;
  let read = 0;
  for (const { key, w, idf } of keyed) {
    if (idf < 0.3) break;
    const postings = features.postingsOf(key);
    if (read > 0 && read + postings.length > POSTING_BUDGET) break;
    read += postings.length;
    if (touched.length < n + postings.length) {
      const grown = new Int32Array(Math.max(touched.length * 2, n + postings.length));
      grown.set(touched.subarray(0, n));
      touched = touchedBuffer = grown;
    }
    const add = idf * w;
    for (let j = 0; j < postings.length; j++) {
      const i = postings[j];
      if (scores[i] === 0) touched[n++] = i;
      scores[i] += add;
    }
  }
  const ranked = topK(touched, n, scores, MAX_CANDIDATES);
  // Two content words side by side in both ("tariff deadline") say more than the two words apart.
  const clauseTerms = contentTerms(claim.clauseText);
  const phrases = new Set<string>();
  for (let j = 1; j < clauseTerms.length; j++) if (clauseTerms[j] !== clauseTerms[j - 1]) phrases.add(`${clauseTerms[j - 1]} ${clauseTerms[j]}`);
  for (let j = 0; j < n; j++) scores[touched[j]] = 0;
  const out: FactMatch[] = [];
  for (const i of ranked) {
    const fact = corpus.factSlots[i]!; // postings name only live slots
    const ff = featuresOf(fact);
    let score = 0;
    let sharedEntities = 0;
    let sharedTerms = 0;
    for (const { key, w: wc, idf, entity } of keyed) {
      const wf = ff.get(key);
      if (wf === undefined) continue;
      const own = twins.get(key);
      if (own !== undefined && ff.has(own)) continue; // the fact names the capital: counted there
      const w = Math.min(wc, wf);
      score += idf * w;
      if (w >= 0.5 && entity) sharedEntities++;
      else if (w >= 1) sharedTerms++;
    }
    if (claim.kinds.length && fact.kind !== 'other') score *= claim.kinds.includes(fact.kind) ? 1.15 : 0.85;
    const match = { fact, score, coverage: total > 0 ? score / total : 0, sharedEntities, sharedTerms };
    slotOf.set(match, i);
    out.push(match);
  }
  sortByScore(out, corpus);
  // The phrase bonus can only reorder the leaders, so only they are read for it.
  const floor = (out[0]?.score ?? 0) * 0.5;
  let bonus = false;
  for (const m of out.slice(0, PHRASE_LEADERS)) {
    if (m.score < floor) break;
    const extra = phraseBonus(m.fact, phrases, features);
    if (extra > 0) {
      m.score += extra;
      m.coverage = total > 0 ? m.score / total : 0;
      bonus = true;
    }
  }
  if (bonus) sortByScore(out, corpus);
  return out;
}

/**
 * Best first; ties in corpus order, not in the order of the slots (an edited source reuses its old
 * ones). Each fact's place is looked up once, not at every comparison (ties are many).
 */
function sortByScore(out: FactMatch[], corpus: Derived): void {
  const places = out.map((m) => corpus.orderOf(m.fact));
  const scores = out.map((m) => m.score);
  const idx = out.map((_m, i) => i).sort((a, b) => scores[b] - scores[a] || places[a] - places[b]);
  const sorted = idx.map((i) => out[i]);
  for (let i = 0; i < sorted.length; i++) out[i] = sorted[i];
}

const nearTerms = new WeakMap<Fact, string[]>();

/** The content words right beside a source's date, read once per fact (read-only to callers). */
function termsNearDate(fact: Fact): string[] {
  let near = nearTerms.get(fact);
  if (!near) {
    const at = fact.date.start - fact.sentenceStart;
    near = contentTerms(fact.sentence, Math.max(0, at - PHRASE_REACH), Math.min(fact.sentence.length, fact.date.end - fact.sentenceStart + PHRASE_REACH));
    nearTerms.set(fact, near);
  }
  return near;
}

/** Two content words side by side both in the claim and right beside the source's date. */
function phraseBonus(fact: Fact, phrases: Set<string>, features: Derived['features']): number {
  if (!phrases.size || !sharesPhrase(fact.terms, phrases)) return 0;
  // Only next to the source's date: a phrase elsewhere in a long sentence may belong to another act.
  const near = termsNearDate(fact);
  const seen = new Set<string>();
  let extra = 0;
  for (let j = 1; j < near.length; j++) {
    const p = `${near[j - 1]} ${near[j]}`;
    if (!phrases.has(p) || seen.has(p)) continue;
    seen.add(p);
    extra += 0.5 * (features.idf(`t:${near[j - 1]}`) + features.idf(`t:${near[j]}`));
  }
  return extra;
}
