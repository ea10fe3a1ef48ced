// Which corpus facts a claim is about. Each shared feature counts by its rarity (idf) and by how
// close it sits to the date on both sides; a fact needs a telling overlap, not a common word.
import type { Derived } from '../index/corpusIndex';
import { factFeatures } from '../index/features';
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

/** Postings longer than this are features too common to find candidates by. */
const MAX_POSTINGS = 20_000;
/** Only the best few hundred by the quick score are scored in full. */
const MAX_CANDIDATES = 300;
const featureCache = new WeakMap<Fact, ReturnType<typeof factFeatures>>();

function featuresOf(f: Fact) {
  let v = featureCache.get(f);
  if (!v) featureCache.set(f, (v = factFeatures(f)));
  return v;
}

export function matchFacts(claim: Claim, corpus: Derived): FactMatch[] {
  const { features } = corpus;
  let total = 0;
  const candidates = new Map<number, number>();
  for (const [key, w] of claim.features) {
    const idf = features.idf(key);
    total += idf * w;
    const postings = features.postingsOf(key);
    if (postings.length > MAX_POSTINGS || idf < 0.3) continue;
    for (const i of postings) candidates.set(i, (candidates.get(i) ?? 0) + idf * w);
  }
  const ranked = [...candidates].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
  const out: FactMatch[] = [];
  for (const [i] of ranked) {
    const fact = corpus.facts[i];
    const ff = featuresOf(fact);
    let score = 0;
    let sharedEntities = 0;
    let sharedTerms = 0;
    for (const [key, wc] of claim.features) {
      const wf = ff.get(key);
      if (wf === undefined) continue;
      const w = Math.min(wc, wf);
      score += features.idf(key) * w;
      if (w >= 0.5 && key.startsWith('e:')) sharedEntities++;
      else if (w >= 1) sharedTerms++;
    }
    if (claim.kinds.length && fact.kind !== 'other') score *= claim.kinds.includes(fact.kind) ? 1.15 : 0.85;
    out.push({ fact, score, coverage: total > 0 ? score / total : 0, sharedEntities, sharedTerms });
  }
  return out.sort((a, b) => b.score - a.score);
}
