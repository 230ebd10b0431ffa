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
