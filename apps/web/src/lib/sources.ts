import type { SourceRef } from '@tradetalks/core';

/**
 * Sources grouped by the name a link shows ("U.S. Census Bureau, via CNS News"), in
 * first-cited order: one entry per name in a source line, numbered where a name has several
 * pages.
 */
export const groupByLabel = (
  sources: readonly SourceRef[],
): readonly { label: string; sources: readonly SourceRef[] }[] => {
  const groups = new Map<string, SourceRef[]>();
  for (const source of sources) {
    const list = groups.get(source.label) ?? [];
    if (!list.some((s) => s.id === source.id)) list.push(source);
    groups.set(source.label, list);
  }
  return [...groups].map(([label, list]) => ({ label, sources: list }));
};

/** The sources of several figures, each once, in first-cited order. */
export const mergeSources = (...lists: readonly (readonly SourceRef[])[]): readonly SourceRef[] => {
  const seen = new Map<string, SourceRef>();
  for (const list of lists) for (const s of list) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
};
