import { COLLECTION_LABELS, type SourceRef } from '@tradetalks/core';
import { linksOf } from '../content/parts';
import {
  allSources,
  citationsOf,
  filteredSources,
  sourceDetailLines,
  sourceItem,
  sourcesPrintLines,
} from '../content/sources';
import { metaJson, sourceJson } from '../json/json-parts';
import { arrayOf, documentSchema, object, source, string } from '../json/schema-parts';
import type { ListEntry } from './view-entry';

const sourceSchema = source as { properties: Record<string, unknown>; required: string[] };

export const sources: ListEntry<'sources', SourceRef, 'sources'> = {
  id: 'sources',
  kind: 'list',
  title: 'Sources',
  nouns: ['source', 'sources'],
  command: {
    name: 'sources',
    summary: 'every source: who said it, the page read, the original, and what cites it',
    examples: [
      ['tradetalks sources', 'every source with its addresses'],
      [
        'tradetalks sources --json | jq -r \'.sources[] | select(.kind == "official") | .url // empty\'',
        'the address of every official source',
      ],
      [
        "tradetalks sources --json | jq -r '.sources[] | select(.original and (.original.read | not)) | .original.url'",
        'the originals named but not read',
      ],
    ],
  },
  items: filteredSources,
  item: sourceItem,
  detail: sourceDetailLines,
  links: (_dataset, ref) => linksOf([ref]),
  print: (dataset, _query, width) => sourcesPrintLines(dataset, width),
  json: (dataset, { today }) => ({
    ...metaJson('sources', dataset, today),
    sources: allSources(dataset).map((ref) => ({
      ...sourceJson(ref),
      citedBy: citationsOf(dataset).get(ref.id) ?? [],
    })),
  }),
  schema: documentSchema(
    'sources',
    'Every source the data cites: the originating body, the page read and the original, and the records that cite it.',
    {
      sources: arrayOf({
        ...sourceSchema,
        properties: {
          ...sourceSchema.properties,
          citedBy: arrayOf(
            object({
              collection: {
                enum: Object.keys(COLLECTION_LABELS),
              },
              id: string,
              label: string,
            }),
          ),
        },
        required: [...sourceSchema.required, 'citedBy'],
      }),
    },
  ),
};
