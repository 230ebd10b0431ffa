import {
  type Dataset,
  EVENT_KIND_LABELS,
  type Event,
  filterEvents,
  formatRate,
  getActor,
} from '@tradetalks/core';
import { BLANK, besidePrefix, type Line, labelled, paragraph, seg, wrapLine } from '../lines/line';
import { showDate, showDateRange } from '../text/dates';
import { pad } from '../text/width';
import { heading, sourceListLines } from './parts';

/** Below this width a list item takes two rows: date and kind, then the title. */
export const NARROW = 60;
const DATE_WIDTH = 13;
const KIND_WIDTH = 15;

/** The events that match a filter typed in the Timeline, in date order. */
export const timelineEvents = (dataset: Dataset, filter: string): readonly Event[] =>
  filterEvents(dataset, { text: filter });

/** One event as a list item: date and kind, then its title, wrapped, never cut. */
export const eventItem = (event: Event, width: number): Line[] => {
  const date = showDate(event.date);
  const kind = EVENT_KIND_LABELS[event.kind];
  if (width < NARROW) {
    return [
      ...wrapLine([seg(date, 'accent'), seg(` · ${kind}`, 'muted')], width),
      ...besidePrefix(BLANK, 2, [seg(event.title)], width),
    ];
  }
  return besidePrefix(
    [seg(pad(date, DATE_WIDTH - 1), 'accent'), seg(' '), seg(pad(kind, KIND_WIDTH - 1), 'muted')],
    DATE_WIDTH + KIND_WIDTH,
    [seg(event.title)],
    width,
  );
};

/** Everything about one event: when, who, what, the tariffs it set, quotes, sources. */
export const eventDetailLines = (
  dataset: Dataset,
  event: Event,
  width: number,
  selectedUrl?: string,
): Line[] => {
  const lines: Line[] = [
    ...paragraph(event.title, width, 'heading'),
    BLANK,
    ...labelled('When', showDateRange(event.date, event.endDate), width),
    ...labelled('Kind', EVENT_KIND_LABELS[event.kind], width),
  ];
  if (event.place) lines.push(...labelled('Where', event.place, width));
  for (const [i, id] of event.actorIds.entries()) {
    const actor = getActor(dataset, id);
    lines.push(
      ...labelled(
        i === 0 ? 'Who' : '',
        [seg(actor.name, 'plain', true), seg(` — ${actor.role}`, 'muted')],
        width,
      ),
    );
  }
  lines.push(BLANK, ...paragraph(event.summary, width, 'plain', 2));
  const measures = (event.tariffMeasureIds ?? []).flatMap(
    (id) => dataset.tariffMeasures.find((m) => m.id === id) ?? [],
  );
  if (measures.length > 0) {
    lines.push(BLANK, ...heading('Tariffs set', '', width));
    for (const m of measures) {
      lines.push(
        ...labelled(
          formatRate(m.rate),
          [seg(m.action), seg(` (from ${showDate(m.effectiveOn)})`, 'muted')],
          width,
        ),
      );
    }
  }
  const statements = dataset.statements.filter((s) => s.eventId === event.id);
  if (statements.length > 0) {
    lines.push(BLANK, ...heading('Said', '', width));
    for (const s of statements) {
      const who = getActor(dataset, s.actorId).name;
      const text = s.kind === 'quote' ? `“${s.text}”` : s.text;
      lines.push(
        ...labelled(who, [seg(text, 'plain', true), seg(` ${s.context}`, 'muted')], width, {
          labelWidth: 18,
        }),
      );
    }
  }
  lines.push(
    BLANK,
    ...heading('Sources', '', width),
    ...sourceListLines(dataset, event.sourceIds, width, 2, selectedUrl),
  );
  return lines;
};

/** The whole timeline for print: a heading per year, each event with its summary. */
export const timelinePrintLines = (dataset: Dataset, width: number): Line[] => {
  const lines: Line[] = [];
  let year = '';
  for (const event of filterEvents(dataset)) {
    if (event.date.slice(0, 4) !== year) {
      year = event.date.slice(0, 4);
      if (lines.length > 0) lines.push(BLANK);
      lines.push(...heading(year, '', width));
    }
    lines.push(
      ...eventItem(event, width),
      ...paragraph(event.summary, width, 'muted', width < NARROW ? 2 : DATE_WIDTH + KIND_WIDTH),
    );
  }
  return lines;
};
