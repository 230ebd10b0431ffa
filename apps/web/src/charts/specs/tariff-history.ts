import {
  type Dataset,
  ECONOMY_NAMES,
  formatDate,
  formatPercent,
  formatRate,
  formatUsdBn,
  peakStack,
  tariffChangeDates,
  tariffDateRange,
  tariffStackOn,
} from '@tradetalks/core';
import { listJoin } from '../describe';
import type { ChartEvent, ChartSpec, LineSeries, MarkedPeriod, Panel } from '../types';
import {
  allGoods,
  listed,
  SIDES,
  stepPoints,
  type TariffWindow,
  tariffStepsChart,
  tariffWindows,
  windowSteps,
} from './tariff-steps';

export interface TariffHistoryOptions {
  /**
   * Stretches whose tariffs were later held unlawful, drawn as hatched bands. Given by the
   * caller (from core's legal status of the layers), never decided here.
   */
  readonly heldUnlawful?: readonly MarkedPeriod[];
}

const dayBefore = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
};

/**
 * The two eras of the stacks: before the first all-goods tariff (only listed goods paid
 * extra, up to 25%) and from the year it came (the all-goods stacks, up to 145%). On one
 * scale the first era is a line near zero; each panel gets its own.
 */
export const historyWindows = (data: Dataset): readonly TariffWindow[] => {
  const { min, max } = tariffDateRange(data);
  const firstAllGoods = tariffChangeDates(data).find((date) =>
    (['US', 'CN'] as const).some((side) => tariffStackOn(data, side, date).allGoods.maxPct > 0),
  );
  if (firstAllGoods === undefined) {
    return [{ id: 'all', title: `${min.slice(0, 4)}–${max.slice(0, 4)}`, from: min, to: max }];
  }
  const split = `${firstAllGoods.slice(0, 4)}-01-01`;
  const lastEarly = dayBefore(split);
  return [
    {
      id: 'lists',
      title: `${min.slice(0, 4)}–${lastEarly.slice(0, 4)}: only goods on product lists`,
      from: min,
      to: lastEarly,
    },
    {
      id: 'all-goods',
      title: `${split.slice(0, 4)}: tariffs on all goods`,
      from: split,
      to: max,
    },
  ];
};

const sideSeries = (data: Dataset, w: TariffWindow, endLabels: boolean): LineSeries[] =>
  (['US', 'CN'] as const).flatMap((side) => {
    const steps = windowSteps(data, side, w);
    const s = SIDES[side];
    const last = steps[steps.length - 1];
    const tone = side === 'US' ? 'us' : 'cn';
    return [
      {
        key: `${side}-all`,
        label: `${s.short}: on all ${s.goods}`,
        tone,
        dash: 'solid',
        marker: s.marker,
        curve: 'step',
        points: stepPoints(steps, allGoods, w.to),
        ...(endLabels && last
          ? { endLabel: `${s.short} all ${formatPercent(allGoods(last))}` }
          : {}),
      },
      {
        key: `${side}-listed`,
        label: `${s.short}: most on a listed good`,
        tone,
        dash: side === 'US' ? 'dashed' : 'dotted',
        marker: 'none',
        curve: 'step',
        points: stepPoints(steps, listed, w.to),
        ...(endLabels && last
          ? { endLabel: `${s.short} listed ${formatPercent(listed(last))}` }
          : {}),
      },
    ] satisfies LineSeries[];
  });

/**
 * What the product lists charged on a day, list by list, with the trade each covered when it
 * was announced (the measures' own figures, not a sum): so “0% on all goods” never reads as
 * “no tariffs”.
 */
export const listedLayersText = (data: Dataset, side: 'US' | 'CN', date: string): string => {
  const layers = tariffStackOn(data, side, date).layers.filter(
    (l) => l.layer.scope === 'listed-goods' && l.rate,
  );
  return listJoin(
    layers.map(
      (l) =>
        `${l.layer.name} ${formatRate(l.rate)}${
          l.measure.coverageUsdBn === undefined
            ? ''
            : ` (about ${formatUsdBn(l.measure.coverageUsdBn, 0)} of goods when announced)`
        }`,
    ),
  );
};

/** Every date either stack changed, numbered, with what took effect that day on each side. */
export const tariffEvents = (data: Dataset): readonly ChartEvent[] =>
  tariffChangeDates(data).map((date, i) => ({
    n: i + 1,
    date,
    items: data.tariffMeasures
      .filter((m) => m.effectiveOn === date)
      .map(
        (m) =>
          `${m.imposedBy === 'US' ? 'U.S.' : ECONOMY_NAMES[m.imposedBy]}: ${m.action}${
            m.rate && !m.endsLayer ? ` (${formatRate(m.rate)})` : ''
          }`,
      ),
  }));

/**
 * The home page's chart: both stacks from the start of the data to its as-of date, in two
 * panels with their own scales (the first trade war's lists, then the all-goods spike),
 * numbered at every date a stack changed.
 */
export const tariffHistoryChart = (
  data: Dataset,
  { heldUnlawful = [] }: TariffHistoryOptions = {},
): ChartSpec => {
  const full = tariffStepsChart(data, tariffWindows(data).full);
  const windows = historyWindows(data);
  const panels: Panel[] = windows.map((w) => {
    const series = sideSeries(data, w, true);
    const values = series.flatMap((s) => s.points.map((p) => p.y));
    return {
      title: w.title,
      plot: {
        kind: 'line',
        x: { type: 'time', from: w.from, to: w.to },
        y: { min: 0, max: Math.max(...values), format: (v) => formatPercent(v) },
        series,
      },
    };
  });
  const usPeak = peakStack(data, 'US');
  const cnPeak = peakStack(data, 'CN');
  const usNow = tariffStackOn(data, 'US', data.asOf);
  const cnNow = tariffStackOn(data, 'CN', data.asOf);
  const early = windows.length > 1 ? windows[0] : undefined;
  const earlyListed = early
    ? Math.max(
        ...(['US', 'CN'] as const).flatMap((side) => windowSteps(data, side, early).map(listed)),
      )
    : undefined;
  const summary = [
    `Step chart of the additional tariffs each side charged the other, ${formatDate(tariffDateRange(data).min)} to ${formatDate(data.asOf)}, in ${panels.length} panels with their own scales.`,
    early && earlyListed !== undefined
      ? `From ${early.from.slice(0, 4)} to ${early.to.slice(0, 4)} neither side charged anything extra on all goods; goods on their product lists paid up to ${formatPercent(earlyListed)}.`
      : '',
    `The U.S. rate on all Chinese goods peaked at ${formatRate(usPeak.allGoods)} from ${formatDate(usPeak.date)}, China’s on all U.S. goods at ${formatRate(cnPeak.allGoods)} from ${formatDate(cnPeak.date)}.`,
    `On ${formatDate(data.asOf)} they stood at ${formatRate(usNow.allGoods)} and ${formatRate(cnNow.allGoods)}.`,
  ]
    .filter((t) => t !== '')
    .join(' ');

  return {
    ...full,
    id: 'tariff-history',
    title: `Additional tariffs both ways, ${tariffDateRange(data).min.slice(0, 4)}–${data.asOf.slice(0, 4)}`,
    units: 'Additional tariff, percent of the goods’ value. Each panel has its own scale',
    summary,
    notes: [
      ...(early
        ? [
            `No tariff on all goods did not mean no tariffs: on ${formatDate(early.to)} goods on the U.S. lists paid ${listedLayersText(data, 'US', early.to)}; goods on China’s lists paid ${listedLayersText(data, 'CN', early.to)}.`,
          ]
        : []),
      ...(windows.length > 1
        ? [
            `The panels have different scales: on one scale the first trade war, when only goods on product lists paid extra, would be a line near zero. The shaded band in the ${windows[1]?.from.slice(0, 4)} panel is the whole height of the ${windows[0]?.from.slice(0, 4)}–${windows[0]?.to.slice(0, 4)} one.`,
          ]
        : []),
      ...(full.notes ?? []),
    ],
    plot: {
      kind: 'panels',
      panels,
      events: tariffEvents(data),
      periods: heldUnlawful,
      showZoom: true,
    },
  };
};
