import { formatDate, isoDayOf, toUtcDate } from '@tradetalks/core';
import { scaleLinear, scalePoint, scaleUtc } from 'd3-scale';
import type { XAxis } from './types';

/**
 * Each chart is drawn twice, once per layout, and CSS container queries show the one that
 * fits the space it is in: text stays readable from a 360 px phone to a wide screen
 * without measuring anything in the browser.
 */
export const LAYOUTS = {
  wide: {
    width: 880,
    height: 360,
    margin: { top: 18, right: 132, bottom: 34, left: 58 },
    yTicks: 5,
    xTicks: 9,
    endLabels: true,
  },
  narrow: {
    width: 340,
    height: 270,
    margin: { top: 16, right: 14, bottom: 38, left: 50 },
    yTicks: 4,
    xTicks: 4,
    endLabels: false,
  },
} as const;

export type LayoutName = keyof typeof LAYOUTS;

/** The size of a drawing, its margins, and how many ticks fit. */
export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  readonly yTicks: number;
  readonly xTicks: number;
  readonly endLabels: boolean;
}

export const innerSize = (layout: Layout) => ({
  width: layout.width - layout.margin.left - layout.margin.right,
  height: layout.height - layout.margin.top - layout.margin.bottom,
});

/** A linear y scale over [min, max], extended to round ticks, including zero unless told not to. */
export const yScale = (min: number, max: number, layout: Layout, includeZero = true) => {
  const lo = includeZero ? Math.min(0, min) : min;
  const hi = includeZero ? Math.max(0, max) : max;
  return scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(layout.yTicks)
    .range([innerSize(layout).height, 0]);
};

export interface Tick {
  readonly at: number;
  readonly label: string;
}

/** "Apr 2025" and "Apr", as core writes short months. */
const monthYear = (date: Date) => formatDate(isoDayOf(date).slice(0, 7), { short: true });
const monthOnly = (date: Date) => monthYear(date).split(' ')[0] ?? monthYear(date);

/** Milliseconds since the epoch for a `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) date, at UTC midnight. */
export const utcMs = (date: string): number => toUtcDate(date).getTime();

/** The x position function and its labelled ticks. */
export const xScale = (
  axis: XAxis,
  layout: Layout,
): { at: (x: number) => number; ticks: readonly Tick[] } => {
  const { width } = innerSize(layout);
  if (axis.type === 'band') {
    const indices = axis.categories.map((_, i) => i);
    const scale = scalePoint<number>().domain(indices).range([0, width]).padding(0.4);
    const every = axis.categories.length > layout.xTicks * 1.5 ? 2 : 1;
    return {
      at: (x) => scale(x) ?? 0,
      ticks: axis.categories.flatMap((label, i) =>
        i % every === 0 ? [{ at: scale(i) ?? 0, label }] : [],
      ),
    };
  }
  const from = utcMs(axis.from);
  const to = utcMs(axis.to);
  const scale = scaleUtc().domain([from, to]).range([0, width]);
  const years = (to - from) / (365.25 * 24 * 3600 * 1000);
  const label = (date: Date, i: number) =>
    years > 2.5
      ? String(date.getUTCFullYear())
      : date.getUTCMonth() === 0 || i === 0
        ? monthYear(date)
        : monthOnly(date);
  const ticksOf = (dates: readonly Date[]): Tick[] =>
    dates.map((date, i) => ({ at: scale(date), label: label(date, i) }));
  // Fewer ticks until no two labels touch. Between quarters and years d3 has no step, so
  // half-years come from the quarters (a narrow drawing of two years: Jan, Jul, Jan, Jul).
  const candidates: Tick[][] = [];
  for (let count = layout.xTicks; count >= 2; count -= 1) {
    const dates = scale.ticks(count);
    candidates.push(ticksOf(dates));
    const halfYears = dates.filter((d) => d.getUTCDate() === 1 && d.getUTCMonth() % 6 === 0);
    if (years <= 2.5 && halfYears.length >= 2 && halfYears.length < dates.length) {
      candidates.push(ticksOf(halfYears));
    }
  }
  const ticks = candidates.find(fits) ?? candidates.at(-1) ?? [];
  return { at: (x) => scale(x), ticks };
};

/** Roughly how wide an axis label is at 13 px, plus the gap it needs. */
const labelWidth = (label: string) => label.length * 7 + 10;

/** Whether no two neighbouring tick labels touch. */
export const fits = (ticks: readonly Tick[]): boolean =>
  ticks.every((tick, i) => {
    const last = ticks[i - 1];
    return (
      last === undefined ||
      tick.at - last.at >= (labelWidth(last.label) + labelWidth(tick.label)) / 2
    );
  });

/** Spread labels at least `gap` apart vertically, keeping their order. */
export const dodge = (ys: readonly number[], gap: number): number[] => {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = [...ys];
  let last = Number.NEGATIVE_INFINITY;
  for (const item of order) {
    const y = Math.max(item.y, last + gap);
    out[item.i] = y;
    last = y;
  }
  return out;
};
