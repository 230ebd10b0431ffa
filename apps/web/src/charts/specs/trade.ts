import {
  type Dataset,
  formatChangePct,
  formatPercent,
  formatUsdBn,
  largestRevisionUsdBn,
  STORY_PERIODS,
  TRADE_SERIES,
  tradeChange,
  tradeTable,
  tradeYearsWithTotals,
} from '@tradetalks/core';
import { usdBnColumn, yearColumn } from '../columns';
import { listJoin, movedPct } from '../describe';

const pct = (v: number) => formatPercent(v);

import type { ChartSpec } from '../types';

const tradeSourceIds = (data: Dataset, ids: readonly string[]) =>
  data.series
    .filter((s) => ids.includes(s.id))
    .flatMap((s) => s.observations.flatMap((o) => o.sourceIds));

/** U.S. goods exports to and imports from China, by year, with totals and balances. */
export const tradeFlowsChart = (data: Dataset): ChartSpec => {
  const table = tradeTable(data);
  const years = tradeYearsWithTotals(data);
  const lastYear = years[years.length - 1] ?? STORY_PERIODS.tradeFrom;
  const change = tradeChange(data, STORY_PERIODS.tradeFrom, lastYear);
  const gaps = table.flatMap((r) => [
    ...(r.exportsUsdBn === undefined ? [`exports in ${r.year}`] : []),
    ...(r.importsUsdBn === undefined ? [`imports in ${r.year}`] : []),
  ]);
  const first = table[0];
  const last = table[table.length - 1];
  return {
    id: 'trade-flows',
    title: `U.S. goods trade with China, ${first?.year ?? ''}–${last?.year ?? ''}`,
    units: 'US$ billions a year, goods only, Census basis, as first reported',
    summary:
      `Bar chart of U.S. goods exports to China and imports from China by year. ` +
      `In ${change.to.year} the U.S. exported ${formatUsdBn(change.to.exportsUsdBn ?? Number.NaN)} ` +
      `and imported ${formatUsdBn(change.to.importsUsdBn ?? Number.NaN)}. ` +
      `Since ${change.from.year}, imports are ${movedPct(change.importsChangePct, pct)} ` +
      `and exports ${movedPct(change.exportsChangePct, pct)}; ` +
      `the two together went from ${formatUsdBn(change.from.totalUsdBn ?? Number.NaN)} to ${formatUsdBn(change.to.totalUsdBn ?? Number.NaN)} ` +
      `(${formatChangePct(change.totalChangePct)}).` +
      (gaps.length > 0 ? ` Not verified in our sources, so left blank: ${listJoin(gaps)}.` : ''),
    sourceIds: tradeSourceIds(data, [TRADE_SERIES.exports, TRADE_SERIES.imports]),
    notes: [
      `Each year is shown as first reported; later Census revisions move single figures by up to ${formatUsdBn(largestRevisionUsdBn(data))}. The revisions are listed on the trade page.`,
    ],
    columns: [
      yearColumn(),
      usdBnColumn('exports_usd_bn', 'U.S. exports to China', 'U.S. goods exports to China'),
      usdBnColumn('imports_usd_bn', 'U.S. imports from China', 'U.S. goods imports from China'),
      usdBnColumn('total_usd_bn', 'Total', 'Exports + imports, computed'),
      usdBnColumn('balance_usd_bn', 'Balance', 'Exports − imports, computed'),
      usdBnColumn(
        'published_balance_usd_bn',
        'Balance as published',
        'As the publisher reported it',
      ),
    ],
    rows: table.map((r) => [
      r.year,
      r.exportsUsdBn,
      r.importsUsdBn,
      r.totalUsdBn,
      r.balanceUsdBn,
      r.publishedBalanceUsdBn,
    ]),
    plot: {
      kind: 'bar',
      categories: table.map((r) => String(r.year)),
      y: { format: (v) => formatUsdBn(v, 0) },
      series: [
        {
          key: 'exports',
          label: 'U.S. exports to China',
          tone: 'us',
          fill: 'solid',
          values: table.map((r) => r.exportsUsdBn),
        },
        {
          key: 'imports',
          label: 'U.S. imports from China',
          tone: 'cn',
          fill: 'hatch',
          values: table.map((r) => r.importsUsdBn),
        },
      ],
    },
  };
};

/** The U.S. goods balance with China by year, as published. */
export const tradeBalanceChart = (data: Dataset): ChartSpec => {
  const table = tradeTable(data).filter((r) => r.publishedBalanceUsdBn !== undefined);
  const first = table[0];
  const last = table[table.length - 1];
  const widest = table.reduce<(typeof table)[number] | undefined>(
    (w, r) =>
      w === undefined || (r.publishedBalanceUsdBn ?? 0) < (w.publishedBalanceUsdBn ?? 0) ? r : w,
    undefined,
  );
  const fromBalance = first?.publishedBalanceUsdBn ?? Number.NaN;
  const toBalance = last?.publishedBalanceUsdBn ?? Number.NaN;
  return {
    id: 'trade-balance',
    title: 'The U.S. goods deficit with China',
    units: 'US$ billions a year, exports minus imports, as published (negative: a deficit)',
    summary:
      `Bar chart of the U.S. goods balance with China, ${first?.year ?? ''}–${last?.year ?? ''}: a deficit every year. ` +
      `It was ${formatUsdBn(fromBalance)} in ${first?.year ?? ''}, widest at ${formatUsdBn(widest?.publishedBalanceUsdBn ?? Number.NaN)} in ${widest?.year ?? ''}, ` +
      `and ${formatUsdBn(toBalance)} in ${last?.year ?? ''}, ${toBalance > fromBalance ? 'narrower' : 'wider'} by ${formatUsdBn(Math.abs(toBalance - fromBalance))} than in ${first?.year ?? ''}.`,
    sourceIds: tradeSourceIds(data, [TRADE_SERIES.publishedBalance]),
    columns: [
      yearColumn(),
      usdBnColumn(
        'published_balance_usd_bn',
        'Balance as published',
        'Exports − imports, as the publisher reported it',
      ),
    ],
    rows: table.map((r) => [r.year, r.publishedBalanceUsdBn]),
    plot: {
      kind: 'bar',
      categories: table.map((r) => String(r.year)),
      y: { format: (v) => formatUsdBn(v, 0) },
      series: [
        {
          key: 'balance',
          label: 'Balance (exports − imports)',
          tone: 'neutral',
          fill: 'solid',
          values: table.map((r) => r.publishedBalanceUsdBn),
        },
      ],
    },
  };
};
