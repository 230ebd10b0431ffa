import type { RateRange } from '../types';
import { type DecimalOptions, formatDecimal } from './decimal';
import { DISPLAY_DECIMALS, type DisplayUnit } from './precision';

/** Shown in place of a number that is not finite, so a reader never sees NaN or Infinity. */
export const MISSING = '—';
const MINUS = '\u2212';

const fmt = (value: number, options: DecimalOptions): string =>
  Number.isFinite(value) ? formatDecimal(value, options) : MISSING;

const digits = (max: number, min = 0) => ({ maxDigits: max, minDigits: min });

/** A plain number: `formatNumber(2500)` is "2,500". */
export const formatNumber = (value: number, maxDigits = 1): string => fmt(value, digits(maxDigits));

/** A rate or share in percent: `formatPercent(145)` is "145%", `formatPercent(14.68)` "14.7%". */
export const formatPercent = (valuePct: number, maxDigits = 1): string =>
  fmt(valuePct, { ...digits(maxDigits), suffix: '%' });

/** A percent change, always signed: `formatChangePct(-11.73)` is "−11.7%". */
export const formatChangePct = (changePct: number, maxDigits = 1, minDigits = 0): string =>
  fmt(changePct, { signDisplay: 'exceptZero', ...digits(maxDigits, minDigits), suffix: '%' });

/** A change in percentage points, signed: `formatPp(-5)` is "−5 pp". */
export const formatPp = (changePp: number, maxDigits = 1, minDigits = 0): string => {
  const text = fmt(changePp, { signDisplay: 'exceptZero', ...digits(maxDigits, minDigits) });
  return text === MISSING ? text : `${text} pp`;
};

/** US$ billions: `formatUsdBn(582.4)` is "$582.4B", `formatUsdBn(-295.4)` "−$295.4B". */
export const formatUsdBn = (valueUsdBn: number, maxDigits = 1): string =>
  fmt(valueUsdBn, { ...digits(maxDigits), prefix: '$', suffix: 'B' });

/** US$ millions: `formatUsdMn(8329.1)` is "$8,329.1M". */
export const formatUsdMn = (valueUsdMn: number, maxDigits = 1): string =>
  fmt(valueUsdMn, { ...digits(maxDigits), prefix: '$', suffix: 'M' });

/** A signed change in US$ billions: "+$12.3B", "−$77.4B". */
export const formatUsdBnChange = (changeUsdBn: number, maxDigits = 1): string =>
  fmt(changeUsdBn, { signDisplay: 'exceptZero', ...digits(maxDigits), prefix: '$', suffix: 'B' });

/** An index level with its published precision: `formatIndex(49)` is "49.0". */
export const formatIndex = (value: number, decimals = 1): string =>
  fmt(value, digits(decimals, decimals));

/** A rate or a range of rates: "25%", "5–10%". */
export const formatRate = (rate: RateRange | undefined): string => {
  if (rate === undefined) return 'rate not verified';
  if (rate.minPct === rate.maxPct) return formatPercent(rate.minPct);
  return `${formatNumber(rate.minPct)}–${formatPercent(rate.maxPct)}`;
};

/** A count: `formatCount(330000)` is "330,000". */
export const formatCount = (value: number): string => fmt(value, digits(0));

/**
 * Any figure by its unit, at the one precision every surface uses (`DISPLAY_DECIMALS`):
 * "145%", "−11.7%", "+2.0%", "+5.5 pp", "−8.0 pp", "$582.4B", "+$12.3B", "$8,329.1M", "49.0", "330,000".
 */
export const formatValue = (value: number, unit: DisplayUnit): string => {
  const d = DISPLAY_DECIMALS[unit];
  switch (unit) {
    case 'percent':
      return formatPercent(value, d);
    case 'percent-change':
      return formatChangePct(value, d, d);
    case 'pp':
      return formatPp(value, d, d);
    case 'usd-bn':
      return formatUsdBn(value, d);
    case 'usd-bn-change':
      return formatUsdBnChange(value, d);
    case 'usd-mn':
      return formatUsdMn(value, d);
    case 'usd-bn-chained-2017':
      return `${formatUsdBn(value, d)} (2017 dollars)`;
    case 'index':
      return formatIndex(value, d);
    case 'index-points':
      return fmt(value, { signDisplay: 'exceptZero', ...digits(d, d) });
    case 'count':
      return formatCount(value);
    case 'mmt': {
      const text = formatNumber(value, d);
      return text === MISSING ? text : `${text} million tonnes`;
    }
  }
};

/** A minus sign for plain text that `awk` and `sort -n` read: "−5.2%" → "-5.2%". */
export const asciiMinus = (text: string): string => text.replaceAll(MINUS, '-');
