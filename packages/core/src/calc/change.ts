const assertFinite = (name: string, value: number): void => {
  if (!Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number, got ${value}`);
};

/**
 * Percent change from `from` to `to`: `(to − from) / |from| × 100`, in percent.
 *
 * `percentChange(659.8, 582.4)` is −11.730…. A negative base keeps the sign meaningful
 * (a deficit shrinking from −400 to −300 is +25%).
 *
 * @throws RangeError when either input is not finite, or `from` is 0 (a change from zero has
 *   no percentage); it never returns `NaN` or `±Infinity`.
 */
export const percentChange = (from: number, to: number): number => {
  assertFinite('from', from);
  assertFinite('to', to);
  if (from === 0)
    throw new RangeError('percentChange: the base (from) is 0, so there is no percentage change');
  return ((to - from) / Math.abs(from)) * 100;
};

/**
 * Change between two rates already in percent, in percentage points: `to − from`.
 * `percentagePointChange(20, 15)` is −5 (pp).
 *
 * @throws RangeError when either input is not finite.
 */
export const percentagePointChange = (fromPct: number, toPct: number): number => {
  assertFinite('fromPct', fromPct);
  assertFinite('toPct', toPct);
  return toPct - fromPct;
};

/**
 * Compound annual growth rate from `from` to `to` over `years`, in percent:
 * `((to / from)^(1 / years) − 1) × 100`. `cagr(100, 121, 2)` is 10.
 *
 * @throws RangeError when an input is not finite, `years` is not positive, `from` is not
 *   positive, or `to` is negative (growth compounding through zero or a sign change is undefined).
 */
export const cagr = (from: number, to: number, years: number): number => {
  assertFinite('from', from);
  assertFinite('to', to);
  assertFinite('years', years);
  if (years <= 0) throw new RangeError(`cagr: years must be positive, got ${years}`);
  if (from <= 0) throw new RangeError(`cagr: the start value must be positive, got ${from}`);
  if (to < 0) throw new RangeError(`cagr: the end value must not be negative, got ${to}`);
  return ((to / from) ** (1 / years) - 1) * 100;
};

/**
 * `part` as a percentage of `whole`, in percent. `sharePct(478.4, 2500)` is 19.136.
 *
 * @throws RangeError when an input is not finite or `whole` is 0.
 */
export const sharePct = (part: number, whole: number): number => {
  assertFinite('part', part);
  assertFinite('whole', whole);
  if (whole === 0) throw new RangeError('sharePct: the whole is 0, so there is no share');
  return (part / whole) * 100;
};

/**
 * Annualized growth between two consecutive quarterly levels, in percent:
 * `((to / from)^4 − 1) × 100` — how BEA states quarterly GDP growth.
 * `annualizedChangePct(23586.54, 23548.21)` is −0.648….
 *
 * @throws RangeError when an input is not finite, `from` is not positive or `to` is negative.
 */
export const annualizedChangePct = (from: number, to: number): number => cagr(from, to, 0.25);
