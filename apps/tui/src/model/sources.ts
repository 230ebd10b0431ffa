import { type Dataset, getSource } from '@tradetalks/core';

/** The publishers behind `sourceIds`, each named once, in the order first cited. */
export const publishersOf = (dataset: Dataset, sourceIds: readonly string[]): string[] => [
  ...new Set([...new Set(sourceIds)].map((id) => getSource(dataset, id).publisher)),
];

/** Source ids without repeats, in the order first cited. */
export const uniqueIds = (ids: readonly string[]): string[] => [...new Set(ids)];
