import { compareIso } from '../calc/dates';
import { type EventFilter, filterEvents } from '../calc/timeline';
import { formatDate, formatDateRange } from '../format/date';
import { EVENT_KIND_LABELS } from '../format/labels';
import { formatRate } from '../format/number';
import type { Dataset, Event, EventKind } from '../types';
import { type FigureView, figureView } from './figure';
import { perDataset } from './memo';
import { type SourceRef, sourceRefs } from './source-ref';

/** A person or institution, resolved. */
export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly side: 'US' | 'CN';
}

/** A brief attributed quote or paraphrase. */
export interface StatementView {
  readonly id: string;
  readonly kind: 'quote' | 'paraphrase';
  readonly text: string;
  readonly speaker: ActorRef;
  readonly date: string;
  readonly dateText: string;
  readonly context: string;
  readonly eventId: string | undefined;
  readonly sources: readonly SourceRef[];
}

/** One event as every surface shows it: who, what, the figures it reports, its sources. */
export interface EventView {
  readonly id: string;
  readonly date: string;
  readonly endDate: string | undefined;
  /** "10–11 May 2025", "May 2019". */
  readonly dateText: string;
  readonly kind: EventKind;
  readonly kindLabel: string;
  readonly title: string;
  readonly summary: string;
  readonly place: string | undefined;
  /** Known only from reports that could not be verified: shown as reported. */
  readonly reported: boolean;
  readonly actors: readonly ActorRef[];
  readonly statements: readonly StatementView[];
  readonly figures: readonly FigureView[];
  readonly measures: readonly {
    readonly id: string;
    readonly action: string;
    readonly rateText: string;
  }[];
  readonly sources: readonly SourceRef[];
}

const actorRefs = /* @__PURE__ */ perDataset(
  (dataset): ReadonlyMap<string, ActorRef> =>
    new Map(
      dataset.actors.map((a) => [a.id, { id: a.id, name: a.name, role: a.role, side: a.economy }]),
    ),
);

/** The actor with this id, resolved. @throws RangeError when there is none. */
export const actorRef = (dataset: Dataset, id: string): ActorRef => {
  const found = actorRefs(dataset).get(id);
  if (found === undefined) throw new RangeError(`no actor "${id}" in the dataset`);
  return found;
};

/** Every statement, in date order, resolved. */
export const statementViews = /* @__PURE__ */ perDataset((dataset): readonly StatementView[] =>
  [...dataset.statements]
    .sort((a, b) => compareIso(a.date, b.date))
    .map((s) => ({
      id: s.id,
      kind: s.kind,
      text: s.text,
      speaker: actorRef(dataset, s.actorId),
      date: s.date,
      dateText: formatDate(s.date),
      context: s.context,
      eventId: s.eventId,
      sources: sourceRefs(dataset, s.sourceIds),
    })),
);

const FIGURE_UNIT = { 'usd-bn': 'usd-bn', count: 'count', percent: 'percent', mmt: 'mmt' } as const;

const measuresById = /* @__PURE__ */ perDataset(
  (dataset) => new Map(dataset.tariffMeasures.map((m) => [m.id, m])),
);
const eventsById = /* @__PURE__ */ perDataset(
  (dataset): ReadonlyMap<string, Event> => new Map(dataset.events.map((e) => [e.id, e])),
);

const eventView = (dataset: Dataset, event: Event): EventView => {
  const measures = measuresById(dataset);
  return {
    id: event.id,
    date: event.date,
    endDate: event.endDate,
    dateText: formatDateRange(event.date, event.endDate),
    kind: event.kind,
    kindLabel: EVENT_KIND_LABELS[event.kind],
    title: event.title,
    summary: event.summary,
    place: event.place,
    reported: event.status === 'reported',
    actors: event.actorIds.map((id) => actorRef(dataset, id)),
    statements: statementViews(dataset).filter((s) => s.eventId === event.id),
    figures: (event.figures ?? []).map((f) =>
      figureView(dataset, {
        label: f.label,
        value: f.value,
        unit: FIGURE_UNIT[f.unit],
        date: f.asOf,
        qualifier: f.qualifier,
        sourceIds: f.sourceIds,
      }),
    ),
    measures: (event.tariffMeasureIds ?? []).flatMap((id) => {
      const m = measures.get(id);
      return m === undefined
        ? []
        : [{ id, action: m.action, rateText: m.endsLayer ? 'ended' : formatRate(m.rate) }];
    }),
    sources: sourceRefs(dataset, event.sourceIds),
  };
};

// Each event's view is built the first time it is asked for, and kept.
const builtViews = /* @__PURE__ */ perDataset((): Map<string, EventView> => new Map());

/** The event with this id, as surfaces show it. @throws RangeError when there is none. */
export const eventViewOf = (dataset: Dataset, id: string): EventView => {
  const built = builtViews(dataset);
  let view = built.get(id);
  if (view === undefined) {
    const event = eventsById(dataset).get(id);
    if (event === undefined) throw new RangeError(`no event "${id}" in the dataset`);
    view = eventView(dataset, event);
    built.set(id, view);
  }
  return view;
};

/** Events in date order that pass every filter (`filterEvents`), as surfaces show them. */
export const timelineView = (dataset: Dataset, filter: EventFilter = {}): readonly EventView[] =>
  filterEvents(dataset, filter).map((e) => eventViewOf(dataset, e.id));
