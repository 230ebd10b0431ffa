import {
  type Dataset,
  type Economy,
  firstAllGoodsTariffDay,
  formatDate,
  formatPercent,
  type SideWindowView,
  sourceRefs,
  type TariffStep,
  tariffCoverage,
  tariffWindow,
} from '@tradetalks/core';
import { dateColumn, economyColumn, pctColumn, textColumn } from '../columns';
import { utcMs } from '../layout';
import type { Cell, ChartSpec, LinePoint, LineSeries } from '../types';

export interface TariffWindow {
  readonly id: string;
  readonly title: string;
  readonly from: string;
  readonly to: string;
}

/**
 * The whole history to the last verified day, and a close-up from the year of the first
 * tariff on all goods, where most of the steps are.
 */
export const tariffWindows = (data: Dataset): { full: TariffWindow; recent: TariffWindow } => {
  const { from, bothVerifiedThrough: to } = tariffCoverage(data);
  const first = (firstAllGoodsTariffDay(data) ?? to).slice(0, 4);
  return {
    full: {
      id: 'tariff-steps',
      title: `Additional tariffs each side charged the other, ${from.slice(0, 4)}–${to.slice(0, 4)}`,
      from,
      to,
    },
    recent: {
      id: 'tariff-steps-recent',
      title: `${first}–${to.slice(0, 4)} close up: tariffs on all goods, the ruling, what replaced them`,
      from: `${first}-01-01`,
      to,
    },
  };
};

export const SIDES = {
  US: { name: 'the U.S.', goods: 'Chinese goods', short: 'U.S.', marker: 'circle' },
  CN: { name: 'China', goods: 'U.S. goods', short: 'China', marker: 'triangle' },
} as const;

export type Pick = (step: TariffStep) => number;
export const allGoods: Pick = (s) => s.allGoods.maxPct;
export const listed: Pick = (s) => s.highestOnListedGoods.maxPct;

/** Points where the picked value changes, plus an unmarked point at the window's end. */
export const stepPoints = (steps: readonly TariffStep[], pick: Pick, to: string): LinePoint[] => {
  const points: LinePoint[] = [];
  for (const [i, step] of steps.entries()) {
    const y = pick(step);
    const previous = points[points.length - 1];
    if (previous !== undefined && previous.y === y) continue;
    points.push({ x: utcMs(step.date), y, unmarked: i === 0 });
  }
  const last = points[points.length - 1];
  if (last !== undefined) points.push({ x: utcMs(to), y: last.y, unmarked: true });
  return points;
};

/** One side's window in words, from core's summary of it (peaks, the last day, since when). */
const describeSide = (view: SideWindowView): string => {
  const { name, goods } = SIDES[view.side];
  const { allGoodsPeak: peak, latest, window } = view;
  const nowText = `${latest.allGoods.text} on ${latest.allGoods.dateText}, the last verified day`;
  const listedSince =
    view.listedFrom === window.from
      ? ' Goods on its product lists already paid extra when the chart starts.'
      : view.listedFrom
        ? ` Goods on its product lists paid extra from ${formatDate(view.listedFrom)}.`
        : '';
  if (!view.chargedOnAllGoods) {
    return `${name} charged nothing extra on all ${goods}; goods on its lists paid up to ${latest.listed.text}.`;
  }
  return (
    `${name[0]?.toUpperCase()}${name.slice(1)}’s rate on all ${goods} peaked at ${peak.text} ` +
    `from ${peak.dateText} (up to ${view.listedAtAllGoodsPeak.text} on goods also on its lists) ` +
    `and was ${nowText}${view.belowPeak ? ', down from the peak' : ''}.${listedSince}`
  );
};

/** The all-goods and most-on-a-listed-good lines of one side, as step series. */
export const sideSeries = (
  side: Economy,
  steps: readonly TariffStep[],
  to: string,
  endLabels = true,
): LineSeries[] => {
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
      points: stepPoints(steps, allGoods, to),
      ...(endLabels && last ? { endLabel: `${s.short} all ${formatPercent(allGoods(last))}` } : {}),
    },
    {
      key: `${side}-listed`,
      label: `${s.short}: most on a listed good`,
      tone,
      dash: side === 'US' ? 'dashed' : 'dotted',
      marker: 'none',
      curve: 'step',
      points: stepPoints(steps, listed, to),
      ...(endLabels && last
        ? { endLabel: `${s.short} listed ${formatPercent(listed(last))}` }
        : {}),
    },
  ];
};

/** A step chart of the all-goods and highest listed-goods stacks, both ways, over a window. */
export const tariffStepsChart = (data: Dataset, w: TariffWindow): ChartSpec => {
  const usView = tariffWindow(data, 'US', w);
  const cnView = tariffWindow(data, 'CN', w);
  const us = usView.steps;
  const cn = cnView.steps;
  const rows: Cell[][] = [
    ...us.map((s) => ({ side: 'US' as const, s })),
    ...cn.map((s) => ({ side: 'CN' as const, s })),
  ]
    .sort((a, b) => a.s.date.localeCompare(b.s.date) || (a.side === 'US' ? -1 : 1))
    .map(({ side, s }) => [
      s.date,
      side,
      s.allGoods.minPct,
      s.allGoods.maxPct,
      s.highestOnListedGoods.minPct,
      s.highestOnListedGoods.maxPct,
      s.date === w.from ? 'Level in force when the chart starts' : undefined,
    ]);
  const all = [...us, ...cn];
  return {
    id: w.id,
    title: w.title,
    units: 'Additional tariff, percent of the goods’ value, by date it took effect',
    summary:
      `Step chart from ${formatDate(w.from)} to ${formatDate(w.to)}. ` +
      `${describeSide(usView)} ${describeSide(cnView)}`,
    // Every measure in force at some point of the window shaped the lines.
    sources: sourceRefs(
      data,
      data.tariffMeasures.filter((m) => m.effectiveOn <= w.to).flatMap((m) => m.sourceIds),
    ),
    sourcesListedAt: {
      href: '/tariffs/measures',
      label: 'every tariff measure, with its sources',
    },
    notes: [
      '“All goods” sums the layers that apply to everything the other side ships. “Most on a listed good” adds the highest product-list layer on top: a good on one list pays that much; goods on no list pay the all-goods rate. Where a rate is a range, the chart uses its top.',
      'The lines show what importers were charged, including the IEEPA tariffs the Supreme Court later held unlawful.',
    ],
    columns: [
      dateColumn('date', 'From', 'Date the stack took this level'),
      economyColumn('imposed_by', 'Imposed by', 'The side charging the tariff'),
      pctColumn('all_goods_min_pct', 'All goods, low', 'All-goods stack, low end'),
      pctColumn('all_goods_max_pct', 'All goods, high', 'All-goods stack, high end'),
      pctColumn('listed_max_low_pct', 'Listed good, low', 'Highest listed-goods stack, low end'),
      pctColumn('listed_max_high_pct', 'Listed good, high', 'Highest listed-goods stack, high end'),
      textColumn('note', 'Note', 'Why the row is there, where it is not a change'),
    ],
    rows,
    plot: {
      kind: 'line',
      x: { type: 'time', from: w.from, to: w.to },
      y: { min: 0, max: Math.max(...all.map(listed)), format: (v) => formatPercent(v) },
      series: [...sideSeries('US', us, w.to), ...sideSeries('CN', cn, w.to)],
    },
  };
};
