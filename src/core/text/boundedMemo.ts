/**
 * `read`, remembered by its text key: the same sentences and words are read again and again (per
 * word while indexing, per candidate while checking). The memory is bounded: past `limit` keys it
 * starts afresh. What it hands back is shared, so callers must not change it.
 */
export function boundedMemo<T>(read: (key: string) => T, limit: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      if (known.size >= limit) known.clear();
      value = read(key);
      known.set(key, value);
    }
    return value as T;
  };
}
