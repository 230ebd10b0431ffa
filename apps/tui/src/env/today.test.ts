import { describe, expect, it } from 'vitest';
import { todayFrom } from './today';

describe('today', () => {
  it('is the clock’s calendar day in UTC', () => {
    expect(todayFrom({}, new Date('2026-12-01T23:30:00Z'))).toEqual({
      ok: true,
      date: '2026-12-01',
    });
  });
  it('is fixed by TRADETALKS_TODAY, for tests', () => {
    expect(todayFrom({ TRADETALKS_TODAY: '2027-01-15' }, new Date('2026-12-01'))).toEqual({
      ok: true,
      date: '2027-01-15',
    });
  });
  it('refuses an override that is not a day, saying why', () => {
    const result = todayFrom({ TRADETALKS_TODAY: '2026-02-30' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(
      'TRADETALKS_TODAY: 2026-02-30 is not a day in the calendar',
    );
  });
});
