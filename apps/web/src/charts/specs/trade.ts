import {
  type Dataset,
  formatUsdBn,
  largestRevisionUsdBn,
  overview,
  tradeTableView,
} from '@tradetalks/core';
import { mergeSources } from '@/lib/sources';
import { usdBnColumn, yearColumn } from '../columns';
import { listJoin, movedPct } from '../describe';
import type { ChartSpec } from '../types';

/** U.S. goods exports to and imports from China, by year, with totals and balances. */
export const tradeFlowsChart = (data: Dataset): ChartSpec => {
  const { years } = tradeTableView(data);
  const change = overview(data, data.asOf).trade.sinceTradeWar;
  const gaps = years.flatMap((r) => [
    ...(r.exports === undefined ? [`exports in ${r.year}`] : []),
    ...(r.imports === undefined ? [`imports in ${r.year}`] : []),
  ]);
  const first = years[0];
  const last = years.at(-1);
  return {
    id: 'trade-flows',
    title: `U.S. goods trade with China, ${first?.year ?? ''}–${last?.year ?? ''}`,
    units: 'US$ billions a year, goods only, Census basis, as first reported',
    summary:
      `Bar chart of U.S. goods exports to China and imports from China by year. ` +
      `In ${change.toYear} the U.S. exported ${change.exports.to.text} and imported ${change.imports.to.text}. ` +
      `Since ${change.fromYear}, imports are ${movedPct(change.imports.changePct?.value)} ` +
      `and exports ${movedPct(change.exports.changePct?.value)}; ` +
      `the two together went from ${change.total.from.text} to ${change.total.to.text}${change.total.changePct ? ` (${change.total.changePct.text})` : ''}.` +
      (gaps.length > 0 ? ` Not verified in our sources, so left blank: ${listJoin(gaps)}.` : ''),
    sources: mergeSources(
      ...years.flatMap((r) => [r.exports?.sources ?? [], r.imports?.sources ?? []]),
    ),
    notes: [
      `Each year is shown as first reported; later Census revisions move single figures by up to ${formatUsdBn(largestRevisionUsdBn(data))}. The revisions are listed on the trade page.`,
      ...years.flatMap((r) => (r.balanceNote ? [r.balanceNote] : [])),
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
    rows: years.map((r) => [
      r.year,
      r.exports?.value,
      r.imports?.value,
      r.total?.value,
      r.balance?.value,
      r.publishedBalance?.value,
    ]),
    plot: {
      kind: 'bar',
      categories: years.map((r) => String(r.year)),
      y: { format: (v) => formatUsdBn(v, 0) },
      series: [
        {
          key: 'exports',
          label: 'U.S. exports to China',
          tone: 'us',
          fill: 'solid',
          values: years.map((r) => r.exports?.value),
        },
        {
          key: 'imports',
          label: 'U.S. imports from China',
          tone: 'cn',
          fill: 'hatch',
          values: years.map((r) => r.imports?.value),
        },
      ],
    },
  };
};

/** The U.S. goods balance with China by year, as published. */
export const tradeBalanceChart = (data: Dataset): ChartSpec => {
  const years = tradeTableView(data).years.filter((r) => r.publishedBalance !== undefined);
  const first = years[0];
  const last = years.at(-1);
  const widest = years.reduce<(typeof years)[number] | undefined>(
    (w, r) =>
      w === undefined || (r.publishedBalance?.value ?? 0) < (w.publishedBalance?.value ?? 0)
        ? r
        : w,
    undefined,
  );
  return {
    id: 'trade-balance',
    title: `The U.S. goods deficit with China, ${first?.year ?? ''}–${last?.year ?? ''}`,
    units: 'US$ billions a year, exports minus imports, as published (negative: a deficit)',
    summary:
      `Bar chart of the U.S. goods balance with China, ${first?.year ?? ''}–${last?.year ?? ''}. ` +
      `It was ${first?.publishedBalance?.text ?? ''} in ${first?.year ?? ''}, widest at ${widest?.publishedBalance?.text ?? ''} in ${widest?.year ?? ''}, ` +
      `and ${last?.publishedBalance?.text ?? ''} in ${last?.year ?? ''}.`,
    sources: mergeSources(...years.map((r) => r.publishedBalance?.sources ?? [])),
    columns: [
      yearColumn(),
      usdBnColumn(
        'published_balance_usd_bn',
        'Balance as published',
        'Exports − imports, as the publisher reported it',
      ),
    ],
    rows: years.map((r) => [r.year, r.publishedBalance?.value]),
    plot: {
      kind: 'bar',
      categories: years.map((r) => String(r.year)),
      y: { format: (v) => formatUsdBn(v, 0) },
      series: [
        {
          key: 'balance',
          label: 'Balance (exports − imports)',
          tone: 'neutral',
          fill: 'solid',
          values: years.map((r) => r.publishedBalance?.value),
        },
      ],
    },
  };
};
