import type { Dataset } from '../types';

/** Computes `make(dataset)` once per dataset object; datasets are read-only. */
export const perDataset = <T>(make: (dataset: Dataset) => T): ((dataset: Dataset) => T) => {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = make(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
};
