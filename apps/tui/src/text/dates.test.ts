import { dataset, formatDate } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { showDate, showDateRange } from './dates';

describe('dates, one way', () => {
  it.each([
    ['2025-04-10', '10 Apr 2025'],
    ['2019-09-01', '1 Sept 2019'],
    ['2019-09', 'Sept 2019'],
    ['2025-04', 'Apr 2025'],
    ['2018', '2018'],
    ['2025-Q1', '2025 Q1'],
  ])('%s → %s', (date, shown) => {
    expect(showDate(date)).toBe(shown);
  });
  it('writes spans with the same months', () => {
    expect(showDateRange('2025-05-10', '2025-05-11')).toBe('10–11 May 2025');
    expect(showDateRange('2018-07-06', '2019-01-01')).toBe('6 Jul 2018 – 1 Jan 2019');
    expect(showDateRange('2018-07-06')).toBe('6 Jul 2018');
  });
});

describe('the month table', () => {
  it('writes every day of the data as core does', () => {
    const days = new Set<string>();
    for (const e of dataset.events) if (e.date.length === 10) days.add(e.date);
    for (const m of dataset.tariffMeasures) days.add(m.effectiveOn);
    for (let month = 1; month <= 12; month++) days.add(`2025-${String(month).padStart(2, '0')}-15`);
    for (const day of days) expect(showDate(day)).toBe(formatDate(day, { short: true }));
  });
});
