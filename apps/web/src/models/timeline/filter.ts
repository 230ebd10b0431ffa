import { eventPassesFilter } from '@tradetalks/core';
import { yearList } from '@/lib/words';
import { oneOf } from '@/models/url/params';

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

/**
 * The URL readers of the filter: an unknown value is ignored (rather than matching nothing),
 * with a note saying so.
 */
export const timelineReaders = (options: FilterOptions) => ({
  year: oneOf('year', options.years, {
    noun: 'a year in the timeline',
    fallback: 'every year',
    examples: yearList(options.years),
  }),
  actor: oneOf('actor', options.actorIds, {
    noun: 'a person in the timeline',
    fallback: 'everyone',
    examples: 'a name from the list',
  }),
  kind: oneOf('kind', options.kinds, { noun: 'a kind of event', fallback: 'every kind' }),
});

/** Whether a listed event passes the filter: core's own test, on what the page carries of it. */
export const matches = (item: FilterableItem, filter: TimelineFilter): boolean =>
  eventPassesFilter(
    { date: item.year, kind: item.kind, actorIds: item.actorIds },
    { year: filter.year, actorId: filter.actor, kind: filter.kind },
  );

export const isEmpty = (filter: TimelineFilter): boolean =>
  filter.year === undefined && filter.actor === undefined && filter.kind === undefined;

/**
 * Attributes the server-rendered list carries, for the filter island to find its parts. (In a
 * plain module: a server component cannot read constants from a 'use client' file.)
 */
export const TIMELINE_ITEM_ATTR = 'data-timeline-item';
export const TIMELINE_YEAR_ATTR = 'data-timeline-year';
