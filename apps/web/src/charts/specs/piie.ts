import {
  type Dataset,
  type Economy,
  firstDayOf,
  formatDate,
  formatPercent,
  type SeriesView,
  storySeries,
  tariffCoverage,
  tariffDay,
  tariffWindow,
} from '@tradetalks/core';
import { mergeSources } from '@/lib/sources';
import { pctColumn, periodColumn, textColumn } from '../columns';
import { atPeriod } from '../describe';
import { utcMs } from '../layout';
import type { ChartSpec } from '../types';
import { allGoods, listed, SIDES, stepPoints } from './tariff-steps';

const STATUS_LABELS = { derived: 'Derived', conflict: 'Sources disagree' } as const;

/** PIIE's average, by the side that charges it (core's story series). */
const piieSeries = (data: Dataset, side: Economy): SeriesView => {
  const { piieUsOnChina, piieChinaOnUs } = storySeries(data).averageTariff;
  return side === 'US' ? piieUsOnChina : piieChinaOnUs;
};

/**
 * PIIE's average tariff beside the headline stacks, for one side: why the headline and "the
 * average tariff" are different numbers. Both sides' charts share one scale.
 */
export const piieChart = (data: Dataset, side: Economy): ChartSpec => {
  const series = piieSeries(data, side);
  const { from, bothVerifiedThrough: to } = tariffCoverage(data);
  const w = { id: `piie-${side.toLowerCase()}`, title: '', from, to };
  const steps = tariffWindow(data, side, w).steps;
  const { points } = series;
  const first = points[0];
  const last = points.at(-1);
  const peak = series.highest;
  const s = SIDES[side];
  const tone = side === 'US' ? 'us' : 'cn';

  let summary = `PIIE’s average tariff ${side === 'US' ? 'the U.S. charged on Chinese goods' : 'China charged on U.S. goods'}, weighted by trade.`;
  if (first && last && peak) {
    const at = (period: string) => atPeriod(period, formatDate);
    summary += ` It was ${first.text} ${at(first.period)}`;
    summary +=
      peak === last
        ? ` and rose to ${last.text} ${at(last.period)}, the latest and highest reading.`
        : `, highest at ${peak.text} ${at(peak.period)}, and ${last.text} ${at(last.period)}.`;
    if (last.period.length === 10) {
      const day = tariffDay(data, last.period);
      const stack = day.ok ? day.view.sides.find((x) => x.side === side) : undefined;
      if (stack) {
        summary += ` On that day the headline rate on all ${s.goods} was ${stack.allGoods.text}, and up to ${stack.highestOnListedGoods.text} on listed goods.`;
      }
    }
  }

  return {
    id: w.id,
    title:
      side === 'US'
        ? 'U.S. tariffs on Chinese goods: headline rates and the average'
        : 'China’s tariffs on U.S. goods: headline rates and the average',
    units: 'Percent. Monthly averages are placed at the start of their month',
    summary,
    sources: mergeSources(...points.map((p) => p.sources)),
    // The series' note gives U.S. import coverage; on China's chart it would describe the wrong
    // side, so China's chart says what holds for it without the U.S. figure.
    notes:
      side === 'US'
        ? [...(series.note ? [series.note] : []), ...(series.method ? [series.method] : [])]
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
    rows: [...points]
      .sort((a, b) => firstDayOf(a.period).localeCompare(firstDayOf(b.period)))
      .map((p) => [
        p.period,
        p.value,
        p.vintage ?? '',
        p.status ? STATUS_LABELS[p.status] : 'Verified',
        p.note,
      ]),
    plot: {
      kind: 'line',
      x: { type: 'time', from: w.from, to: w.to },
      y: {
        min: 0,
        // One scale for both sides' charts, so they compare at a glance.
        max: Math.max(
          ...(['US', 'CN'] as const).flatMap((other) => [
            ...tariffWindow(data, other, w).steps.map(listed),
            ...piieSeries(data, other).points.map((p) => p.value),
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
