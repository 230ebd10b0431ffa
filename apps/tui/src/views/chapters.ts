import { type ChapterView, chaptersAfterArticle } from '@tradetalks/core';
import {
  chapterDetailLines,
  chapterItem,
  chapterSources,
  chaptersPrintLines,
  filteredChapters,
} from '../content/chapters';
import { linksOf } from '../content/parts';
import { figureJson, metaJson, sourceBook } from '../json/json-parts';
import {
  arrayOf,
  documentSchema,
  figure,
  isoPartialDate,
  object,
  string,
} from '../json/schema-parts';
import { eventJson, eventSchema } from './timeline';
import type { ListEntry } from './view-entry';

export const chapters: ListEntry<'chapters', ChapterView, 'chapters'> = {
  id: 'chapters',
  kind: 'list',
  title: 'Chapters',
  nouns: ['chapter', 'chapters'],
  command: {
    name: 'chapters',
    summary: 'what happened after the article: the ruling, refunds, Section 122, talks, China',
    examples: [
      ['tradetalks chapters', 'each chapter, event by event, reported events marked'],
      [
        'tradetalks chapters --json | jq -r \'.chapters[] | "\\(.title): \\(.events | length) events"\'',
        'each chapter and how many events it holds',
      ],
      [
        'tradetalks chapters --json | jq \'.chapters[] | select(.id == "refunds") | .figures[] | {label, text}\'',
        'the refund figures, as the sources word them',
      ],
    ],
  },
  items: filteredChapters,
  item: (_dataset, chapter, width) => chapterItem(chapter, width),
  detail: (_dataset, chapter, width, selectedUrl) =>
    chapterDetailLines(chapter, width, selectedUrl),
  links: (_dataset, chapter) => linksOf(chapterSources(chapter)),
  print: (dataset, _query, width) => chaptersPrintLines(dataset, width),
  json: (dataset, { today }) => {
    const book = sourceBook();
    return {
      ...metaJson('chapters', dataset, today),
      chapters: chaptersAfterArticle(dataset).map((c) => ({
        id: c.id,
        title: c.title,
        lead: c.lead,
        from: c.span.from,
        to: c.span.to,
        events: c.events.map((e) => eventJson(e, book)),
        figures: c.figures.map((f) => figureJson(f, book)),
      })),
      sources: book.list(),
    };
  },
  schema: documentSchema(
    'chapters',
    'What happened after the May 2025 article, chapter by chapter, each event and figure sourced; reported events flagged.',
    {
      chapters: arrayOf(
        object({
          id: string,
          title: string,
          lead: string,
          from: isoPartialDate,
          to: isoPartialDate,
          events: arrayOf(eventSchema),
          figures: arrayOf(figure),
        }),
      ),
    },
  ),
};
