import type { SideHeadline } from '@tradetalks/core';
import { overviewLines } from '../content/overview';
import {
  figureJson,
  figureOrNull,
  legalJson,
  metaJson,
  type SourceBook,
  scheduledJson,
  sourceBook,
} from '../json/json-parts';
import {
  arrayOf,
  documentSchema,
  economy,
  figure,
  integer,
  isoDate,
  legal,
  nullable,
  number,
  object,
  scheduled,
  string,
} from '../json/schema-parts';
import { tradeChangeJson, tradeChangeSchema } from '../json/trade-json';
import { overviewOn } from '../model/story';
import type { PageEntry } from './view-entry';

const legalListJson = (list: SideHeadline['peakLegal'], book: SourceBook) =>
  list.map(({ layer, legal: view }) => ({ layer, legal: legalJson(view, book) }));

const sideJson = (side: SideHeadline, book: SourceBook) => ({
  imposedBy: side.side,
  title: side.title,
  shortTitle: side.shortTitle,
  peak: { ...figureJson(side.peak, book), madeOf: side.peakMadeOf },
  peakListed: figureJson(side.peakListed, book),
  peakLegal: legalListJson(side.peakLegal, book),
  latest: { ...figureJson(side.latest, book), madeOf: side.latestMadeOf },
  latestListed: figureJson(side.latestListed, book),
  latestLegal: legalListJson(side.latestLegal, book),
});

const figureWith = (extra: Record<string, unknown>) => {
  const base = figure as { properties: Record<string, unknown>; required: string[] };
  return {
    ...figure,
    properties: { ...base.properties, ...extra },
    required: [...base.required, ...Object.keys(extra)],
  };
};

const legalList = arrayOf(object({ layer: string, legal }));

export const overview: PageEntry<'overview', 'facts'> = {
  id: 'overview',
  kind: 'page',
  title: 'Overview',
  command: {
    name: 'facts',
    summary: 'the headline figures with their sources and the data’s age (the Overview)',
    examples: [
      ['tradetalks facts', 'the headline figures as text'],
      [
        "tradetalks facts --json | jq '.tariffs[] | {imposedBy, latest: .latest.valuePct, on: .latest.date}'",
        'each side’s all-goods rate on the last verified day, in percent',
      ],
      ["tradetalks facts --json | jq '.dataAge'", 'how old the data is today'],
    ],
  },
  body: (dataset, state, { width }) => overviewLines(dataset, state.today, width),
  bodyKey: (state) => state.today,
  print: (dataset, { today }, width) => overviewLines(dataset, today, width),
  json: (dataset, { today }) => {
    const o = overviewOn(dataset, today);
    const book = sourceBook();
    return {
      ...metaJson('facts', dataset, today),
      stacksVerifiedThrough: { US: o.verifiedThrough.US, CN: o.verifiedThrough.CN },
      scheduled: o.scheduled.map((s) => scheduledJson(s, book)),
      tariffs: o.tariffs.map((side) => sideJson(side, book)),
      trade: {
        article: tradeChangeJson(o.trade.article, book),
        latestYear: tradeChangeJson(o.trade.latestYear, book),
        sinceTradeWar: tradeChangeJson(o.trade.sinceTradeWar, book),
      },
      exportShare: {
        years: o.exportShare.points.map((p) => figureJson(p, book)),
        change: figureOrNull(o.exportShare.change, book),
      },
      gdp: {
        basis: o.gdp.basis,
        firstPrint: figureJson(o.gdp.firstPrint, book),
        latest: figureJson(o.gdp.latest, book),
        revision: figureJson(o.gdp.revision, book),
        yearOnYear: figureOrNull(o.gdp.yearOnYear, book),
        latestQuarter: figureJson(o.gdp.latestQuarter, book),
      },
      pmi: {
        thresholdIndex: o.pmi.threshold,
        april: figureJson(o.pmi.april, book),
        march: figureOrNull(o.pmi.march, book),
        expected: figureOrNull(o.pmi.expected, book),
        gapToThreshold: figureJson(o.pmi.gapToThreshold, book),
        latest: figureJson(o.pmi.latest, book),
      },
      claims: {
        total: o.claims.total,
        counts: Object.fromEntries(o.claims.counts.map((c) => [c.verdict, c.count])),
      },
      chapters: o.afterArticle.map((c) => ({
        id: c.id,
        title: c.title,
        lead: c.lead,
        eventIds: c.events.map((e) => e.id),
      })),
      sources: book.list(),
    };
  },
  schema: documentSchema(
    'facts',
    'The headline figures of the U.S.–China trade conflict: both tariff peaks and the last verified day with their legal status, trade, China’s export share, U.S. GDP, China’s PMI, the fact check and the chapters after the article.',
    {
      stacksVerifiedThrough: object({ US: isoDate, CN: isoDate }),
      scheduled: {
        ...arrayOf(scheduled),
        description: 'changes due after the verified data, whose outcome is not established',
      },
      tariffs: arrayOf(
        object({
          imposedBy: economy,
          title: string,
          shortTitle: string,
          peak: figureWith({ madeOf: string }),
          peakListed: figure,
          peakLegal: legalList,
          latest: figureWith({ madeOf: string }),
          latestListed: figure,
          latestLegal: legalList,
        }),
        { minItems: 2, maxItems: 2 },
      ),
      trade: object({
        article: tradeChangeSchema,
        latestYear: tradeChangeSchema,
        sinceTradeWar: tradeChangeSchema,
      }),
      exportShare: object({ years: arrayOf(figure), change: nullable(figure) }),
      gdp: object({
        basis: string,
        firstPrint: figure,
        latest: figure,
        revision: figure,
        yearOnYear: nullable(figure),
        latestQuarter: figure,
      }),
      pmi: object({
        thresholdIndex: number,
        april: figure,
        march: nullable(figure),
        expected: nullable(figure),
        gapToThreshold: figure,
        latest: figure,
      }),
      claims: object({
        total: integer,
        counts: { type: 'object', additionalProperties: integer },
      }),
      chapters: arrayOf(
        object({ id: string, title: string, lead: string, eventIds: arrayOf(string) }),
      ),
    },
  ),
};
