import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import {
  adjacentChangeDates,
  peakStack,
  tariffChangeDates,
  tariffStackOn,
  tariffSteps,
} from './tariff-stack';

const allGoods = (side: 'US' | 'CN', date: string) => tariffStackOn(dataset, side, date).allGoods;
const measureIds = (side: 'US' | 'CN', date: string) =>
  tariffStackOn(dataset, side, date).layers.map((l) => l.measure.id);

describe('tariffStackOn', () => {
  it('sums the U.S. IEEPA layers on 10 April 2025 to 145% = 20% fentanyl + 125% reciprocal', () => {
    const stack = tariffStackOn(dataset, 'US', '2025-04-10');
    const ieepa = stack.layers.filter((l) => l.layer.scope === 'all-goods');
    expect(ieepa.map((l) => [l.layer.id, l.rate?.minPct])).toEqual([
      ['us-ieepa-fentanyl', 20],
      ['us-ieepa-reciprocal', 125],
    ]);
    expect(stack.allGoods).toEqual({ minPct: 20 + 125, maxPct: 20 + 125 });
  });

  it('keeps Section 301 lists as listed-goods layers on top (List 3 at 25% → 145 + 25)', () => {
    const stack = tariffStackOn(dataset, 'US', '2025-04-10');
    expect(
      stack.layers.filter((l) => l.layer.scope === 'listed-goods').map((l) => l.measure.id),
    ).toEqual(['us-301-list-1-25', 'us-301-list-2-25', 'us-301-list-3-25', 'us-301-list-4a-7-5']);
    expect(stack.highestOnListedGoods.maxPct).toBe(145 + 25);
  });

  it('has China at 84% on 10 April and 125% from 12 April 2025', () => {
    expect(allGoods('CN', '2025-04-10').maxPct).toBe(84);
    expect(allGoods('CN', '2025-04-11').maxPct).toBe(84);
    expect(allGoods('CN', '2025-04-12').maxPct).toBe(125);
  });

  it('falls to 30% (10 + 20) and 10% after Geneva, on 14 May 2025', () => {
    expect(allGoods('US', '2025-05-13').maxPct).toBe(20 + 125);
    expect(allGoods('US', '2025-05-14')).toEqual({ minPct: 10 + 20, maxPct: 10 + 20 });
    expect(allGoods('CN', '2025-05-14')).toEqual({ minPct: 10, maxPct: 10 });
  });

  it('follows the April 2025 steps PIIE describes: +10 on 5 April, +74 on 9 April, +41 on 10 April', () => {
    expect(allGoods('US', '2025-04-05').maxPct - allGoods('US', '2025-04-04').maxPct).toBe(10);
    expect(allGoods('US', '2025-04-09').maxPct - allGoods('US', '2025-04-08').maxPct).toBe(74);
    expect(allGoods('US', '2025-04-10').maxPct - allGoods('US', '2025-04-09').maxPct).toBe(41);
  });

  it('lets the 84% replace the 34% that took effect the same day', () => {
    expect(measureIds('US', '2025-04-09')).toContain('us-reciprocal-84');
    expect(measureIds('US', '2025-04-09')).not.toContain('us-reciprocal-34');
  });

  it('halves the fentanyl layer after Busan: 10 + 10 from 10 November 2025', () => {
    expect(allGoods('US', '2025-11-09').maxPct).toBe(10 + 20);
    expect(allGoods('US', '2025-11-10').maxPct).toBe(10 + 10);
  });

  it('ends China’s March 2025 farm tariffs on 10 November 2025', () => {
    expect(measureIds('CN', '2025-11-09')).toContain('cn-farm-2025');
    expect(measureIds('CN', '2025-11-10')).not.toContain('cn-farm-2025');
  });

  it('lists a layer whose rate is not verified without adding to the sums', () => {
    const stack = tariffStackOn(dataset, 'CN', '2019-10-01');
    expect(stack.unknownRateLayers.map((l) => l.id)).toEqual(['cn-2019-75bn']);
    expect(stack.allGoods).toEqual({ minPct: 0, maxPct: 0 });
  });

  it('is empty before the first measure', () => {
    const stack = tariffStackOn(dataset, 'US', '2018-01-01');
    expect(stack.layers).toEqual([]);
    expect(stack.allGoods).toEqual({ minPct: 0, maxPct: 0 });
  });

  it('keeps at most one measure per layer on every day of 2018–2025, both ways', () => {
    const day = new Date(Date.UTC(2018, 0, 1));
    while (day.getUTCFullYear() <= 2025) {
      const date = day.toISOString().slice(0, 10);
      for (const side of ['US', 'CN'] as const) {
        const layers = tariffStackOn(dataset, side, date).layers.map((l) => l.layer.id);
        expect(new Set(layers).size, `${side} on ${date}`).toBe(layers.length);
      }
      day.setUTCDate(day.getUTCDate() + 1);
    }
  });
});

describe('the stack over time', () => {
  it('peaks at 145% for the U.S. (from 10 April 2025) and 125% for China (from 12 April)', () => {
    expect(peakStack(dataset, 'US')).toMatchObject({
      date: '2025-04-10',
      allGoods: { maxPct: 145 },
    });
    expect(peakStack(dataset, 'CN')).toMatchObject({
      date: '2025-04-12',
      allGoods: { maxPct: 125 },
    });
  });

  it('has one step per change date, in order', () => {
    const steps = tariffSteps(dataset, 'US');
    expect(steps.map((s) => s.date)).toEqual(tariffChangeDates(dataset, 'US'));
    expect([...steps.map((s) => s.date)].sort()).toEqual(steps.map((s) => s.date));
  });

  it('moves between tariff actions of either side', () => {
    expect(adjacentChangeDates(dataset, '2025-04-10')).toEqual({
      previous: '2025-04-09',
      next: '2025-04-12',
    });
    const first = tariffChangeDates(dataset)[0] as string;
    expect(adjacentChangeDates(dataset, first).previous).toBeUndefined();
  });
});
