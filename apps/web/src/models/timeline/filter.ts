/** What the timeline can be filtered by; each value is checked against the options. */
export interface TimelineFilter {
  readonly year: string | undefined;
  readonly actor: string | undefined;
  readonly kind: string | undefined;
}

export interface FilterableItem {
  readonly year: string;
  readonly kind: string;
  readonly actorIds: readonly string[];
}

export interface FilterOptions {
  readonly years: readonly string[];
  readonly actorIds: readonly string[];
  readonly kinds: readonly string[];
}

const pick = (value: string | null, allowed: readonly string[]) =>
  value !== null && allowed.includes(value) ? value : undefined;

/** The filter a query string asks for; unknown values are ignored rather than matching nothing. */
export const readFilter = (
  params: { get(name: string): string | null },
  options: FilterOptions,
): TimelineFilter => ({
  year: pick(params.get('year'), options.years),
  actor: pick(params.get('actor'), options.actorIds),
  kind: pick(params.get('kind'), options.kinds),
});

export const matches = (item: FilterableItem, filter: TimelineFilter): boolean =>
  (filter.year === undefined || item.year === filter.year) &&
  (filter.kind === undefined || item.kind === filter.kind) &&
  (filter.actor === undefined || item.actorIds.includes(filter.actor));

/** The query string for a filter, without empty values ("" when nothing is set). */
export const filterQuery = (filter: TimelineFilter): string => {
  const params = new URLSearchParams();
  for (const key of ['year', 'actor', 'kind'] as const) {
    const value = filter[key];
    if (value !== undefined) params.set(key, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
};

export const isEmpty = (filter: TimelineFilter): boolean =>
  filter.year === undefined && filter.actor === undefined && filter.kind === undefined;
