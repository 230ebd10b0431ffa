import type { Dataset } from '@tradetalks/core';
import type { Link } from './view-entry';

/** The sources of `ids` that have an address, each once, in the order cited. */
export const linksOf = (dataset: Dataset, ids: readonly string[]): Link[] =>
  [...new Set(ids)].flatMap((id) => {
    const source = dataset.sources.find((s) => s.id === id);
    return source?.url ? [{ url: source.url, label: `${source.publisher} — ${source.title}` }] : [];
  });
