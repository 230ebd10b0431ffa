import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { tariffCoverage } from './coverage';
import {
  addDays,
  dateContains,
  datePrecision,
  daysBetween,
  eventsInOrder,
  isRealDay,
  lastDayOf,
  monthsBetween,
  parseDateInput,
  parseIsoDay,
} from './dates';
import { eventPassesFilter, filterEvents } from './timeline';

describe('parseDateInput', () => {
  const [min, max] = ['2018-01-01', '2025-11-10'];
  it.each([
    ['2025-04-10', { ok: true, date: '2025-04-10' }],
    [' 2025-04-10 ', { ok: true, date: '2025-04-10' }],
    [
      'text',
      { ok: false, reason: '“text” is not a date in the form YYYY-MM-DD (for example 2025-04-10)' },
    ],
    ['2025-13-45', { ok: false, reason: '2025-13-45 has no month 13 (months run 01–12)' }],
    ['2025-02-30', { ok: false, reason: '2025-02-30 is not a day in the calendar' }],
    [
      '3000-01-01',
      {
        ok: false,
        reason: '3000-01-01 is outside the data, which runs from 2018-01-01 to 2025-11-10',
      },
    ],
    ['', { ok: false, reason: '“” is not a date in the form YYYY-MM-DD (for example 2025-04-10)' }],
  ])('%j', (input, expected) => {
    expect(parseDateInput(input, min, max)).toEqual(expected);
  });

  it('starts the tariff coverage on 1 January of the first measure’s year', () => {
    expect(tariffCoverage(dataset).from).toBe('2018-01-01');
  });
});

describe('partial dates', () => {
  it('reads precision from length and containment from prefix', () => {
    expect(['2018', '2019-05', '2025-05-06'].map((d) => datePrecision(d))).toEqual([
      'year',
      'month',
      'day',
    ]);
    expect(dateContains('2018-12', '2018-12-01')).toBe(true);
    expect(dateContains('2018-12', '2019-12-01')).toBe(false);
  });

  it('orders events by their first possible day', () => {
    const dates = eventsInOrder(dataset).map((e) => e.date.padEnd(10, '-01'));
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('days of any year', () => {
  it('reads years 0–99 as themselves, not as 1900–1999', () => {
    expect(isRealDay(50, 1, 1)).toBe(true);
    expect(isRealDay(4, 2, 29)).toBe(true); // year 4 is a leap year
    expect(isRealDay(1900, 2, 29)).toBe(false);
    expect(parseIsoDay('0050-01-01')).toEqual({ ok: true, date: '0050-01-01' });
  });
  it.each([
    ['2019', '2019-12-31'],
    ['2019-05', '2019-05-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2026-12', '2026-12-31'],
    ['2026-05-20', '2026-05-20'],
  ])('the last day %s can mean is %s', (date, last) => {
    expect(lastDayOf(date)).toBe(last);
  });
});

describe('filterEvents', () => {
  it('filters by year, actor, kind and text together', () => {
    const talks2025 = filterEvents(dataset, { year: 2025, kind: 'talks' });
    expect(talks2025.every((e) => e.date.startsWith('2025') && e.kind === 'talks')).toBe(true);
    const xi = filterEvents(dataset, { actorId: 'xi' });
    expect(xi.every((e) => e.actorIds.includes('xi'))).toBe(true);
    expect(xi.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'g20-buenos-aires-2018',
        'talks-break-down-2019',
        'busan-meeting-2025',
      ]),
    );
    expect(filterEvents(dataset, { text: 'GENEVA' }).length).toBeGreaterThan(0);
    expect(
      filterEvents(dataset, { text: 'he lifeng' }).every((e) => e.actorIds.includes('he-lifeng')),
    ).toBe(true);
  });

  it('filters as eventPassesFilter does, given only a year for the date', () => {
    const filters = [{ year: 2025 }, { kind: 'talks' as const }, { actorId: 'xi', year: 2019 }];
    for (const filter of filters) {
      const kept = dataset.events.filter((e) =>
        eventPassesFilter({ date: e.date.slice(0, 4), kind: e.kind, actorIds: e.actorIds }, filter),
      );
      expect(kept.map((e) => e.id).sort()).toEqual(
        filterEvents(dataset, filter)
          .map((e) => e.id)
          .sort(),
      );
    }
  });
});

describe('stepping through days', () => {
  it.each([
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-02-24', -1, '2026-02-23'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    // from, to, months: a month counts once its day is reached
    ['2026-08-06', '2026-12-01', 3],
    ['2026-08-06', '2026-12-06', 4],
    ['2025-11-10', '2026-12-01', 12],
    ['2026-12-01', '2026-08-06', -3],
    ['2026-01-31', '2026-02-28', 0],
  ])('monthsBetween(%s, %s) is %i', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });

  it('counts days across a leap year: 2024-01-01 to 2025-01-01 is 366', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it.each([
    ['06/01/2019', 'malformed'],
    ['2019-6-1', 'malformed'],
    ['2025-00-10', 'no-such-month'],
    ['2025-02-29', 'no-such-day'],
  ])('parseIsoDay(%j) fails as %s', (input, problem) => {
    const parsed = parseIsoDay(input);
    expect(parsed.ok ? undefined : parsed.problem).toBe(problem);
  });
});

describe('dataAge', () => {
  it.each([
    ['2026-08-06', 'today'],
    ['2026-08-07', 'yesterday'],
    ['2026-08-20', '14 days ago'],
    ['2026-09-06', '1 month ago'],
    ['2026-12-01', '3 months ago'],
    ['2028-08-06', '2 years ago'],
    ['2026-08-01', '5 days after today'],
    // A clock set behind the data: 2020 (366) + 2021–2025 (4 × 365 + 366) + 1 Jan → 6 Aug 2026
    // (212 + 5) = 366 + 1,826 + 217 = 2,409 days, with a thousands mark.
    ['2020-01-01', '2,409 days after today'],
  ])('on %s the data (as of 2026-08-06) is %s', async (today, ago) => {
    const { dataAge } = await import('./age');
    const age = dataAge(dataset, today);
    expect(age.ago).toBe(ago);
    expect(age.shortText).toBe(`data as of 6 Aug 2026, ${ago}`);
    expect(age.shortSentence).toBe(`Data as of 6 Aug 2026, ${ago}`);
  });
});
