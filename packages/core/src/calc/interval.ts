import { annualizedChangePct, percentChange, sharePct } from './change';

/**
 * A closed interval `[low, high]`: where a published, rounded figure's true value lies.
 * Checks compare intervals, so "12%" matches −11.73% because both round to the same figure.
 */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The values that round to `value` at `decimals` places (−2: to the hundred). */
export const roundingInterval = (value: number, decimals: number): Interval => {
  const half = 0.5 * 10 ** -decimals;
  return { low: value - half, high: value + half };
};

export const addIntervals = (intervals: readonly Interval[]): Interval =>
  intervals.reduce((sum, i) => ({ low: sum.low + i.low, high: sum.high + i.high }), {
    low: 0,
    high: 0,
  });

const span = (values: readonly number[]): Interval => ({
  low: Math.min(...values),
  high: Math.max(...values),
});

/** Every percent change from a value in `from` to a value in `to` (`from` must exclude 0). */
export const percentChangeInterval = (from: Interval, to: Interval): Interval =>
  span([from.low, from.high].flatMap((f) => [to.low, to.high].map((t) => percentChange(f, t))));

/** Every share of a value in `part` in a value in `whole` (`whole` must exclude 0). */
export const shareInterval = (part: Interval, whole: Interval): Interval =>
  span([part.low, part.high].flatMap((p) => [whole.low, whole.high].map((w) => sharePct(p, w))));

/** Whether two intervals share a value (touching ends count). */
export const overlaps = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high;

/** Every annualized change from a level in `from` to a level in `to` (`from` must be positive). */
export const annualizedInterval = (from: Interval, to: Interval): Interval =>
  span(
    [from.low, from.high].flatMap((f) => [to.low, to.high].map((t) => annualizedChangePct(f, t))),
  );
