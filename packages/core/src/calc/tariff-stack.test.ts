import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import {
  adjacentChangeDates,
  peakListedStack,
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

  it('keeps Section 301 as listed-goods layers on top: the review’s 100% on 10 April 2025 → 145 + 100', () => {
    const stack = tariffStackOn(dataset, 'US', '2025-04-10');
    const lists = stack.layers.filter((l) => l.layer.program === 'section-301-lists');
    expect(lists.map((l) => l.measure.id)).toEqual([
      'us-301-list-1-25',
      'us-301-list-2-25',
      'us-301-list-3-25',
      'us-301-list-4a-7-5',
    ]);
    expect(stack.highestListedLayer?.layer.id).toBe('us-301-review-syringes');
    expect(stack.highestOnListedGoods.maxPct).toBe(145 + 100);
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

  it('keeps at most one measure per layer on every day of 2018–2026, both ways', () => {
    const day = new Date(Date.UTC(2018, 0, 1));
    while (day.getUTCFullYear() <= 2026) {
      const date = day.toISOString().slice(0, 10);
      for (const side of ['US', 'CN'] as const) {
        const layers = tariffStackOn(dataset, side, date).layers.map((l) => l.layer.id);
        expect(new Set(layers).size, `${side} on ${date}`).toBe(layers.length);
      }
      day.setUTCDate(day.getUTCDate() + 1);
    }
  });
});

// The boundary days of the story, both ways. Each expected value is written as its layers:
// all goods = the sum of the all-goods layers; listed = all goods + the highest listed layer.
describe('stacks on the boundary days', () => {
  it.each([
    // side, date, all goods, most on a listed good
    ['US', '2024-09-26', 0, 0 + 25], // Section 301 lists 1–3 at 25%
    ['US', '2024-09-27', 0, 0 + 100], // the review: EVs, syringes and needles at 100%
    ['US', '2025-04-09', 20 + 84, 20 + 84 + 100], // fentanyl + reciprocal at 84%
    ['US', '2025-04-10', 20 + 125, 20 + 125 + 100], // the White House's “up to 245%”
    ['US', '2025-04-12', 20 + 125, 20 + 125 + 100],
    ['US', '2026-02-19', 10 + 10, 10 + 10 + 100], // after Busan: fentanyl 10 + reciprocal 10
    ['US', '2026-02-20', 10 + 10, 10 + 10 + 100], // held unlawful, still collected
    ['US', '2026-02-23', 10 + 10, 10 + 10 + 100], // the last day collected
    ['US', '2026-02-24', 10, 10 + 100], // Section 122 surcharge only
    ['US', '2026-07-23', 10, 10 + 100], // the surcharge's last day
    ['US', '2026-07-24', 12.5, 12.5 + 100], // forced-labour Section 301
    ['US', '2026-11-09', 12.5, 12.5 + 100], // the last verified day
    ['CN', '2024-09-26', 0, 0 + 25], // the 2018 retaliation at 25%
    ['CN', '2025-04-09', 0, 0 + 25],
    ['CN', '2025-04-10', 84, 84 + 25], // Announcement No. 5
    ['CN', '2025-04-12', 125, 125 + 25], // Announcement No. 6
    ['CN', '2026-02-19', 10, 10 + 25],
    ['CN', '2026-02-24', 10, 10 + 25], // no change after the U.S. ruling
    ['CN', '2026-07-24', 10, 10 + 25],
    ['CN', '2026-11-09', 10, 10 + 25],
  ] as const)('%s on %s: %d on all goods, up to %d on a listed good', (side, date, all, listed) => {
    const stack = tariffStackOn(dataset, side, date);
    expect(stack.allGoods.maxPct).toBeCloseTo(all, 9);
    expect(stack.highestOnListedGoods.maxPct).toBeCloseTo(listed, 9);
    expect(stack.afterVerifiedData).toBe(false);
  });

  it('drops the IEEPA layers from 24 February 2026 and ends Section 122 on 24 July 2026', () => {
    const programs = (date: string) =>
      tariffStackOn(dataset, 'US', date)
        .layers.filter((l) => l.layer.scope === 'all-goods')
        .map((l) => l.layer.id);
    expect(programs('2026-02-23')).toEqual(['us-ieepa-fentanyl', 'us-ieepa-reciprocal']);
    expect(programs('2026-02-24')).toEqual(['us-section-122']);
    expect(programs('2026-07-24')).toEqual(['us-301-forced-labour']);
  });

  it('keeps a later day answered with the last verified stack, flagged', () => {
    const today = tariffStackOn(dataset, 'US', '2026-12-01');
    const last = tariffStackOn(dataset, 'US', '2026-11-09');
    expect(today.afterVerifiedData).toBe(true);
    expect(today.allGoods).toEqual(last.allGoods);
  });
});

describe('legal status on the stack', () => {
  const standing = (side: 'US' | 'CN', date: string, layerId: string) => {
    const layer = tariffStackOn(dataset, side, date).layers.find((l) => l.layer.id === layerId);
    return layer?.legal && [layer.legal.onDate, layer.legal.latest];
  };

  it.each([
    // The 145% was charged; on its day nothing had been decided, later it was held unlawful.
    ['2025-04-10', 'us-ieepa-reciprocal', ['unchallenged', 'held-unlawful']],
    ['2026-02-19', 'us-ieepa-fentanyl', ['unchallenged', 'held-unlawful']],
    // Held unlawful on the 20th, still collected to the 23rd.
    ['2026-02-20', 'us-ieepa-fentanyl', ['held-unlawful', 'held-unlawful']],
    ['2026-02-23', 'us-ieepa-reciprocal', ['held-unlawful', 'held-unlawful']],
    ['2026-03-01', 'us-section-122', ['unchallenged', 'held-unlawful-for-plaintiffs-stayed']],
    [
      '2026-05-08',
      'us-section-122',
      ['held-unlawful-for-plaintiffs', 'held-unlawful-for-plaintiffs-stayed'],
    ],
    [
      '2026-05-12',
      'us-section-122',
      ['held-unlawful-for-plaintiffs-stayed', 'held-unlawful-for-plaintiffs-stayed'],
    ],
    ['2026-07-24', 'us-301-forced-labour', ['unchallenged', 'challenged']],
    ['2026-08-03', 'us-301-forced-labour', ['challenged', 'challenged']],
  ] as const)('on %s, %s stands %j', (date, layerId, expected) => {
    expect(standing('US', date, layerId)).toEqual(expected);
  });

  it('gives layers no court has ruled on no legal status', () => {
    expect(standing('US', '2025-04-10', 'us-301-list-3')).toBeUndefined();
    expect(standing('CN', '2025-04-12', 'cn-all-goods')).toBeUndefined();
  });
});

describe('the stack over time', () => {
  it('peaks on a listed good at 245% for the U.S. (100 + 125 + 20, from 10 April 2025)', () => {
    expect(peakListedStack(dataset, 'US')).toMatchObject({
      date: '2025-04-10',
      highestOnListedGoods: { maxPct: 100 + 125 + 20 },
    });
  });

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
