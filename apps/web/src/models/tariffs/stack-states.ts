import {
  type Dataset,
  type Economy,
  type TariffStack,
  tariffChangeDates,
  tariffDateRange,
  tariffStackOn,
  tariffSteps,
} from '@tradetalks/core';

/** One side's stack over a stretch of days in which it did not change. */
export interface SideState {
  readonly side: Economy;
  /** First day of the stretch. */
  readonly from: string;
  /** Last day: the day before the next change, or the data's as-of date. */
  readonly to: string;
  /** Whether the stretch runs up to the as-of date. */
  readonly current: boolean;
  readonly stack: TariffStack;
  /** The stack just before `from`; undefined for the first stretch. */
  readonly previous: TariffStack | undefined;
}

const dayBefore = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
};

/**
 * Every stretch of one side's stack, from the start of the data to its as-of date: a
 * picker only needs the stretch a date falls in to show what was in force that day.
 */
export const sideStates = (data: Dataset, side: Economy): readonly SideState[] => {
  const { min, max } = tariffDateRange(data);
  const starts = [min, ...tariffChangeDates(data, side).filter((d) => d > min && d <= max)];
  return starts.map((from, i) => {
    const next = starts[i + 1];
    const before = starts[i - 1];
    return {
      side,
      from,
      to: next === undefined ? max : dayBefore(next),
      current: next === undefined,
      stack: tariffStackOn(data, side, from),
      previous: before === undefined ? undefined : tariffStackOn(data, side, before),
    };
  });
};

/** One scale for every stack bar, so bars compare across dates and sides: the highest stack. */
export const stackScaleMaxPct = (data: Dataset): number =>
  Math.max(
    ...(['US', 'CN'] as const).flatMap((side) =>
      tariffSteps(data, side).map((s) => s.highestOnListedGoods.maxPct),
    ),
  );

/** Every date on which either side's stack starts a stretch: the pages of /tariffs/on/. */
export const stretchStarts = (data: Dataset): readonly string[] =>
  [
    ...new Set(
      (['US', 'CN'] as const).flatMap((side) => sideStates(data, side).map((s) => s.from)),
    ),
  ].sort();
