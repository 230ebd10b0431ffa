import {
  type Dataset,
  formatDate,
  formatIndex,
  getSeries,
  STORY_PERIODS,
  seriesPoints,
} from '@tradetalks/core';
import { indexColumn, periodColumn } from '../columns';
import type { ChartSpec } from '../types';

export const PMI_SERIES = 'china-manufacturing-pmi';
export const PMI_CONSENSUS_SERIES = 'china-manufacturing-pmi-consensus';

const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const monthLabel = (period: string, i: number) => {
  const month = monthShort.format(new Date(`${period}-01T00:00:00Z`));
  return i === 0 || period.endsWith('-01') ? `${month} ${period.slice(0, 4)}` : month;
};

/** China's official manufacturing PMI by month, against its threshold and the forecast. */
export const pmiChart = (data: Dataset): ChartSpec => {
  const pmi = getSeries(data, PMI_SERIES);
  const consensus = getSeries(data, PMI_CONSENSUS_SERIES);
  const points = seriesPoints(pmi);
  const expected = seriesPoints(consensus);
  const threshold = pmi.threshold;
  const months = points.map((p) => p.period);
  const values = [...points.map((p) => p.value), ...expected.map((p) => p.value)];
  const focus = points.find((p) => p.period === STORY_PERIODS.pmiMonth);
  const focusExpected = expected.find((p) => p.period === STORY_PERIODS.pmiMonth);
  const last = points[points.length - 1];
  const first = points[0];

  let summary = `Line chart of China’s official manufacturing PMI, ${first ? formatDate(first.period) : ''} to ${last ? formatDate(last.period) : ''}.`;
  if (threshold !== undefined) {
    const below = points.filter((p) => p.value < threshold).length;
    summary += ` A reading under ${formatIndex(threshold, 0)} means activity shrank; ${below} of ${points.length} months were under it.`;
  }
  if (focus) {
    summary += ` In ${formatDate(focus.period)} it was ${formatIndex(focus.value)}`;
    summary += focusExpected ? `, against ${formatIndex(focusExpected.value)} expected.` : '.';
  }
  if (last && threshold !== undefined) {
    summary += ` The latest, ${formatDate(last.period)}, is ${formatIndex(last.value)}, ${last.value < threshold ? 'still under' : 'above'} ${formatIndex(threshold, 0)}.`;
  }

  return {
    id: 'china-pmi',
    title: 'China’s factories: the official manufacturing PMI',
    units: 'Index; above the line, activity grew on the month before; below, it shrank',
    summary,
    sourceIds: [...points.flatMap((p) => p.sourceIds), ...expected.flatMap((p) => p.sourceIds)],
    notes: consensus.basis ? [`Expectation: ${consensus.basis}.`] : [],
    columns: [
      periodColumn('Month', 'YYYY-MM'),
      indexColumn('pmi', 'PMI', pmi.basis),
      indexColumn('expected_pmi', 'Expected', consensus.basis),
    ],
    rows: points.map((p) => [
      p.period,
      p.value,
      expected.find((e) => e.period === p.period)?.value,
    ]),
    plot: {
      kind: 'line',
      x: { type: 'band', categories: months.map(monthLabel) },
      y: {
        min: Math.min(...values, threshold ?? Number.POSITIVE_INFINITY) - 0.5,
        max: Math.max(...values, threshold ?? Number.NEGATIVE_INFINITY) + 0.5,
        format: (v) => formatIndex(v, 1),
        includeZero: false,
      },
      references:
        threshold === undefined
          ? []
          : [{ y: threshold, label: `${formatIndex(threshold, 0)}: no change` }],
      series: [
        {
          key: 'pmi',
          label: 'PMI, as published',
          tone: 'cn',
          dash: 'solid',
          marker: 'circle',
          curve: 'linear',
          points: points.map((p, i) => ({
            x: i,
            y: p.value,
            ...(p.period === STORY_PERIODS.pmiMonth ? { label: formatIndex(p.value) } : {}),
          })),
          ...(last ? { endLabel: `PMI ${formatIndex(last.value)}` } : {}),
        },
        {
          key: 'expected',
          label: 'Analysts’ expectation',
          tone: 'neutral',
          dash: 'solid',
          marker: 'diamond',
          curve: 'none',
          markerSize: 6.5,
          markerOutline: true,
          points: expected.flatMap((e) => {
            const i = months.indexOf(e.period);
            if (i < 0) return [];
            // Only the month the article cites is labelled; the table has every value.
            const label =
              e.period === STORY_PERIODS.pmiMonth ? `${formatIndex(e.value)} expected` : undefined;
            return [{ x: i, y: e.value, ...(label ? { label } : {}) }];
          }),
        },
      ],
    },
  };
};
