// Binary search over sorted lists, written once: the index keeps many sorted lists (facts by day,
// by entity, posting lists, word pairs) and finds places in them by halving.

/**
 * In a list sorted so that `before(i)` holds for a leading run of its indexes and for none after,
 * the length of that run: the first index where `before` is false (`length` when it never is).
 */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
