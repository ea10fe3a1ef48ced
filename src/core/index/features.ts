// The telling features of a clause: entity ids and content stems, each weighted by how rare it
// is across the corpus facts, so that "Hanwha" counts for more than "China" or "said".
import type { Fact } from '../types';

export type FeatureWeights = Map<string, number>;

/** Features of a fact: clause features count fully, the rest of the sentence at half weight. */
export function factFeatures(f: Fact): FeatureWeights {
  const out: FeatureWeights = new Map();
  for (const e of f.entities) out.set(`e:${e}`, 0.5);
  for (const e of f.clauseEntities) out.set(`e:${e}`, 1);
  for (const t of f.terms) out.set(`t:${t}`, 1);
  return out;
}

export class FeatureIndex {
  private readonly postings = new Map<string, number[]>();
  private total = 0;

  constructor(facts: Fact[], private readonly featuresOf: (f: Fact) => FeatureWeights = factFeatures) {
    facts.forEach((f, i) => {
      for (const key of this.featuresOf(f).keys()) {
        let list = this.postings.get(key);
        if (!list) this.postings.set(key, (list = []));
        list.push(i);
      }
    });
    this.total = facts.length;
  }

  /** Inverse document frequency over facts, capped so unknown words do not swamp a claim. */
  idf(key: string): number {
    const df = this.postings.get(key)?.length ?? 0;
    return Math.min(Math.log((this.total + 1) / (df + 0.5)), Math.log(this.total + 1) + 1);
  }

  postingsOf(key: string): number[] {
    return this.postings.get(key) ?? [];
  }

  size(): number {
    return this.total;
  }
}
