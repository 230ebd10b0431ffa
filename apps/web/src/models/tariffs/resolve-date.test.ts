import { dataset, parseDateInput, tariffDateRange } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { neighbourDates, resolveDateParam, stateIndexFor } from './resolve-date';

const range = tariffDateRange(dataset);

describe('resolveDateParam', () => {
  it('shows the latest date when there is no ?date=', () => {
    for (const raw of [null, undefined, '', '   ']) {
      expect(resolveDateParam(raw, range)).toEqual({ date: range.max });
    }
  });

  it('uses a real day inside the data', () => {
    expect(resolveDateParam('2025-04-10', range)).toEqual({ date: '2025-04-10' });
    expect(resolveDateParam(range.min, range)).toEqual({ date: range.min });
  });

  it.each([
    ['text', 'tariffs'],
    ['an impossible month and day', '2025-13-45'],
    ['a day that does not exist', '2025-02-30'],
    ['a year far outside the data', '3000-01-01'],
    ['a date before the data', '1999-12-31'],
    ['a date with a time', '2025-04-10T00:00'],
  ])('falls back to the latest date with core’s reason for %s', (_, raw) => {
    const resolved = resolveDateParam(raw, range);
    const parsed = parseDateInput(raw, range.min, range.max);
    expect(parsed.ok).toBe(false);
    expect(resolved.date).toBe(range.max);
    expect(resolved.problem).toBe(parsed.ok ? undefined : parsed.reason);
    expect(resolved.problem).not.toMatch(/NaN|undefined/);
  });
});

describe('stateIndexFor', () => {
  const starts = ['2018-01-01', '2018-07-06', '2025-04-10'];

  it('picks the stretch a date falls in', () => {
    expect(stateIndexFor(starts, '2018-01-01')).toBe(0);
    expect(stateIndexFor(starts, '2018-07-05')).toBe(0);
    expect(stateIndexFor(starts, '2018-07-06')).toBe(1);
    expect(stateIndexFor(starts, '2025-04-09')).toBe(1);
    expect(stateIndexFor(starts, '2025-11-10')).toBe(2);
  });

  it('uses the first stretch for a date before every start', () => {
    expect(stateIndexFor(starts, '2017-01-01')).toBe(0);
  });
});

describe('neighbourDates', () => {
  const dates = ['2018-07-06', '2019-05-10', '2025-04-10'];

  it('finds the change before and after a date', () => {
    expect(neighbourDates(dates, '2019-05-10')).toEqual({
      previous: '2018-07-06',
      next: '2025-04-10',
    });
    expect(neighbourDates(dates, '2020-01-01')).toEqual({
      previous: '2019-05-10',
      next: '2025-04-10',
    });
  });

  it('has no previous before the first change and no next after the last', () => {
    expect(neighbourDates(dates, '2018-01-01').previous).toBeUndefined();
    expect(neighbourDates(dates, '2025-11-10').next).toBeUndefined();
  });
});
