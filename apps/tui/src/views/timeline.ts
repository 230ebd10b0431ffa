import { EVENT_KIND_LABELS, type Event, filterEvents } from '@tradetalks/core';
import {
  eventDetailLines,
  eventItem,
  timelineEvents,
  timelinePrintLines,
} from '../content/timeline';
import { actorJson, metaJson, sourcesJson } from '../json/json-parts';
import {
  actor,
  arrayOf,
  documentSchema,
  ids,
  isoPartialDate,
  nullableString,
  object,
  source,
  string,
} from '../json/schema-parts';
import { goView } from '../state/navigate';
import { linksOf } from './links';
import type { ListEntry } from './view-entry';

export const timeline: ListEntry<'timeline', Event, 'timeline'> = {
  id: 'timeline',
  kind: 'list',
  title: 'Timeline',
  nouns: ['event', 'events'],
  command: {
    name: 'timeline',
    summary: 'every dated event, 2018 to the latest, with who took part and what they said',
    examples: [
      ['tradetalks timeline', 'every event by year, with its summary'],
      [
        'tradetalks timeline --json | jq -r \'.events[] | select(.kind == "tariff-action") | "\\(.date) \\(.title)"\'',
        'the date and title of every tariff action',
      ],
      [
        'tradetalks timeline --json | jq \'.events[].statements[] | select(.kind == "quote") | {who: .actor.name, text}\'',
        'every quote, with who said it',
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
  detail: eventDetailLines,
  links: (dataset, event) => linksOf(dataset, event.sourceIds),
  day: (event) => (event.date.length === 10 ? event.date : undefined),
  print: (dataset, _query, width) => timelinePrintLines(dataset, width),
  json: (dataset) => ({
    ...metaJson('timeline', dataset),
    events: filterEvents(dataset).map((e) => ({
      id: e.id,
      date: e.date,
      endDate: e.endDate ?? null,
      kind: e.kind,
      kindLabel: EVENT_KIND_LABELS[e.kind],
      title: e.title,
      summary: e.summary,
      place: e.place ?? null,
      actors: e.actorIds.map((id) => actorJson(dataset, id)),
      tariffMeasureIds: e.tariffMeasureIds ?? [],
      statements: dataset.statements
        .filter((s) => s.eventId === e.id)
        .map((s) => ({
          id: s.id,
          kind: s.kind,
          actor: actorJson(dataset, s.actorId),
          text: s.text,
          context: s.context,
          sourceIds: s.sourceIds,
        })),
      sourceIds: e.sourceIds,
    })),
    sources: sourcesJson(
      dataset,
      dataset.events.flatMap((e) => e.sourceIds),
    ),
  }),
  schema: documentSchema(
    'timeline',
    'Every dated event of the conflict, in date order, with its actors and statements.',
    {
      events: arrayOf(
        object({
          id: string,
          date: isoPartialDate,
          endDate: { oneOf: [isoPartialDate, { type: 'null' }] },
          kind: string,
          kindLabel: string,
          title: string,
          summary: string,
          place: nullableString,
          actors: arrayOf(actor),
          tariffMeasureIds: ids,
          statements: arrayOf(
            object({
              id: string,
              kind: { enum: ['quote', 'paraphrase'] },
              actor,
              text: string,
              context: string,
              sourceIds: ids,
            }),
          ),
          sourceIds: ids,
        }),
      ),
      sources: arrayOf(source),
    },
  ),
};
