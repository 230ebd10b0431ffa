import { type SeriesView, storySeries } from '@tradetalks/core';
import { seriesLines } from '../content/series';
import { figureJson, metaJson, type SourceBook, sourceBook } from '../json/json-parts';
import {
  arrayOf,
  documentSchema,
  figure,
  nullable,
  nullableString,
  number,
  object,
  string,
} from '../json/schema-parts';
import type { PageEntry } from './view-entry';

const seriesJson = (series: SeriesView, book: SourceBook) => ({
  id: series.id,
  title: series.title,
  basis: series.basis,
  method: series.method ?? null,
  note: series.note ?? null,
  unit: series.unit,
  frequency: series.frequency,
  threshold: series.threshold ?? null,
  points: series.points.map((p) => ({
    ...figureJson(p, book),
    vintage: p.vintage ?? null,
    releasedOn: p.releasedOn ?? null,
  })),
});

const figureSchema = figure as { properties: Record<string, unknown>; required: string[] };

const seriesSchema = object({
  id: string,
  title: string,
  basis: string,
  method: { ...nullableString, description: 'who compiles it and how, where estimators differ' },
  note: nullableString,
  unit: string,
  frequency: string,
  threshold: nullable(number),
  points: arrayOf({
    ...figure,
    properties: {
      ...figureSchema.properties,
      vintage: nullableString,
      releasedOn: nullableString,
    },
    required: [...figureSchema.required, 'vintage', 'releasedOn'],
  }),
});

export const series: PageEntry<'series', 'series'> = {
  id: 'series',
  kind: 'page',
  title: 'Series',
  command: {
    name: 'series',
    summary: 'U.S. GDP growth, China’s PMI and the average tariffs, each estimator with its method',
    examples: [
      ['tradetalks series', 'each series, point by point, with its basis and method'],
      [
        "tradetalks series --json | jq -r '.gdpGrowth.points[] | [.date, .valuePct, .vintage] | @tsv'",
        'U.S. real GDP growth by quarter (annualized, percent) and which estimate it is',
      ],
      [
        "tradetalks series --json | jq '.averageTariffs[] | {title, method, latest: .points[-1].valuePct}'",
        'each estimator’s latest average U.S. or Chinese tariff, in percent',
      ],
    ],
  },
  body: (dataset, _state, { width }) => seriesLines(dataset, width),
  print: (dataset, _query, width) => seriesLines(dataset, width),
  json: (dataset, { today }) => {
    const s = storySeries(dataset);
    const book = sourceBook();
    return {
      ...metaJson('series', dataset, today),
      gdpGrowth: seriesJson(s.gdpGrowth, book),
      pmi: seriesJson(s.pmi, book),
      pmiExpected: seriesJson(s.pmiExpected, book),
      averageTariffs: Object.values(s.averageTariff).map((a) => seriesJson(a, book)),
      sources: book.list(),
    };
  },
  schema: documentSchema(
    'series',
    'The time series behind the story: U.S. real GDP growth by quarter with each estimate, China’s manufacturing PMI and the analysts’ expectation, and the average tariffs each way as each estimator computes them.',
    {
      gdpGrowth: seriesSchema,
      pmi: seriesSchema,
      pmiExpected: seriesSchema,
      averageTariffs: arrayOf(seriesSchema),
    },
  ),
};
