import { overviewLines } from '../content/overview';
import { metaJson, sourcesJson } from '../json/json-parts';
import {
  arrayOf,
  documentSchema,
  economy,
  ids,
  integer,
  isoDate,
  nullableString,
  number,
  object,
  rateRangePct,
  source,
  string,
} from '../json/schema-parts';
import { type FigureFacts, factsOf } from '../model/facts';
import { tradeYearJson, tradeYearSchema } from './trade-json';
import type { PageEntry } from './view-entry';

const figureJson = (figure: FigureFacts, unit: 'Pct' | 'Index') => ({
  seriesId: figure.seriesId,
  period: figure.period,
  [`value${unit}`]: figure.value,
  vintage: figure.vintage
    ? {
        id: figure.vintage.id,
        label: figure.vintage.label,
        releasedOn: figure.vintage.releasedOn ?? null,
      }
    : null,
  sourceIds: figure.sourceIds,
});

const figureSchema = (unit: 'Pct' | 'Index') =>
  object({
    seriesId: string,
    period: { type: 'string', description: 'YYYY-MM for a month, YYYY-Qn for a quarter' },
    [`value${unit}`]: number,
    vintage: {
      oneOf: [object({ id: string, label: string, releasedOn: nullableString }), { type: 'null' }],
    },
    sourceIds: ids,
  });

const stackFigure = object({
  date: isoDate,
  allGoodsPct: rateRangePct,
  highestOnListedGoodsPct: rateRangePct,
});

export const overview: PageEntry<'overview', 'facts'> = {
  id: 'overview',
  kind: 'page',
  title: 'Overview',
  command: {
    name: 'facts',
    summary: 'the headline figures with their sources (the Overview)',
    examples: [
      ['tradetalks facts', 'the headline figures as text'],
      [
        "tradetalks facts --json | jq '.tariffs[] | {imposedBy, now: .now.allGoodsPct.maxPct}'",
        'each side’s all-goods rate now, in percent',
      ],
    ],
  },
  body: (dataset, _state, { width }) => overviewLines(dataset, width),
  print: (dataset, _query, width) => overviewLines(dataset, width),
  json: (dataset) => {
    const facts = factsOf(dataset);
    const cited = [
      ...facts.tariffs.flatMap((t) => t.sourceIds),
      ...facts.trade.sourceIds,
      ...facts.exportShare.sourceIds,
      ...facts.gdp.firstPrint.sourceIds,
      ...facts.gdp.latest.sourceIds,
      ...[facts.pmi.month, facts.pmi.previousMonth, facts.pmi.expected].flatMap(
        (f) => f?.sourceIds ?? [],
      ),
    ];
    return {
      ...metaJson('facts', dataset),
      tariffs: facts.tariffs.map((t) => ({
        imposedBy: t.imposedBy,
        on: t.on,
        peak: t.peak,
        now: t.now,
        sourceIds: t.sourceIds,
      })),
      trade: {
        from: tradeYearJson(facts.trade.from),
        to: tradeYearJson(facts.trade.to),
        totalChangeUsdBn: facts.trade.totalChangeUsdBn,
        totalChangePct: facts.trade.totalChangePct,
        exportsChangeUsdBn: facts.trade.exportsChangeUsdBn,
        exportsChangePct: facts.trade.exportsChangePct,
        importsChangeUsdBn: facts.trade.importsChangeUsdBn,
        importsChangePct: facts.trade.importsChangePct,
        balanceChangeUsdBn: facts.trade.balanceChangeUsdBn,
        sourceIds: facts.trade.sourceIds,
      },
      exportShare: {
        years: facts.exportShare.points,
        changePp: facts.exportShare.changePp ?? null,
        sourceIds: facts.exportShare.sourceIds,
      },
      gdp: {
        title: facts.gdp.title,
        basis: facts.gdp.basis,
        basisCode: facts.gdp.basisCode,
        decimals: facts.gdp.decimals,
        firstPrint: figureJson(facts.gdp.firstPrint, 'Pct'),
        latest: figureJson(facts.gdp.latest, 'Pct'),
        revisionPp: facts.gdp.revisionPp,
      },
      pmi: {
        title: facts.pmi.title,
        basis: facts.pmi.basis,
        decimals: facts.pmi.decimals,
        thresholdIndex: facts.pmi.thresholdIndex,
        month: figureJson(facts.pmi.month, 'Index'),
        previousMonth: facts.pmi.previousMonth
          ? figureJson(facts.pmi.previousMonth, 'Index')
          : null,
        expected: facts.pmi.expected ? figureJson(facts.pmi.expected, 'Index') : null,
        changeFromPreviousIndex: facts.pmi.changeFromPrevious ?? null,
        gapToExpectedIndex: facts.pmi.gapToExpected ?? null,
      },
      sources: sourcesJson(dataset, cited),
    };
  },
  schema: documentSchema('facts', 'The headline figures of the U.S.–China trade conflict.', {
    tariffs: arrayOf(
      object({
        imposedBy: economy,
        on: economy,
        peak: stackFigure,
        now: stackFigure,
        sourceIds: ids,
      }),
      { minItems: 2, maxItems: 2 },
    ),
    trade: object({
      from: tradeYearSchema,
      to: tradeYearSchema,
      totalChangeUsdBn: number,
      totalChangePct: number,
      exportsChangeUsdBn: number,
      exportsChangePct: number,
      importsChangeUsdBn: number,
      importsChangePct: number,
      balanceChangeUsdBn: number,
      sourceIds: ids,
    }),
    exportShare: object({
      years: arrayOf(
        object({
          year: integer,
          chinaExportsToUsUsdBn: number,
          chinaExportsTotalUsdBn: number,
          sharePct: number,
        }),
      ),
      changePp: { type: ['number', 'null'] },
      sourceIds: ids,
    }),
    gdp: object({
      title: string,
      basis: string,
      basisCode: string,
      decimals: integer,
      firstPrint: figureSchema('Pct'),
      latest: figureSchema('Pct'),
      revisionPp: number,
    }),
    pmi: object({
      title: string,
      basis: string,
      decimals: integer,
      thresholdIndex: number,
      month: figureSchema('Index'),
      previousMonth: { oneOf: [figureSchema('Index'), { type: 'null' }] },
      expected: { oneOf: [figureSchema('Index'), { type: 'null' }] },
      changeFromPreviousIndex: { type: ['number', 'null'] },
      gapToExpectedIndex: { type: ['number', 'null'] },
    }),
    sources: arrayOf(source),
  }),
};
