import { dataset, getSource, type Source } from '@tradetalks/core';

/** The sources with these ids, each once, in first-cited order. */
export const sourcesFor = (ids: Iterable<string>): readonly Source[] =>
  [...new Set(ids)].map((id) => getSource(dataset, id));

/** Sources grouped by publisher, in first-cited order: one line per publisher in a source line. */
export const groupByPublisher = (
  sources: readonly Source[],
): readonly { publisher: string; sources: readonly Source[] }[] => {
  const groups = new Map<string, Source[]>();
  for (const source of sources) {
    const list = groups.get(source.publisher) ?? [];
    list.push(source);
    groups.set(source.publisher, list);
  }
  return [...groups].map(([publisher, list]) => ({ publisher, sources: list }));
};

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  official: 'Official',
  research: 'Research',
  secondary: 'Secondary (a page quoting or reporting the original)',
  article: 'The article',
};
