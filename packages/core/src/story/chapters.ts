import { compareIso, eventsInOrder, firstDayOf, lastDayOf } from '../calc/dates';
import { formatDate, formatDateRange } from '../format/date';
import { formatCount } from '../format/number';
import type { Dataset, Event } from '../types';
import type { FigureView } from './figure';
import { type EventView, eventViewOf } from './timeline-view';

/** The day the article appeared (about 7 May 2025): the talks it announced came after it. */
export const ARTICLE_DATE = '2025-05-07';
/**
 * The day the first release's data ended. The chapters on what replaced the IEEPA tariffs and
 * on China's own measures start after it; the talks chapter starts after the article, with
 * the Geneva talks the article announced.
 */
const FIRST_RELEASE_END = '2025-11-10';

const afterArticleText = () => `what happened after ${formatDate(ARTICLE_DATE.slice(0, 7))}`;

/**
 * What the chapters are, for a heading: "what happened after May 2025". (Built by a call marked
 * pure, so that a bundle which does not use it drops it with the date formatting it needs.)
 */
export const AFTER_ARTICLE_TEXT = /* @__PURE__ */ afterArticleText();

/** A chapter of what happened after the article, from the data. */
export interface ChapterView {
  readonly id: string;
  readonly title: string;
  /** One line in our words: what the chapter is about. */
  readonly lead: string;
  readonly events: readonly EventView[];
  /** "12 events, some only reported": how many, and whether any is known only from reports. */
  readonly eventsText: string;
  /** When the chapter runs: its first event's date to its last one's (end dates included). */
  readonly span: { readonly from: string; readonly to: string; readonly text: string };
  /** Every figure the chapter's events report, with its sources. */
  readonly figures: readonly FigureView[];
}

interface ChapterSpec {
  readonly id: string;
  readonly title: string;
  readonly lead: string;
  readonly select: (event: Event) => boolean;
}

const after = (event: Event) => firstDayOf(event.date) > FIRST_RELEASE_END;
const afterArticle = (event: Event) => firstDayOf(event.date) > ARTICLE_DATE;
const isChinese = (dataset: Dataset) => {
  const sides = new Map(dataset.actors.map((a) => [a.id, a.economy]));
  return (event: Event) =>
    event.actorIds.length > 0 && event.actorIds.every((id) => sides.get(id) === 'CN');
};

const specs = (dataset: Dataset): readonly ChapterSpec[] => {
  const chinese = isChinese(dataset);
  return [
    {
      id: 'ruling',
      title: 'The Supreme Court ends the IEEPA tariffs',
      lead: 'The emergency tariffs behind the 2025 peak were held unlawful, and CBP stopped collecting them.',
      select: (e) =>
        ['scotus-ieepa-ruling-2026', 'eo-14389-2026', 'ieepa-collection-ends-2026'].includes(e.id),
    },
    {
      id: 'refunds',
      title: 'Refunds',
      lead: 'The courts ordered the IEEPA duties paid back; CBP built a system to do it.',
      select: (e) =>
        after(e) &&
        (e.kind === 'refunds' ||
          e.id === 'ieepa-mandate-2026' ||
          e.id === 'ieepa-refund-appeal-2026'),
    },
    {
      id: 'section-122',
      title: 'Section 122: a 150-day surcharge',
      lead: 'A temporary surcharge on imports from every country replaced them until it lapsed.',
      select: (e) => after(e) && e.id.startsWith('section-122'),
    },
    {
      id: 'forced-labour',
      title: 'The forced-labour Section 301',
      lead: 'A Section 301 tariff on products of China took over from the surcharge.',
      select: (e) => after(e) && e.id.startsWith('forced-labour'),
    },
    {
      id: 'talks',
      title: 'Talks and summits',
      lead: 'From the Geneva talks the article announced to the state visits of 2026: rounds of talks, calls and summits, with the truce reported extended.',
      select: (e) => afterArticle(e) && ['talks', 'meeting', 'agreement'].includes(e.kind),
    },
    {
      id: 'china',
      title: 'What China did',
      lead: 'China kept its across-the-board and energy tariffs, paused export controls and opened probes of its own.',
      select: (e) => after(e) && chinese(e) && !['talks', 'meeting', 'agreement'].includes(e.kind),
    },
  ];
};

/** What happened after the article, chapter by chapter, each event and figure sourced. */
export const chaptersAfterArticle = (dataset: Dataset): readonly ChapterView[] => {
  const ordered = eventsInOrder(dataset);
  return specs(dataset)
    .map((spec) => {
      const events = ordered.filter(spec.select).map((e) => eventViewOf(dataset, e.id));
      const from = events[0]?.date ?? '';
      // The last day any event can mean (a month-precision `2026-05` ends on 31 May).
      const to =
        events
          .map((e) => e.endDate ?? e.date)
          .sort((a, b) => compareIso(lastDayOf(a), lastDayOf(b)))
          .at(-1) ?? from;
      return {
        id: spec.id,
        title: spec.title,
        lead: spec.lead,
        events,
        eventsText: `${formatCount(events.length)} ${events.length === 1 ? 'event' : 'events'}${
          events.some((e) => e.reported) ? ', some only reported' : ''
        }`,
        span: { from, to, text: formatDateRange(from, to) },
        figures: events.flatMap((e) => e.figures),
      };
    })
    .filter((c) => c.events.length > 0);
};
