import { type TariffStep, tariffStackOn, tariffSteps } from '../calc/tariff-stack';
import { formatDate } from '../format/date';
import { formatPercent } from '../format/number';
import type { Dataset, Economy } from '../types';
import { tariffDayDates } from './tariff-day';

/** A stretch of days a chart or a summary covers, first to last inclusive (`YYYY-MM-DD`). */
export interface DayWindow {
  readonly from: string;
  readonly to: string;
}

/** A rate of the stacks, at the top of its range (as the charts draw it), with its day. */
export interface StepFigure {
  readonly pct: number;
  /** "145%". */
  readonly text: string;
  /** The first day it was charged within the window. */
  readonly date: string;
  readonly dateText: string;
}

/** One side's tariffs over a window, summed up for a chart and its description. */
export interface SideWindowView {
  readonly side: Economy;
  readonly window: DayWindow;
  /** The stacks in force on `window.from`, then each change after it to `window.to`. */
  readonly steps: readonly TariffStep[];
  /** The highest rate on all goods within the window, from the first day it was charged. */
  readonly allGoodsPeak: StepFigure;
  /** The most a single listed good paid within the window (all goods plus its list). */
  readonly listedPeak: StepFigure;
  /** What a good on the peak day's lists paid on top of the all-goods peak: the top then. */
  readonly listedAtAllGoodsPeak: StepFigure;
  /** The stacks on `window.to`. */
  readonly latest: { readonly allGoods: StepFigure; readonly listed: StepFigure };
  /** Whether anything extra was charged on all goods on some day of the window. */
  readonly chargedOnAllGoods: boolean;
  /** The first day in the window a listed good paid extra: `window.from` if one already did. */
  readonly listedFrom: string | undefined;
  /** Whether the all-goods rate on `window.to` is below its peak in the window. */
  readonly belowPeak: boolean;
}

const figure = (pct: number, date: string): StepFigure => ({
  pct,
  text: formatPercent(pct),
  date,
  dateText: formatDate(date),
});

const allGoods = (s: TariffStep) => s.allGoods.maxPct;
const listed = (s: TariffStep) => s.highestOnListedGoods.maxPct;

/** The first step with the highest `value` (the first day that level was charged). */
const peakOf = (steps: readonly TariffStep[], value: (s: TariffStep) => number): TariffStep =>
  steps.reduce((best, s) => (value(s) > value(best) ? s : best));

/**
 * One side's tariffs from `window.from` to `window.to`: its steps there (starting with the
 * level in force on the first day), the peaks on all goods and on a listed good, the level on
 * the last day, and whether and since when anything was charged.
 */
export const tariffWindow = (
  dataset: Dataset,
  side: Economy,
  window: DayWindow,
): SideWindowView => {
  const start = tariffStackOn(dataset, side, window.from);
  const first: TariffStep = {
    date: window.from,
    allGoods: start.allGoods,
    highestOnListedGoods: start.highestOnListedGoods,
  };
  const steps = [
    first,
    ...tariffSteps(dataset, side).filter((s) => s.date > window.from && s.date <= window.to),
  ];
  const peak = peakOf(steps, allGoods);
  const top = peakOf(steps, listed);
  const last = steps[steps.length - 1] ?? first;
  const firstListed = steps.find((s) => listed(s) > 0);
  return {
    side,
    window,
    steps,
    allGoodsPeak: figure(allGoods(peak), peak.date),
    listedPeak: figure(listed(top), top.date),
    listedAtAllGoodsPeak: figure(listed(peak), peak.date),
    latest: {
      allGoods: figure(allGoods(last), window.to),
      listed: figure(listed(last), window.to),
    },
    chargedOnAllGoods: allGoods(peak) > 0,
    listedFrom: firstListed?.date,
    belowPeak: allGoods(last) < allGoods(peak),
  };
};

/**
 * The first change day on which either side charged something extra on all goods (in 2025),
 * or `undefined`: before it, only goods on product lists paid extra.
 */
export const firstAllGoodsTariffDay = (dataset: Dataset): string | undefined =>
  tariffDayDates(dataset).find((date) =>
    (['US', 'CN'] as const).some((side) => tariffStackOn(dataset, side, date).allGoods.maxPct > 0),
  );
