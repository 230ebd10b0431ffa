import type { Source } from '@tradetalks/core';
import {
  citationsOf,
  filteredSources,
  sourceDetailLines,
  sourceItem,
  sourcesPrintLines,
} from '../content/sources';
import { metaJson } from '../json/json-parts';
import {
  arrayOf,
  documentSchema,
  isoPartialDate,
  nullableString,
  object,
  string,
} from '../json/schema-parts';
import type { ListEntry } from './view-entry';

export const sources: ListEntry<'sources', Source, 'sources'> = {
  id: 'sources',
  kind: 'list',
  title: 'Sources',
  nouns: ['source', 'sources'],
  command: {
    name: 'sources',
    summary: 'every source and what cites it',
    examples: [
      ['tradetalks sources', 'every source with its address'],
      [
        'tradetalks sources --json | jq -r \'.sources[] | select(.kind == "official") | .url // empty\'',
        'the address of every official source',
      ],
    ],
  },
  items: filteredSources,
  item: sourceItem,
  detail: sourceDetailLines,
  links: (_dataset, source) =>
    source.url ? [{ url: source.url, label: `${source.publisher} — ${source.title}` }] : [],
  print: (dataset, _query, width) => sourcesPrintLines(dataset, width),
  json: (dataset) => ({
    ...metaJson('sources', dataset),
    sources: dataset.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      kind: s.kind,
      url: s.url ?? null,
      via: s.via ?? null,
      publishedOn: s.publishedOn ?? null,
      note: s.note ?? null,
      citedBy: citationsOf(dataset).get(s.id) ?? [],
    })),
  }),
  schema: documentSchema('sources', 'Every source the data cites, and the records that cite it.', {
    sources: arrayOf(
      object({
        id: string,
        publisher: string,
        title: string,
        kind: { enum: ['official', 'secondary', 'research', 'article'] },
        url: nullableString,
        via: nullableString,
        publishedOn: { oneOf: [isoPartialDate, { type: 'null' }] },
        note: nullableString,
        citedBy: arrayOf(
          object({
            collection: {
              enum: ['actors', 'events', 'tariffMeasures', 'series', 'statements', 'claims'],
            },
            id: string,
            label: string,
          }),
        ),
      }),
    ),
  }),
};
