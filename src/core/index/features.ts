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

  constructor(facts: Fact[]) {
    // Keys are read straight from the fact (no map per fact: there are hundreds of thousands).
    const post = (key: string, i: number) => {
      const list = this.postings.get(key);
      if (!list) this.postings.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i); // a fact counts once per key
    };
    // Keys are built once per distinct entity or term, not once per fact.
    const entityKeys = new Map<string, string>();
    const termKeys = new Map<string, string>();
    const keyOf = (cache: Map<string, string>, prefix: string, v: string) => {
      let k = cache.get(v);
      if (k === undefined) cache.set(v, (k = prefix + v));
      return k;
    };
    facts.forEach((f, i) => {
      for (const e of f.entities) post(keyOf(entityKeys, 'e:', e), i);
      for (const e of f.clauseEntities) post(keyOf(entityKeys, 'e:', e), i);
      for (const t of f.terms) post(keyOf(termKeys, 't:', t), i);
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
