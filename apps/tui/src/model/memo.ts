import type { Dataset } from '@tradetalks/core';

/** `compute` run once per dataset: the views ask on every frame, core answers once. */
export const perDataset = <T>(compute: (dataset: Dataset) => T): ((dataset: Dataset) => T) => {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    if (!cache.has(dataset)) cache.set(dataset, compute(dataset));
    return cache.get(dataset) as T;
  };
};

/**
 * `compute` run once per dataset and key (a day, say), keeping the last `size` keys: the
 * Tariffs view asks for the same day's story for its header, body and footer.
 */
export const perDatasetAndKey = <T>(
  compute: (dataset: Dataset, key: string) => T,
  size = 16,
): ((dataset: Dataset, key: string) => T) => {
  const caches = new WeakMap<Dataset, Map<string, T>>();
  return (dataset, key) => {
    let cache = caches.get(dataset);
    if (cache === undefined) {
      cache = new Map();
      caches.set(dataset, cache);
    }
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(dataset, key);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
};
