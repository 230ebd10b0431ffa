/**
 * A small cache of the last results by key: the reducer and the views ask for the same
 * screen in the same state, and a key press should not build it twice.
 */
export const createRemember = <T>(size: number) => {
  const cache = new Map<string, T>();
  return (key: string, build: () => T): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = build();
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
};
