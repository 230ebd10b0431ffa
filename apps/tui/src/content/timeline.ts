import {
  type Dataset,
  EVENT_KIND_LABELS,
  type EventView,
  formatDate,
  REPORTED_LABEL,
  type SourceRef,
  timelineView,
} from '@tradetalks/core';
import { BLANK, besidePrefix, type Line, labelled, paragraph, seg, wrapLine } from '../lines/line';
import { pad } from '../text/width';
import { heading, sourceListLines } from './parts';

/** Below this width a list item takes two rows: date and kind, then the title. */
export const NARROW = 60;
const DATE_WIDTH = 13;
/** As wide as the longest kind of event, so no kind is ever cut. */
const KIND_WIDTH = Math.max(...Object.values(EVENT_KIND_LABELS).map((l) => l.length)) + 2;

/** The events that match a filter typed in the Timeline, in date order, as core gives them. */
export const timelineEvents = (dataset: Dataset, filter: string): readonly EventView[] =>
  timelineView(dataset, { text: filter });

/** The title, marked as reported (core's words) for an event known only from reports. */
const titleSegments = (event: EventView) => [
  ...(event.reported ? [seg(`${REPORTED_LABEL.label}: `, 'warn', true)] : []),
  seg(event.title),
];

/** One event as a list item: date and kind, then its title, wrapped, never cut. */
export const eventItem = (event: EventView, width: number): Line[] => {
  const date = formatDate(event.date, { short: true });
  if (width < NARROW) {
    return [
      ...wrapLine([seg(date, 'accent'), seg(` · ${event.kindLabel}`, 'muted')], width),
      ...besidePrefix(BLANK, 2, titleSegments(event), width),
    ];
  }
  return besidePrefix(
    [
      seg(pad(date, DATE_WIDTH - 1), 'accent'),
      seg(' '),
      seg(pad(event.kindLabel, KIND_WIDTH - 1), 'muted'),
    ],
    DATE_WIDTH + KIND_WIDTH,
    titleSegments(event),
    width,
  );
};

/** Every source behind an event: its own, its figures', its statements'. */
export const eventSources = (event: EventView): SourceRef[] => [
  ...event.sources,
  ...event.figures.flatMap((f) => f.sources),
  ...event.statements.flatMap((s) => s.sources),
];

/** Everything about one event: when, who, what, its figures, the tariffs it set, quotes, sources. */
export const eventDetailLines = (event: EventView, width: number, selectedUrl?: string): Line[] => {
  const lines: Line[] = [
    ...paragraph(event.title, width, 'heading'),
    BLANK,
    ...labelled('When', event.dateText, width),
    ...labelled('Kind', event.kindLabel, width),
  ];
  if (event.reported) {
    lines.push(
      ...labelled(
        'Status',
        [seg(REPORTED_LABEL.label, 'warn', true), seg(` — ${REPORTED_LABEL.meaning}`, 'muted')],
        width,
      ),
    );
  }
  if (event.place) lines.push(...labelled('Where', event.place, width));
  for (const [i, actor] of event.actors.entries()) {
    lines.push(
      ...labelled(
        i === 0 ? 'Who' : '',
        [seg(actor.name, 'plain', true), seg(` — ${actor.role}`, 'muted')],
        width,
      ),
    );
  }
  lines.push(BLANK, ...paragraph(event.summary, width, 'plain', 2));
  if (event.figures.length > 0) {
    lines.push(BLANK, ...heading('Figures', '', width));
    for (const f of event.figures) {
      lines.push(
        ...labelled(
          f.text,
          [seg(f.label), seg(f.dateText ? ` (as of ${f.dateText})` : '', 'muted')],
          width,
          { labelWidth: 16 },
        ),
      );
    }
  }
  if (event.measures.length > 0) {
    lines.push(BLANK, ...heading('Tariffs set', '', width));
    for (const m of event.measures) lines.push(...labelled(m.rateText, m.action, width));
  }
  if (event.statements.length > 0) {
    lines.push(BLANK, ...heading('Said', '', width));
    for (const s of event.statements) {
      const text = s.kind === 'quote' ? `“${s.text}”` : s.text;
      lines.push(
        ...labelled(
          s.speaker.name,
          [seg(text, 'plain', true), seg(` ${s.context}`, 'muted')],
          width,
          {
            labelWidth: 18,
          },
        ),
      );
    }
  }
  lines.push(
    BLANK,
    ...heading('Sources', '', width),
    ...sourceListLines(eventSources(event), width, 2, selectedUrl),
  );
  return lines;
};

/** The whole timeline for print: a heading per year, each event with its summary. */
export const timelinePrintLines = (dataset: Dataset, width: number): Line[] => {
  const lines: Line[] = [];
  let year = '';
  for (const event of timelineView(dataset)) {
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
