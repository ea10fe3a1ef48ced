// Facts in a saved snapshot are named by their place in the corpus list; a place beyond the list
// means the snapshot does not belong to these facts, and reading it back must stop, not go on with
// holes where facts should be.

/** Throws unless every place is a place in a list of `count` facts. */
export function checkPlaces(places: ArrayLike<number>, count: number): void {
  for (let i = 0; i < places.length; i++) {
    const p = places[i];
    if (!(p >= 0 && p < count)) throw new Error(`a saved view names fact ${p} of ${count}`);
  }
}
