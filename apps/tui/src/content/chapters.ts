import {
  type ChapterView,
  chaptersAfterArticle,
  type Dataset,
  type EventView,
  formatDate,
  REPORTED_LABEL,
  type SourceRef,
} from '@tradetalks/core';
import { BLANK, besidePrefix, type Line, paragraph, seg, wrapLine } from '../lines/line';
import { pad } from '../text/width';
import { hanging, heading, sourceListLines } from './parts';
import { eventSources, NARROW } from './timeline';

const short = (date: string) => formatDate(date, { short: true });
const DATE = 13;

/** The chapters whose title, lead or events contain `filter`, case-insensitive. */
export const filteredChapters = (dataset: Dataset, filter: string): readonly ChapterView[] => {
  const needle = filter.trim().toLowerCase();
  const all = chaptersAfterArticle(dataset);
  if (needle === '') return all;
  return all.filter((c) =>
    [c.title, c.lead, ...c.events.flatMap((e) => [e.title, e.summary])]
      .join(' ')
      .toLowerCase()
      .includes(needle),
  );
};

/** "20–24 February 2026 · 3 events": when a chapter runs and its size, in core’s words. */
const spanText = (c: ChapterView): string => `${c.span.text} · ${c.eventsText}`;

/** One chapter as a list item: its title, when, and its lead. */
export const chapterItem = (c: ChapterView, width: number): Line[] => [
  ...wrapLine([seg(c.title, 'plain', true), seg(`  ${spanText(c)}`, 'muted')], width),
  ...paragraph(c.lead, width, 'muted', 2),
];

/** An event inside a chapter: date, title (reported ones marked), summary, figures, quotes. */
const eventLines = (e: EventView, width: number): Line[] => {
  const date = short(e.date);
  const title = [
    ...(e.reported ? [seg(`${REPORTED_LABEL.label}: `, 'warn', true)] : []),
    seg(e.title, 'plain', true),
  ];
  const head =
    width < NARROW
      ? [...wrapLine([seg(date, 'accent')], width), ...besidePrefix(BLANK, 2, title, width)]
      : besidePrefix([seg(pad(date, DATE - 1), 'accent')], DATE, title, width);
  const indent = width < NARROW ? 2 : DATE;
  return [
    ...head,
    ...paragraph(e.summary, width, 'plain', indent),
    ...e.figures.flatMap((f) =>
      hanging([seg(f.text, 'plain', true), seg(` ${f.label}`, 'muted')], width, indent),
    ),
    ...e.statements.flatMap((s) =>
      hanging(
        [seg(`${s.speaker.name}: `, 'muted'), seg(s.kind === 'quote' ? `“${s.text}”` : s.text)],
        width,
        indent,
      ),
    ),
  ];
};

/** Every source behind a chapter's events. */
export const chapterSources = (c: ChapterView): SourceRef[] => c.events.flatMap(eventSources);

/** A chapter in full: its lead, each event in order, and the sources. */
export const chapterDetailLines = (c: ChapterView, width: number, selectedUrl?: string): Line[] => [
  ...paragraph(c.title, width, 'heading'),
  ...paragraph(spanText(c), width, 'muted'),
  BLANK,
  ...paragraph(c.lead, width, 'plain', 2),
  ...c.events.flatMap((e) => [BLANK, ...eventLines(e, width)]),
  BLANK,
  ...heading('Sources', '', width),
  ...sourceListLines(chapterSources(c), width, 2, selectedUrl),
];

/** Every chapter, in full, for print. */
export const chaptersPrintLines = (dataset: Dataset, width: number): Line[] => [
  ...heading('After the article', 'what happened next, chapter by chapter', width),
  ...chaptersAfterArticle(dataset).flatMap((c) => [
    BLANK,
    ...heading(c.title, spanText(c), width),
    ...paragraph(c.lead, width, 'muted', 2),
    ...c.events.flatMap((e) => [BLANK, ...eventLines(e, width)]),
  ]),
];
