import { describe, expect, it } from 'vitest';
import { tariffSteps } from '../calc/tariff-stack';
import { dataset } from '../data/dataset';
import { tariffDay, tariffDayDates } from './tariff-day';
import { firstAllGoodsTariffDay, tariffWindow } from './tariff-window';

const day = (date: string) => {
  const result = tariffDay(dataset, date);
  if (!result.ok) throw new Error(result.reason);
  return result.view;
};

describe('firstAllGoodsTariffDay', () => {
  it('is the first change day either side charged extra on all goods: the fentanyl tariff', () => {
    const first = firstAllGoodsTariffDay(dataset);
    expect(first).toBe('2025-02-04');
    const before = tariffDayDates(dataset).filter((d) => d < (first as string));
    for (const d of before)
      expect(
        day(d).sides.every((s) => s.allGoods.rate.maxPct === 0),
        d,
      ).toBe(true);
    expect(day(first as string).sides.some((s) => s.allGoods.rate.maxPct > 0)).toBe(true);
  });
});

describe('tariffWindow', () => {
  it('starts with the stacks in force on its first day, then each change inside it', () => {
    const window = { from: '2025-01-01', to: '2025-12-31' };
    for (const side of ['US', 'CN'] as const) {
      const view = tariffWindow(dataset, side, window);
      const start = day(window.from).sides.find((s) => s.side === side);
      expect(view.steps[0]?.date).toBe(window.from);
      expect(view.steps[0]?.allGoods).toEqual(start?.allGoods.rate);
      expect(view.steps[0]?.highestOnListedGoods).toEqual(start?.highestOnListedGoods.rate);
      expect(view.steps.slice(1)).toEqual(
        tariffSteps(dataset, side).filter((s) => s.date > window.from && s.date <= window.to),
      );
    }
  });

  it('finds the U.S. peak of 2025: 20% fentanyl + 125% reciprocal = 145% from 10 April', () => {
    const us = tariffWindow(dataset, 'US', { from: '2025-01-01', to: '2026-11-09' });
    expect(us.allGoodsPeak).toMatchObject({ pct: 20 + 125, text: '145%', date: '2025-04-10' });
    expect(us.chargedOnAllGoods).toBe(true);
    expect(us.belowPeak).toBe(true);
    expect(us.latest.allGoods.pct).toBe(day('2026-11-09').sides[0].allGoods.rate.maxPct);
  });

  it('says when nothing was charged on all goods, and since when listed goods paid', () => {
    const early = { from: '2018-01-01', to: '2024-12-31' };
    for (const side of ['US', 'CN'] as const) {
      const view = tariffWindow(dataset, side, early);
      expect(view.chargedOnAllGoods).toBe(false);
      expect(view.allGoodsPeak.pct).toBe(0);
      expect(view.listedPeak.pct).toBe(
        Math.max(...view.steps.map((s) => s.highestOnListedGoods.maxPct)),
      );
    }
    // The first Section 301 list took effect on 6 July 2018; China answered the same day.
    expect(tariffWindow(dataset, 'US', early).listedFrom).toBe('2018-07-06');
    expect(tariffWindow(dataset, 'CN', early).listedFrom).toBe('2018-07-06');
  });
});
