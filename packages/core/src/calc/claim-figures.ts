// A claim's figures: what core recomputed, how a stated or recomputed figure is written, and
// whether the two agree within the rounding the stated one is given to.
import { formatDate } from '../format/date';
import {
  formatChangePct,
  formatIndex,
  formatPercent,
  formatUsdBn,
  formatUsdMn,
} from '../format/number';
import type { StatedFigure } from '../types';
import { dateContains } from './dates';
import { type Interval, overlaps, roundingInterval } from './interval';

/** The units a recomputed figure can have. */
export type FigureUnit =
  | 'percent'
  | 'usd-bn'
  | 'usd-mn'
  | 'usd-bn-chained-2017'
  | 'index'
  | 'percent-change';

/** What core recomputed for a claim, at full precision. */
export type Recomputed =
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly unit: FigureUnit;
      readonly interval: Interval;
    }
  | { readonly kind: 'date'; readonly date: string; readonly endDate?: string | undefined }
  | { readonly kind: 'holds'; readonly holds: boolean; readonly differencePoints: number };

export const formatFigure = (value: number, unit: FigureUnit): string => {
  switch (unit) {
    case 'percent':
      return formatPercent(value, 2);
    case 'percent-change':
      return formatChangePct(value, 2);
    case 'usd-bn':
      return formatUsdBn(value, 2);
    case 'usd-mn':
      return formatUsdMn(value, 1);
    case 'usd-bn-chained-2017':
      return `${formatUsdBn(value, 2)} (2017 dollars)`;
    case 'index':
      return formatIndex(value, 1);
  }
};

/** A stated figure as the article gives it: "12%", "$582.4B", "2018-12". */
export const formatStated = (stated: StatedFigure): string => {
  if ('date' in stated) return formatDate(stated.date);
  if ('holds' in stated) return stated.holds ? 'yes' : 'no';
  const { value, unit, decimals } = stated;
  switch (unit) {
    case 'percent':
      return formatPercent(value, decimals);
    case 'percent-change':
      return formatChangePct(value, decimals);
    case 'usd-bn':
      return formatUsdBn(value, decimals);
    case 'index':
      return formatIndex(value, decimals);
  }
};

/** Whether a stated figure agrees with what was recomputed, allowing for rounding. */
export const agrees = (stated: StatedFigure, recomputed: Recomputed): boolean => {
  if ('date' in stated) {
    if (recomputed.kind !== 'date') return false;
    const { date, endDate } = recomputed;
    return [date, endDate].some(
      (d) => d !== undefined && (dateContains(stated.date, d) || dateContains(d, stated.date)),
    );
  }
  if ('holds' in stated) return recomputed.kind === 'holds' && recomputed.holds === stated.holds;
  if (recomputed.kind !== 'number') return false;
  return overlaps(roundingInterval(stated.value, stated.decimals), recomputed.interval);
};
