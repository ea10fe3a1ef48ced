// Saved views name facts (and feature slots) by their place in the corpus list. Lists of them are
// packed under their keys as one run of 32-bit places; a place beyond the list means the snapshot
// does not belong to these facts, and reading it back must stop, not go on with holes.

/** Throws unless every place is a place in a list of `count`. */
export function checkPlaces(places: ArrayLike<number>, count: number): void {
  for (let i = 0; i < places.length; i++) {
    const p = places[i];
    if (!(p >= 0 && p < count)) throw new Error(`a saved view names fact ${p} of ${count}`);
  }
}

/** Lists under keys: each list's length, and every list's places one after another. */
export interface PackedLists<K> {
  keys: K[];
  lengths: Int32Array;
  items: Int32Array;
}

export function packLists<K, T>(lists: Array<[K, T[]]>, placeOf: (item: T) => number): PackedLists<K> {
  const lengths = new Int32Array(lists.length);
  let n = 0;
  lists.forEach(([, l], i) => (n += lengths[i] = l.length));
  const items = new Int32Array(n);
  let at = 0;
  for (const [, l] of lists) for (let i = 0; i < l.length; i++) items[at++] = placeOf(l[i]);
  return { keys: lists.map(([k]) => k), lengths, items };
}

/** Each key with its list read back, its places checked against a list of `count`. */
export function unpackLists<K, T>(p: PackedLists<K>, count: number, itemAt: (place: number) => T, each: (key: K, list: T[]) => void): void {
  checkPlaces(p.items, count);
  let at = 0;
  p.keys.forEach((k, i) => {
    // Made at its length: grown by push, a list of 100,000 slots is copied a dozen times and
    // keeps room for half as many again.
    const list: T[] = new Array(p.lengths[i]);
    for (let j = 0; j < list.length; j++) list[j] = itemAt(p.items[at++]);
    each(k, list);
  });
}
