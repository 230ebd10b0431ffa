import { exportShareToUs, tradeTable } from '@tradetalks/core';
import { tradeLines } from '../content/trade';
import { metaJson } from '../json/json-parts';
import { arrayOf, documentSchema, integer, number, object } from '../json/schema-parts';
import { factsOf } from '../model/facts';
import { tradeYearJson, tradeYearSchema } from './trade-json';
import type { PageEntry } from './view-entry';

export const trade: PageEntry<'trade', 'trade'> = {
  id: 'trade',
  kind: 'page',
  title: 'Trade',
  command: {
    name: 'trade',
    summary: 'annual U.S.–China goods trade, balance and export share',
    examples: [
      ['tradetalks trade', 'exports, imports and balance per year, and the change'],
      [
        "tradetalks trade --json | jq -r '.years[] | [.year, .balanceUsdBn] | @tsv'",
        'the balance per year, in US$ billions, as tab-separated text',
      ],
    ],
  },
  body: (dataset, _state, { width }) => tradeLines(dataset, width),
  print: (dataset, _query, width) => tradeLines(dataset, width),
  json: (dataset) => {
    const change = factsOf(dataset).trade;
    return {
      ...metaJson('trade', dataset),
      years: tradeTable(dataset).map(tradeYearJson),
      change: {
        from: change.from.year,
        to: change.to.year,
        totalChangeUsdBn: change.totalChangeUsdBn,
        totalChangePct: change.totalChangePct,
        exportsChangeUsdBn: change.exportsChangeUsdBn,
        exportsChangePct: change.exportsChangePct,
        importsChangeUsdBn: change.importsChangeUsdBn,
        importsChangePct: change.importsChangePct,
        balanceChangeUsdBn: change.balanceChangeUsdBn,
        sourceIds: change.sourceIds,
      },
      exportShare: exportShareToUs(dataset),
    };
  },
  schema: documentSchema(
    'trade',
    'Annual U.S.–China goods trade (Census basis) and China’s export share to the U.S.',
    {
      years: arrayOf(tradeYearSchema),
      change: object({
        from: integer,
        to: integer,
        totalChangeUsdBn: number,
        totalChangePct: number,
        exportsChangeUsdBn: number,
        exportsChangePct: number,
        importsChangeUsdBn: number,
        importsChangePct: number,
        balanceChangeUsdBn: number,
        sourceIds: { type: 'array', items: { type: 'string' } },
      }),
      exportShare: arrayOf(
        object({
          year: integer,
          chinaExportsToUsUsdBn: number,
          chinaExportsTotalUsdBn: number,
          sharePct: number,
        }),
      ),
    },
  ),
};
