import type { Dataset } from '@tradetalks/core';

/** `compute` run once per dataset: the views ask on every frame, core answers once. */
export const perDataset = <T>(compute: (dataset: Dataset) => T): ((dataset: Dataset) => T) => {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    if (!cache.has(dataset)) cache.set(dataset, compute(dataset));
    return cache.get(dataset) as T;
  };
};
