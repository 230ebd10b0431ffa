import {
  type Dataset,
  exportShareToUs,
  formatPercent,
  formatValue,
  overview,
  storySeries,
} from '@tradetalks/core';
import { mergeSources } from '@/lib/sources';
import { pctColumn, usdBnColumn, yearColumn } from '../columns';
import type { ChartSpec } from '../types';

/**
 * How much China sells to the U.S., two ways: the share of China's exports that go to the
 * U.S. (China-side figures, computed by core) and China's share of U.S. goods imports (U.S.
 * side), U.S. first.
 */
export const exportShareChart = (data: Dataset): ChartSpec => {
  const { points: shares, change } = overview(data, data.asOf).exportShare;
  const amounts = exportShareToUs(data);
  const usSide = storySeries(data).chinaShareOfUsImports;
  const years = [
    ...new Set([
      ...shares.map((s) => Number(s.date)),
      ...usSide.points.map((p) => Number(p.period)),
    ]),
  ].sort((a, b) => a - b);
  const shareIn = (year: number) => shares.find((s) => s.date === String(year));
  const amountsIn = (year: number) => amounts.find((a) => a.year === year);
  const usIn = (year: number) => usSide.points.find((p) => p.period === String(year));
  const first = shares[0];
  const last = shares.at(-1);
  const usFirst = usSide.points[0];
  const usLast = usSide.points.at(-1);
  const missing = years.filter((y) => shareIn(y) === undefined);

  let summary = 'Bar chart of two measures of how much China sells to the U.S.';
  if (first && last) {
    summary += ` The share of China’s exports going to the U.S. was ${first.text} in ${first.dateText} and ${last.text} in ${last.dateText}${change ? ` (${change.text})` : ''}.`;
  }
  if (usFirst && usLast) {
    summary += ` Seen from the U.S. side, China supplied ${usFirst.text} of U.S. goods imports in ${usFirst.dateText} and ${usLast.text} in ${usLast.dateText}.`;
  }
  if (missing.length > 0) {
    summary += ` China’s own figures for ${missing.join(', ')} are not verified, so that share is left blank.`;
  }

  return {
    id: 'export-share',
    title: `How much China sells to the U.S., measured two ways, ${years[0] ?? ''}–${years.at(-1) ?? ''}`,
    units: 'Percent',
    summary,
    sources: mergeSources(...shares.map((s) => s.sources), ...usSide.points.map((p) => p.sources)),
    notes: [
      'The U.S.-side measure (left of each pair) is U.S. imports from China as a share of all U.S. goods imports. The China-side one (right) divides China’s exports to the U.S. by all of China’s exports, both from China’s own figures. They answer different questions; the fact check compares the article’s shares with both.',
    ],
    columns: [
      yearColumn(),
      usdBnColumn('china_exports_to_us_usd_bn', 'China’s exports to the U.S.', 'China-side figure'),
      usdBnColumn(
        'china_exports_total_usd_bn',
        'China’s exports, all',
        'China customs, all destinations',
      ),
      pctColumn(
        'share_to_us_pct',
        'Share going to the U.S.',
        'Exports to the U.S. ÷ all exports × 100, computed',
      ),
      pctColumn('china_share_of_us_imports_pct', 'China’s share of U.S. imports', usSide.basis),
    ],
    rows: years.map((year) => [
      year,
      amountsIn(year)?.chinaExportsToUsUsdBn,
      amountsIn(year)?.chinaExportsTotalUsdBn,
      shareIn(year)?.value,
      usIn(year)?.value,
    ]),
    plot: {
      kind: 'bar',
      categories: years.map(String),
      y: { format: (v) => formatPercent(v, 0), valueFormat: (v) => formatValue(v, 'percent') },
      valueLabels: true,
      series: [
        {
          key: 'us-side',
          label: 'China’s share of U.S. goods imports',
          tone: 'us',
          fill: 'hatch',
          values: years.map((y) => usIn(y)?.value),
        },
        {
          key: 'share-to-us',
          label: 'Share of China’s exports going to the U.S.',
          tone: 'cn',
          fill: 'solid',
          values: years.map((y) => shareIn(y)?.value),
        },
      ],
    },
  };
};
