import type { Series } from '../types';
import { roundHalfExpand } from './decimal';

// How many decimals each unit is shown and stored with, decided once for every surface.

/** The units a figure can have on a surface. */
export type DisplayUnit =
  | 'percent'
  | 'percent-change'
  | 'pp'
  | 'usd-bn'
  | 'usd-bn-change'
  | 'usd-mn'
  | 'usd-bn-chained-2017'
  | 'index'
  | 'index-points'
  | 'count'
  | 'mmt';

/**
 * Decimals a reader sees: at most, trailing zeros dropped, for levels ("145%", "$582.4B");
 * always, for index levels and for changes, as statistics offices print them ("49.0", "+2.0%",
 * "−8.0 pp").
 */
export const DISPLAY_DECIMALS: Record<DisplayUnit, number> = {
  percent: 1,
  'percent-change': 1,
  pp: 1,
  'usd-bn': 1,
  'usd-bn-change': 1,
  'usd-mn': 1,
  'usd-bn-chained-2017': 1,
  index: 1,
  'index-points': 1,
  count: 0,
  mmt: 1,
};

/** The display unit of each series unit: how a series' values are shown and rounded. */
export const SERIES_DISPLAY_UNITS: Record<Series['unit'], DisplayUnit> = {
  'usd-bn': 'usd-bn',
  'usd-mn': 'usd-mn',
  'usd-bn-chained-2017': 'usd-bn-chained-2017',
  percent: 'percent',
  index: 'index',
};

/**
 * Decimals a derived value keeps in JSON, CSV and the story model: enough to recompute a
 * published figure's rounding, never binary-float noise (`-355.29999999999995` is −355.3).
 */
export const DERIVED_DECIMALS: Record<DisplayUnit, number> = {
  percent: 2,
  'percent-change': 2,
  pp: 2,
  'usd-bn': 3,
  'usd-bn-change': 3,
  'usd-mn': 1,
  'usd-bn-chained-2017': 2,
  index: 1,
  'index-points': 1,
  count: 0,
  mmt: 1,
};

/**
 * `value` rounded half away from zero to `decimals` places on its shortest decimal form, as a
 * person would write it and as the formatters show it: `roundTo(-355.29999999999995, 3)` is
 * −355.3, `roundTo(0.1 + 0.2, 2)` is 0.3, `roundTo(1.005, 2)` is 1.01, and −0 becomes 0.
 * Non-finite values pass through (callers show them as missing).
 */
export const roundTo = (value: number, decimals: number): number =>
  Number.isFinite(value) ? roundHalfExpand(value, decimals) : value;

/** A derived value rounded to its unit's stored precision (`DERIVED_DECIMALS`). */
export const roundDerived = (value: number, unit: DisplayUnit): number =>
  roundTo(value, DERIVED_DECIMALS[unit]);
