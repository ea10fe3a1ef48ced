// Lists kept for every fact (hundreds of thousands of them) are stored at their length: an array
// filled by push keeps room for 16 items, ten times what a fact's entity list needs.

const NONE: readonly never[] = Object.freeze([]);

/** The list at its own length; every empty list is one shared, frozen array. */
export function exact<T>(list: T[]): T[] {
  return list.length === 0 ? (NONE as unknown as T[]) : list.slice();
}
