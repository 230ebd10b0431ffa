import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './date';
import {
  formatChangePct,
  formatIndex,
  formatNumber,
  formatPercent,
  formatPp,
  formatRate,
  formatUsdBn,
  formatUsdBnChange,
  formatValue,
  MISSING,
} from './number';

describe('number formatting', () => {
  it.each([
    [formatPercent(145), '145%'],
    [formatPercent((525.65 / 3580) * 100), '14.7%'],
    [formatPercent((525.65 / 3580) * 100, 2), '14.68%'],
    [formatChangePct(((582.4 - 659.8) / 659.8) * 100), '−11.7%'],
    [formatChangePct(3.8), '+3.8%'],
    [formatChangePct(0), '0%'],
    [formatPp(12 - 20), '−8 pp'],
    [formatPp(0.5), '+0.5 pp'],
    // formatValue: changes keep their decimal, as statistics offices print them; levels drop a zero.
    [formatValue((23548.21 / 23082.12 - 1) * 100, 'percent-change'), '+2.0%'],
    [formatValue(11.1 - 19.1, 'pp'), '−8.0 pp'],
    [formatValue(0, 'percent-change'), '0.0%'],
    [formatValue(145, 'percent'), '145%'],
    [formatValue(49, 'index'), '49.0'],
    [formatUsdBn(582.4), '$582.4B'],
    [formatUsdBn(-295.4), '−$295.4B'],
    [formatUsdBn(2500, 0), '$2,500B'],
    [formatUsdBnChange(582.4 - 659.8), '−$77.4B'],
    [formatIndex(49), '49.0'],
    [formatNumber(2500), '2,500'],
    [formatRate({ minPct: 25, maxPct: 25 }), '25%'],
    [formatRate({ minPct: 5, maxPct: 10 }), '5–10%'],
    [formatRate(undefined), 'rate not verified'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('never shows NaN or Infinity', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const format of [
        formatPercent,
        formatChangePct,
        formatPp,
        formatUsdBn,
        formatIndex,
        formatNumber,
      ]) {
        expect(format(bad)).toBe(MISSING);
      }
    }
  });
});

describe('date formatting', () => {
  it.each([
    [formatDate('2025-04-10'), '10 April 2025'],
    [formatDate('2025-04-10', { short: true }), '10 Apr 2025'],
    [formatDate('2019-05'), 'May 2019'],
    [formatDate('2018'), '2018'],
    [formatDate('2025-Q1'), '2025 Q1'],
    [formatDateRange('2025-05-10', '2025-05-11'), '10–11 May 2025'],
    [formatDateRange('2025-07-28'), '28 July 2025'],
    [formatDateRange('2025-06-30', '2025-07-01'), '30 June 2025 – 1 July 2025'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
