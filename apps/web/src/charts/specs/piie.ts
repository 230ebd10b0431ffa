import {
  type Dataset,
  type Economy,
  firstDayOf,
  formatDate,
  formatPercent,
  getSeries,
  seriesPoints,
  tariffDateRange,
  tariffStackOn,
} from '@tradetalks/core';
import { pctColumn, periodColumn, textColumn } from '../columns';
import { atPeriod, maxBy } from '../describe';
import { utcMs } from '../layout';
import type { ChartSpec } from '../types';
import { allGoods, listed, SIDES, stepPoints, windowSteps } from './tariff-steps';

/** PIIE's averages, by the side that charges them. */
export const PIIE_SERIES: Record<Economy, string> = {
  US: 'piie-average-us-on-china',
  CN: 'piie-average-china-on-us',
};

const STATUS_LABELS = { derived: 'Derived', conflict: 'Sources disagree' } as const;

/**
 * PIIE's average tariff beside the headline stacks, for one side: why the headline and "the
 * average tariff" are different numbers.
 */
export const piieChart = (data: Dataset, side: Economy): ChartSpec => {
  const series = getSeries(data, PIIE_SERIES[side]);
  const { min, max } = tariffDateRange(data);
  const w = { id: `piie-${side.toLowerCase()}`, title: '', from: min, to: max };
  const steps = windowSteps(data, side, w);
  const points = seriesPoints(series);
  const first = points[0];
  const last = points[points.length - 1];
  const peak = maxBy(points, (p) => p.value);
  const s = SIDES[side];
  const tone = side === 'US' ? 'us' : 'cn';
  const vintageLabel = (id: string | undefined) =>
    series.vintages?.find((v) => v.id === id)?.label ?? '';

  let summary = `PIIE’s average tariff ${side === 'US' ? 'the U.S. charged on Chinese goods' : 'China charged on U.S. goods'}, weighted by trade.`;
  if (first && last && peak) {
    const at = (period: string) => atPeriod(period, formatDate);
    summary += ` It was ${formatPercent(first.value)} ${at(first.period)}`;
    summary +=
      peak === last
        ? ` and rose to ${formatPercent(last.value)} ${at(last.period)}, the latest and highest reading.`
        : `, highest at ${formatPercent(peak.value)} ${at(peak.period)}, and ${formatPercent(last.value)} ${at(last.period)}.`;
    if (last.period.length === 10) {
      const stack = tariffStackOn(data, side, last.period);
      summary += ` On that day the headline rate on all ${s.goods} was ${formatPercent(stack.allGoods.maxPct)}, and up to ${formatPercent(stack.highestOnListedGoods.maxPct)} on listed goods.`;
    }
  }

  const rows = [...series.observations]
    .sort((a, b) => firstDayOf(a.period).localeCompare(firstDayOf(b.period)))
    .map((o) => [
      o.period,
      o.value,
      vintageLabel(o.vintageId),
      o.status ? STATUS_LABELS[o.status] : 'Verified',
      o.note,
    ]);

  return {
    id: w.id,
    title:
      side === 'US'
        ? 'U.S. tariffs on Chinese goods: headline rates and the average'
        : 'China’s tariffs on U.S. goods: headline rates and the average',
    units: 'Percent. Monthly averages are placed at the start of their month',
    summary,
    sourceIds: series.observations.flatMap((o) => o.sourceIds),
    // The series' note gives U.S. import coverage; on China's chart it would describe the wrong
    // side, so China's chart says what holds for it without the U.S. figure.
    notes:
      side === 'US'
        ? series.note
          ? [series.note]
          : []
        : [
            'An average over trade, not a headline rate: China’s lists covered only part of what it bought from the U.S., and some goods were waived.',
          ],
    columns: [
      periodColumn('Period', 'Date or month of the average, YYYY-MM[-DD]'),
      pctColumn('average_pct', 'Average tariff', 'Average tariff, as PIIE computes it'),
      textColumn('vintage', 'Chart version', 'Which version of the PIIE chart gives the value'),
      textColumn('status', 'Status', 'Verified, derived from other published figures, or disputed'),
      textColumn('note', 'Note', 'Context'),
    ],
    rows,
    plot: {
      kind: 'line',
      x: { type: 'time', from: w.from, to: w.to },
      y: {
        min: 0,
        // One scale for both sides' charts, so they compare at a glance.
        max: Math.max(
          ...(['US', 'CN'] as const).flatMap((other) => [
            ...windowSteps(data, other, w).map(listed),
            ...seriesPoints(getSeries(data, PIIE_SERIES[other])).map((p) => p.value),
          ]),
        ),
        format: (v) => formatPercent(v),
      },
      series: [
        {
          key: 'headline-all',
          label: `Headline rate on all ${s.goods}`,
          tone: 'neutral',
          dash: 'solid',
          marker: 'none',
          curve: 'step',
          points: stepPoints(steps, allGoods, w.to),
          endLabel: 'Headline, all goods',
        },
        {
          key: 'headline-listed',
          label: 'Headline, most on a listed good',
          tone: 'neutral',
          dash: 'dotted',
          marker: 'none',
          curve: 'step',
          points: stepPoints(steps, listed, w.to),
          endLabel: 'Headline, listed',
        },
        {
          key: 'piie',
          label: 'PIIE average',
          tone,
          dash: 'solid',
          marker: 'diamond',
          curve: 'none',
          points: points.map((p) => ({
            x: utcMs(firstDayOf(p.period)),
            y: p.value,
            hollow: p.status !== undefined,
          })),
          endLabel: 'PIIE average',
        },
      ],
    },
  };
};
