import {
  type Dataset,
  exportShareToUs,
  formatPercent,
  formatPp,
  getSeries,
  percentagePointChange,
  seriesPoints,
  TRADE_SERIES,
} from '@tradetalks/core';
import { pctColumn, usdBnColumn, yearColumn } from '../columns';
import type { ChartSpec } from '../types';

/** The U.S.-side measure shown beside China's export share, for contrast. */
export const US_SIDE_SHARE_SERIES = 'china-share-of-us-imports';

/**
 * How much China sells to the U.S., two ways: the share of China's exports that go to the
 * U.S. (China-side figures, computed) and China's share of U.S. goods imports (U.S. side).
 */
export const exportShareChart = (data: Dataset): ChartSpec => {
  const shares = exportShareToUs(data);
  const usSide = getSeries(data, US_SIDE_SHARE_SERIES);
  const usPoints = seriesPoints(usSide);
  const years = [
    ...new Set([...shares.map((s) => s.year), ...usPoints.map((p) => Number(p.period))]),
  ].sort((a, b) => a - b);
  const shareIn = (year: number) => shares.find((s) => s.year === year);
  const usIn = (year: number) => usPoints.find((p) => Number(p.period) === year)?.value;
  const first = shares[0];
  const last = shares[shares.length - 1];
  const usFirst = usPoints[0];
  const usLast = usPoints[usPoints.length - 1];
  const missing = years.filter((y) => shareIn(y) === undefined);

  let summary = 'Bar chart of two measures of how much China sells to the U.S.';
  if (first && last) {
    summary += ` The share of China’s exports going to the U.S. was ${formatPercent(first.sharePct)} in ${first.year} and ${formatPercent(last.sharePct)} in ${last.year} (${formatPp(percentagePointChange(first.sharePct, last.sharePct))}).`;
  }
  if (usFirst && usLast) {
    summary += ` Seen from the U.S. side, China supplied ${formatPercent(usFirst.value)} of U.S. goods imports in ${usFirst.period} and ${formatPercent(usLast.value)} in ${usLast.period}.`;
  }
  if (missing.length > 0) {
    summary += ` China’s own figures for ${missing.join(', ')} are not verified, so that share is left blank.`;
  }

  return {
    id: 'export-share',
    title: 'How much China sells to the U.S., measured two ways',
    units: 'Percent',
    summary,
    sourceIds: [
      ...data.series
        .filter(
          (s) => s.id === TRADE_SERIES.chinaExportsToUs || s.id === TRADE_SERIES.chinaExportsTotal,
        )
        .flatMap((s) => s.observations.flatMap((o) => o.sourceIds)),
      ...usSide.observations.flatMap((o) => o.sourceIds),
    ],
    notes: [
      'The U.S.-side measure (left) is U.S. imports from China as a share of all U.S. goods imports. The China-side one (right) divides China’s exports to the U.S. by all of China’s exports, both from China’s own figures. They answer different questions; the fact check compares the article’s shares with both.',
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
    rows: years.map((year) => {
      const share = shareIn(year);
      return [
        year,
        share?.chinaExportsToUsUsdBn,
        share?.chinaExportsTotalUsdBn,
        share?.sharePct,
        usIn(year),
      ];
    }),
    plot: {
      kind: 'bar',
      categories: years.map(String),
      y: { format: (v) => formatPercent(v, 0), valueFormat: (v) => formatPercent(v) },
      valueLabels: true,
      series: [
        {
          key: 'us-side',
          label: 'China’s share of U.S. goods imports',
          tone: 'us',
          fill: 'hatch',
          values: years.map(usIn),
        },
        {
          key: 'share-to-us',
          label: 'Share of China’s exports going to the U.S.',
          tone: 'cn',
          fill: 'solid',
          values: years.map((y) => shareIn(y)?.sharePct),
        },
      ],
    },
  };
};
