import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import {
  dateContains,
  datePrecision,
  eventsInOrder,
  parseDateInput,
  tariffDateRange,
} from './dates';
import { filterEvents } from './timeline';

describe('parseDateInput', () => {
  const [min, max] = ['2018-01-01', '2025-11-10'];
  it.each([
    ['2025-04-10', { ok: true, date: '2025-04-10' }],
    [' 2025-04-10 ', { ok: true, date: '2025-04-10' }],
    ['text', { ok: false, reason: '“text” is not a date in the form YYYY-MM-DD' }],
    ['2025-13-45', { ok: false, reason: '2025-13-45 has no month 13 (months run 01–12)' }],
    ['2025-02-30', { ok: false, reason: '2025-02-30 is not a day in the calendar' }],
    [
      '3000-01-01',
      {
        ok: false,
        reason: '3000-01-01 is outside the data, which runs from 2018-01-01 to 2025-11-10',
      },
    ],
    ['', { ok: false, reason: '“” is not a date in the form YYYY-MM-DD' }],
  ])('%j', (input, expected) => {
    expect(parseDateInput(input, min, max)).toEqual(expected);
  });

  it('bounds the tariff dates by the data', () => {
    expect(tariffDateRange(dataset)).toEqual({ min: '2018-01-01', max: dataset.asOf });
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

describe('filterEvents', () => {
  it('filters by year, actor, kind and text together', () => {
    const talks2025 = filterEvents(dataset, { year: 2025, kind: 'talks' });
    expect(talks2025.every((e) => e.date.startsWith('2025') && e.kind === 'talks')).toBe(true);
    expect(filterEvents(dataset, { actorId: 'xi' }).map((e) => e.id)).toEqual([
      'g20-buenos-aires-2018',
      'talks-break-down-2019',
      'busan-meeting-2025',
    ]);
    expect(filterEvents(dataset, { text: 'GENEVA' }).length).toBeGreaterThan(0);
    expect(
      filterEvents(dataset, { text: 'he lifeng' }).every((e) => e.actorIds.includes('he-lifeng')),
    ).toBe(true);
  });
});
