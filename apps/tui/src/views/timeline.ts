import {
  dataset,
  EVENT_KIND_LABELS,
  type EventView,
  eventYears,
  timelineView,
} from '@tradetalks/core';
import { linksOf } from '../content/parts';
import {
  eventDetailLines,
  eventItem,
  eventSources,
  timelineEvents,
  timelinePrintLines,
} from '../content/timeline';
import { actorJson, figureJson, metaJson, type SourceBook, sourceBook } from '../json/json-parts';
import {
  actor,
  arrayOf,
  boolean,
  documentSchema,
  figure,
  ids,
  isoPartialDate,
  nullable,
  nullableString,
  object,
  string,
} from '../json/schema-parts';
import { goView } from '../state/navigate';
import type { ListEntry } from './view-entry';

/** One event for programs: actors resolved, statements and quotes, figures, sources. */
export const eventJson = (e: EventView, book: SourceBook) => ({
  id: e.id,
  date: e.date,
  endDate: e.endDate ?? null,
  dateText: e.dateText,
  kind: e.kind,
  kindLabel: e.kindLabel,
  title: e.title,
  summary: e.summary,
  place: e.place ?? null,
  reported: e.reported,
  actors: e.actors.map(actorJson),
  statements: e.statements.map((s) => ({
    id: s.id,
    kind: s.kind,
    speaker: actorJson(s.speaker),
    text: s.text,
    date: s.date,
    context: s.context,
    sourceIds: book.ids(s.sources),
  })),
  figures: e.figures.map((f) => figureJson(f, book)),
  tariffMeasures: e.measures.map((m) => ({ id: m.id, action: m.action, rateText: m.rateText })),
  sourceIds: book.ids(e.sources),
});

export const eventSchema = object({
  id: string,
  date: isoPartialDate,
  endDate: nullable(isoPartialDate),
  dateText: string,
  kind: { enum: Object.keys(EVENT_KIND_LABELS) },
  kindLabel: string,
  title: string,
  summary: string,
  place: nullableString,
  reported: {
    ...boolean,
    description: 'known only from reports that could not be verified',
  },
  actors: arrayOf(actor),
  statements: arrayOf(
    object({
      id: string,
      kind: { enum: ['quote', 'paraphrase'] },
      speaker: actor,
      text: string,
      date: isoPartialDate,
      context: string,
      sourceIds: ids,
    }),
  ),
  figures: arrayOf(figure),
  tariffMeasures: arrayOf(object({ id: string, action: string, rateText: string })),
  sourceIds: ids,
});

export const timeline: ListEntry<'timeline', EventView, 'timeline'> = {
  id: 'timeline',
  kind: 'list',
  title: 'Timeline',
  nouns: ['event', 'events'],
  command: {
    name: 'timeline',
    summary: `every dated event, ${eventYears(dataset)[0]} to the latest, with who took part and what they said`,
    examples: [
      ['tradetalks timeline', 'every event by year, with its summary'],
      [
        'tradetalks timeline --json | jq -r \'.events[] | select(.kind == "tariff-action") | "\\(.date) \\(.title)"\'',
        'the date and title of every tariff action',
      ],
      [
        'tradetalks timeline --json | jq \'.events[].statements[] | select(.kind == "quote") | {who: .speaker.name, text}\'',
        'every quote, with who said it',
      ],
      [
        "tradetalks timeline --json | jq -r '.events[] | select(.reported) | .title'",
        'the events known only from reports',
      ],
    ],
  },
  detailScopes: ['event'],
  handlers: {
    'event-tariffs': (state, env) => {
      const day = env.eventDay(state);
      if (day === undefined) return state;
      return {
        ...goView(state, 'tariffs'),
        tariffDate: day,
        scroll: { ...state.scroll, tariffs: 0 },
      };
    },
  },
  items: timelineEvents,
  item: (_dataset, event, width) => eventItem(event, width),
  detail: (_dataset, event, width, selectedUrl) => eventDetailLines(event, width, selectedUrl),
  links: (_dataset, event) => linksOf(eventSources(event)),
  day: (event) => (event.date.length === 10 ? event.date : undefined),
  print: (dataset, _query, width) => timelinePrintLines(dataset, width),
  json: (dataset, { today }) => {
    const book = sourceBook();
    return {
      ...metaJson('timeline', dataset, today),
      events: timelineView(dataset).map((e) => eventJson(e, book)),
      sources: book.list(),
    };
  },
  schema: documentSchema(
    'timeline',
    'Every dated event of the conflict, in date order, with its actors, statements and figures; reported events flagged.',
    { events: arrayOf(eventSchema) },
  ),
};
