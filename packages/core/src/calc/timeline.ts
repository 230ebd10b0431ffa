import type { Dataset, Event, EventKind } from '../types';
import { eventsInOrder } from './dates';

export interface EventFilter {
  readonly year?: number | undefined;
  readonly actorId?: string | undefined;
  readonly kind?: EventKind | undefined;
  /** Case-insensitive text to find in the title, summary, place or actor names. */
  readonly text?: string | undefined;
}

/**
 * Whether an event passes the year, actor and kind filters of `filterEvents` (all but the text
 * search). Pure and dataset-free: a page that carries only each event's date (or year), kind and
 * actors filters exactly as core does.
 */
export const eventPassesFilter = (
  event: { readonly date: string; readonly kind: string; readonly actorIds: readonly string[] },
  filter: {
    readonly year?: number | string | undefined;
    readonly actorId?: string | undefined;
    readonly kind?: string | undefined;
  },
): boolean =>
  (filter.year === undefined || event.date.startsWith(String(filter.year))) &&
  (filter.actorId === undefined || event.actorIds.includes(filter.actorId)) &&
  (filter.kind === undefined || event.kind === filter.kind);

/** Events in date order that pass every given filter. */
export const filterEvents = (dataset: Dataset, filter: EventFilter = {}): readonly Event[] => {
  const needle = filter.text?.trim().toLowerCase() ?? '';
  const actorNames = new Map(dataset.actors.map((a) => [a.id, a.name.toLowerCase()]));
  return eventsInOrder(dataset).filter((event) => {
    if (!eventPassesFilter(event, filter)) return false;
    if (needle === '') return true;
    const haystack = [
      event.title,
      event.summary,
      event.place ?? '',
      ...event.actorIds.map((id) => actorNames.get(id) ?? ''),
    ]
      .join(' ')
      .toLowerCase();
    return haystack.includes(needle);
  });
};

/** The years that have events, ascending. */
export const eventYears = (dataset: Dataset): readonly number[] =>
  [...new Set(dataset.events.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);

/** Event kinds in use, in the order of first appearance on the timeline. */
export const eventKinds = (dataset: Dataset): readonly EventKind[] => [
  ...new Set(eventsInOrder(dataset).map((e) => e.kind)),
];
