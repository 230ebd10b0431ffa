import { ARTICLE_PERIODS, storySeries, tradeTableView } from '@tradetalks/core';
import { tradeLines } from '../content/trade';
import { figureJson, figureOrNull, metaJson, sourceBook } from '../json/json-parts';
import {
  arrayOf,
  documentSchema,
  figure,
  ids,
  integer,
  nullable,
  nullableString,
  number,
  object,
  string,
} from '../json/schema-parts';
import { tradeChangeJson, tradeChangeSchema } from '../json/trade-json';
import { overviewOn } from '../model/story';
import type { PageEntry } from './view-entry';

const usdBn = { ...nullable(number), description: 'US$ billions; null where not verified' };

export const trade: PageEntry<'trade', 'trade'> = {
  id: 'trade',
  kind: 'page',
  title: 'Trade',
  command: {
    name: 'trade',
    summary: 'U.S.–China goods trade by year and by month, the changes, revisions, export share',
    examples: [
      ['tradetalks trade', 'exports, imports and balance per year, and the changes'],
      [
        "tradetalks trade --json | jq -r '.years[] | [.year, .balanceUsdBn] | @tsv'",
        'the balance per year, in US$ billions, as tab-separated text',
      ],
      [
        "tradetalks trade --json | jq '.changes.article.total.percentChange.changePct'",
        `the change in trade from ${ARTICLE_PERIODS.tradeFrom} to ${ARTICLE_PERIODS.tradeTo} the article cites, in percent`,
      ],
    ],
  },
  body: (dataset, state, { width }) => tradeLines(dataset, state.today, width),
  print: (dataset, { today }, width) => tradeLines(dataset, today, width),
  json: (dataset, { today }) => {
    const book = sourceBook();
    const table = tradeTableView(dataset);
    const { trade: changes, exportShare } = overviewOn(dataset, today);
    const { monthlyTrade, chinaShareOfUsImports } = storySeries(dataset);
    const imports = new Map(monthlyTrade.imports.points.map((p) => [p.period, p]));
    return {
      ...metaJson('trade', dataset, today),
      years: table.years.map((r) => ({
        year: r.year,
        exportsUsdBn: r.exports?.value ?? null,
        importsUsdBn: r.imports?.value ?? null,
        totalUsdBn: r.total?.value ?? null,
        balanceUsdBn: r.balance?.value ?? null,
        publishedBalanceUsdBn: r.publishedBalance?.value ?? null,
        balanceNote: r.balanceNote ?? null,
        sourceIds: book.ids(
          [r.exports, r.imports, r.publishedBalance].flatMap((f) => f?.sources ?? []),
        ),
      })),
      notes: table.notes,
      changes: {
        article: tradeChangeJson(changes.article, book),
        latestYear: tradeChangeJson(changes.latestYear, book),
        sinceTradeWar: tradeChangeJson(changes.sinceTradeWar, book),
      },
      revisions: table.revisions.map((r) => ({
        seriesId: r.seriesId,
        seriesTitle: r.seriesTitle,
        year: r.year,
        firstUsdBn: r.first.value,
        revisedUsdBn: r.revised.value,
        changeUsdBn: r.change.value,
        sourceIds: book.ids(r.change.sources),
      })),
      monthly: {
        basis: monthlyTrade.exports.basis,
        note: monthlyTrade.exports.note ?? null,
        months: monthlyTrade.exports.points.map((p) => {
          const imp = imports.get(p.period);
          return {
            month: p.period,
            exportsUsdMn: p.value,
            importsUsdMn: imp?.value ?? null,
            vintage: p.vintage ?? null,
            sourceIds: book.ids([...p.sources, ...(imp?.sources ?? [])]),
          };
        }),
      },
      exportShare: {
        years: exportShare.points.map((p) => figureJson(p, book)),
        change: figureOrNull(exportShare.change, book),
      },
      chinaShareOfUsImports: chinaShareOfUsImports.points.map((p) => figureJson(p, book)),
      sources: book.list(),
    };
  },
  schema: documentSchema(
    'trade',
    'U.S.–China goods trade (Census basis) by year and by month, the changes between years, revisions, China’s export share to the U.S. and China’s share of U.S. imports.',
    {
      years: arrayOf(
        object({
          year: integer,
          exportsUsdBn: usdBn,
          importsUsdBn: usdBn,
          totalUsdBn: usdBn,
          balanceUsdBn: { ...usdBn, description: 'exports − imports, US$ billions' },
          publishedBalanceUsdBn: { ...usdBn, description: 'the balance as published' },
          balanceNote: nullableString,
          sourceIds: ids,
        }),
      ),
      notes: arrayOf(string),
      changes: object({
        article: tradeChangeSchema,
        latestYear: tradeChangeSchema,
        sinceTradeWar: tradeChangeSchema,
      }),
      revisions: arrayOf(
        object({
          seriesId: string,
          seriesTitle: string,
          year: integer,
          firstUsdBn: number,
          revisedUsdBn: number,
          changeUsdBn: number,
          sourceIds: ids,
        }),
      ),
      monthly: object({
        basis: string,
        note: nullableString,
        months: arrayOf(
          object({
            month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
            exportsUsdMn: number,
            importsUsdMn: nullable(number),
            vintage: nullableString,
            sourceIds: ids,
          }),
        ),
      }),
      exportShare: object({ years: arrayOf(figure), change: nullable(figure) }),
      chinaShareOfUsImports: arrayOf(figure),
    },
  ),
};
