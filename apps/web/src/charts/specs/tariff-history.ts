import {
  addDays,
  type Dataset,
  firstAllGoodsTariffDay,
  formatDate,
  formatPercent,
  type HeldUnlawfulPeriod,
  heldUnlawfulPeriods,
  heldUnlawfulSpans,
  overview,
  tariffCoverage,
  tariffDay,
  tariffDayDates,
  tariffWindow,
} from '@tradetalks/core';
import type { ChartEvent, ChartSpec, MarkedPeriod, Panel } from '../types';
import { sideSeries, type TariffWindow, tariffStepsChart, tariffWindows } from './tariff-steps';

export interface TariffHistoryOptions {
  /**
   * Stretches whose tariffs were later held unlawful, drawn as hatched bands. Given by the
   * caller (from core's `heldUnlawfulPeriods`), never decided here.
   */
  readonly heldUnlawful?: readonly MarkedPeriod[];
}

const dayOf = (data: Dataset, date: string) => {
  const result = tariffDay(data, date);
  if (!result.ok) throw new Error(`tariffDay(${date}): ${result.reason}`);
  return result.view;
};

/** Core's spans of days charged and later held unlawful, as the bands a chart draws. */
export const heldUnlawfulBands = (periods: readonly HeldUnlawfulPeriod[]): MarkedPeriod[] =>
  heldUnlawfulSpans(periods).map((s) => ({
    kind: 'held-unlawful',
    from: s.from,
    to: s.to,
    label: s.label,
  }));

/**
 * The two eras of the stacks: before the first all-goods tariff (only listed goods paid
 * extra) and from the year it came (the all-goods stacks), to the last verified day. On one
 * scale the first era is a line near zero; each panel gets its own.
 */
export const historyWindows = (data: Dataset): readonly TariffWindow[] => {
  const { from, bothVerifiedThrough: to } = tariffCoverage(data);
  const first = firstAllGoodsTariffDay(data);
  if (first === undefined) {
    return [{ id: 'all', title: `${from.slice(0, 4)}–${to.slice(0, 4)}`, from, to }];
  }
  const split = `${first.slice(0, 4)}-01-01`;
  const lastEarly = addDays(split, -1);
  return [
    {
      id: 'lists',
      title: `${from.slice(0, 4)}–${lastEarly.slice(0, 4)}: only goods on product lists`,
      from,
      to: lastEarly,
    },
    {
      id: 'all-goods',
      title: `${split.slice(0, 4)}–${to.slice(0, 4)}: tariffs on all goods`,
      from: split,
      to,
    },
  ];
};

/** Every date either stack changed, numbered, with what took effect that day (core's words). */
export const tariffEvents = (data: Dataset): readonly ChartEvent[] =>
  tariffDayDates(data).map((date, i) => ({
    n: i + 1,
    date,
    items: dayOf(data, date).changes.map(
      (c) => `${c.side === 'US' ? 'U.S.' : 'China'}: ${c.action} (${c.rateText})`,
    ),
  }));

/**
 * The home page's chart: both stacks from the start of the data to the last verified day, in
 * two panels with their own scales (the first trade war's lists, then the all-goods spike),
 * numbered at every date a stack changed, and the IEEPA period marked as held unlawful.
 */
export const tariffHistoryChart = (
  data: Dataset,
  { heldUnlawful = heldUnlawfulBands(heldUnlawfulPeriods(data, 'US')) }: TariffHistoryOptions = {},
): ChartSpec => {
  const full = tariffStepsChart(data, tariffWindows(data).full);
  const windows = historyWindows(data);
  const panels: Panel[] = windows.map((w) => {
    const series = [
      ...sideSeries('US', tariffWindow(data, 'US', w).steps, w.to),
      ...sideSeries('CN', tariffWindow(data, 'CN', w).steps, w.to),
    ];
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
  // Peaks and the last verified day as core's overview gives them (its "today" plays no part).
  const [us, cn] = overview(data, data.asOf).tariffs;
  const { from, bothVerifiedThrough: to } = tariffCoverage(data);
  const early = windows.length > 1 ? windows[0] : undefined;
  // Each side over the first era, as core sums it up: nothing on all goods, lists up to a peak.
  const earlySides = early
    ? (['US', 'CN'] as const).map((side) => tariffWindow(data, side, early))
    : undefined;
  const earlyDay = early ? dayOf(data, early.to) : undefined;
  const summary = [
    `Step chart of the additional tariffs each side charged the other, ${formatDate(from)} to ${formatDate(to)}, the last verified day, in ${panels.length} panels with their own scales.`,
    early && earlySides?.every((s) => !s.chargedOnAllGoods)
      ? `From ${early.from.slice(0, 4)} to ${early.to.slice(0, 4)} neither side charged anything extra on all goods; goods on U.S. product lists paid up to ${earlySides[0]?.listedPeak.text}, on China’s up to ${earlySides[1]?.listedPeak.text}.`
      : '',
    `The U.S. rate on all Chinese goods peaked at ${us.peak.text} from ${us.peak.dateText}, China’s on all U.S. goods at ${cn.peak.text} from ${cn.peak.dateText}.`,
    heldUnlawful.length > 0
      ? `The hatched band marks the IEEPA tariffs, charged then and later held unlawful by the Supreme Court.`
      : '',
    `On ${us.latest.dateText} they stood at ${us.latest.text} and ${cn.latest.text}.`,
  ]
    .filter((t) => t !== '')
    .join(' ');

  return {
    ...full,
    id: 'tariff-history',
    title: `Additional tariffs both ways, ${from.slice(0, 4)}–${to.slice(0, 4)}`,
    units: 'Additional tariff, percent of the goods’ value. Each panel has its own scale',
    summary,
    notes: [
      ...(early && earlyDay
        ? [
            `No tariff on all goods did not mean no tariffs: on ${formatDate(early.to)} goods on U.S. lists paid ${earlyDay.sides[0].listedSummary ?? 'nothing extra'}; goods on China’s lists paid ${earlyDay.sides[1].listedSummary ?? 'nothing extra'}.`,
          ]
        : []),
      ...heldUnlawfulPeriods(data, 'US').map((p) => `Hatched: ${p.label}.`),
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
