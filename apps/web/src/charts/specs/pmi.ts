import {
  ARTICLE_PERIODS,
  type Dataset,
  formatDate,
  formatIndex,
  storySeries,
} from '@tradetalks/core';
import { mergeSources } from '@/lib/sources';
import { indexColumn, periodColumn } from '../columns';
import type { ChartSpec } from '../types';

/** "Apr" for a month, "Jan 2026" for January and the first month: a band axis label. */
const monthLabel = (period: string, i: number) => {
  const text = formatDate(period, { short: true });
  return i === 0 || period.endsWith('-01') ? text : (text.split(' ')[0] ?? text);
};

/** China's official manufacturing PMI by month, against its threshold and the forecast. */
export const pmiChart = (data: Dataset): ChartSpec => {
  const { pmi, pmiExpected } = storySeries(data);
  const points = pmi.points;
  const expected = pmiExpected.points;
  const threshold = pmi.threshold;
  const months = points.map((p) => p.period);
  const values = [...points.map((p) => p.value), ...expected.map((p) => p.value)];
  const focusMonth = ARTICLE_PERIODS.pmiMonth;
  const focus = points.find((p) => p.period === focusMonth);
  const focusExpected = expected.find((p) => p.period === focusMonth);
  const last = points.at(-1);
  const first = points[0];

  let summary = `Line chart of China’s official manufacturing PMI, ${first?.dateText ?? ''} to ${last?.dateText ?? ''}.`;
  if (threshold !== undefined) {
    const below = points.filter((p) => p.value < threshold).length;
    summary += ` A reading under ${formatIndex(threshold, 0)} means activity shrank; ${below} of ${points.length} months were under it.`;
  }
  if (focus) {
    summary += ` In ${focus.dateText} it was ${focus.text}`;
    summary += focusExpected ? `, against ${focusExpected.text} expected.` : '.';
  }
  if (last && threshold !== undefined) {
    summary += ` The latest, ${last.dateText}, is ${last.text}, ${last.value < threshold ? 'under' : 'above'} ${formatIndex(threshold, 0)}.`;
  }

  return {
    id: 'china-pmi',
    title: `China’s factories: the official manufacturing PMI, ${first?.dateText ?? ''}–${last?.dateText ?? ''}`,
    units: 'Index; above the line, activity grew on the month before; below, it shrank',
    summary,
    sources: mergeSources(...points.map((p) => p.sources), ...expected.map((p) => p.sources)),
    notes: pmiExpected.basis ? [`Expectation: ${pmiExpected.basis}.`] : [],
    columns: [
      periodColumn('Month', 'YYYY-MM'),
      indexColumn('pmi', 'PMI', pmi.basis),
      indexColumn('expected_pmi', 'Expected', pmiExpected.basis),
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
            ...(p.period === focusMonth ? { label: p.text } : {}),
          })),
          ...(last ? { endLabel: `PMI ${last.text}` } : {}),
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
            const label = e.period === focusMonth ? `${e.text} expected` : undefined;
            return [{ x: i, y: e.value, ...(label ? { label } : {}) }];
          }),
        },
      ],
    },
  };
};
