// The telling features of a clause: entity ids and content stems, each weighted by how rare it
// is across the corpus facts, so that "Hanwha" counts for more than "China" or "said".
import { packLists, unpackLists, type PackedLists } from './places';
import { firstNotBefore } from '../sorted';
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

/** The key of a value, built once per distinct value. */
function keyOf(cache: Map<string, string>, prefix: string, v: string): string {
  let k = cache.get(v);
  if (k === undefined) cache.set(v, (k = prefix + v));
  return k;
}

/** Calls `visit` with each key a fact is indexed under (a key may come twice). */
function eachKey(f: Fact, entityKeys: Map<string, string>, termKeys: Map<string, string>, visit: (key: string) => void): void {
  // Indexed loops: run once per fact at every start, where iterators would be garbage.
  const { entities, clauseEntities, terms } = f;
  for (let i = 0; i < entities.length; i++) visit(keyOf(entityKeys, 'e:', entities[i]));
  for (let i = 0; i < clauseEntities.length; i++) visit(keyOf(entityKeys, 'e:', clauseEntities[i]));
  for (let i = 0; i < terms.length; i++) visit(keyOf(termKeys, 't:', terms[i]));
}

/** Where a slot number goes in an ascending posting list. */
function lowerBound(list: number[], slot: number): number {
  return firstNotBefore(list.length, (i) => list[i] < slot);
}

/** A feature index's posting lists, packed, and how many facts it holds. */
export interface FeatureSnapshot {
  postings: PackedLists<string>;
  total: number;
}

/**
 * Posting lists from feature keys to fact slots (a fact's place in `Derived.factSlots`). Slots
 * stay put when one document's facts are swapped, so an edit updates a few lists, not all of them.
 */
export class FeatureIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly entityKeys = new Map<string, string>();
  private readonly termKeys = new Map<string, string>();
  private total = 0;

  constructor(facts: Array<Fact | undefined>) {
    // Keys are read straight from the fact (no map per fact: there are hundreds of thousands).
    let slot = 0;
    const post = (key: string) => {
      const list = this.postings.get(key);
      if (!list) this.postings.set(key, [slot]);
      else if (list[list.length - 1] !== slot) list.push(slot); // a fact counts once per key
    };
    for (; slot < facts.length; slot++) {
      const f = facts[slot];
      if (!f) continue;
      eachKey(f, this.entityKeys, this.termKeys, post);
      this.total++;
    }
  }

  /** The posting lists packed, for `fromSnapshot` to read back without reading a fact. */
  snapshot(): FeatureSnapshot {
    return { postings: packLists([...this.postings], (slot) => slot), total: this.total };
  }

  /** The index a snapshot was taken of, over `slots` fact slots. */
  static fromSnapshot(s: FeatureSnapshot, slots: number): FeatureIndex {
    const index = new FeatureIndex([]);
    unpackLists(s.postings, slots, (slot) => slot, (key, list) => index.postings.set(key, list));
    index.total = s.total;
    return index;
  }

  private keysOf(f: Fact | undefined): string[] {
    const out: string[] = [];
    if (f) eachKey(f, this.entityKeys, this.termKeys, (k) => out.includes(k) || out.push(k));
    return out;
  }

  /** The fact in a slot is now `after` (undefined: the slot is free); it was `before`. */
  replace(slot: number, before: Fact | undefined, after: Fact | undefined): void {
    const was = this.keysOf(before);
    const now = this.keysOf(after);
    for (const k of was) {
      if (now.includes(k)) continue;
      const list = this.postings.get(k);
      if (!list) continue;
      const at = lowerBound(list, slot);
      if (list[at] === slot) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(k);
    }
    for (const k of now) {
      if (was.includes(k)) continue;
      const list = this.postings.get(k);
      if (!list) {
        this.postings.set(k, [slot]);
        continue;
      }
      const at = lowerBound(list, slot);
      if (list[at] !== slot) list.splice(at, 0, slot);
    }
    this.total += (after ? 1 : 0) - (before ? 1 : 0);
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
