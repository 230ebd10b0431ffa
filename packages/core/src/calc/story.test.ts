import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { percentChange } from './change';
import { story } from './story';

describe('story', () => {
  const s = story(dataset);

  it('opens with the tariff peaks (20 + 125 and 125) and the stacks as of the data', () => {
    expect(s.tariffs.usPeak.allGoods.maxPct).toBe(20 + 125);
    expect(s.tariffs.chinaPeak.allGoods.maxPct).toBe(125);
    expect(s.tariffs.usNow.date).toBe(dataset.asOf);
  });

  it('compares trade in 2018 with the latest year: (414.7 − 659.8) / 659.8', () => {
    expect([s.trade.from.year, s.trade.to.year]).toEqual([2018, 2025]);
    expect(s.trade.totalChangePct).toBeCloseTo(percentChange(120.3 + 539.5, 106.3 + 308.4), 9);
  });

  it('gives the GDP revision, −0.6 − (−0.3) = −0.3 pp, and the PMI against 50, 49.0 − 50', () => {
    expect(s.gdp.revisionPp).toBeCloseTo(-0.6 - -0.3, 9);
    expect(s.pmi.gapToThreshold).toBeCloseTo(49.0 - 50, 9);
    expect(s.pmi.gapToExpected).toBeCloseTo(49.0 - 49.8, 9);
  });
});
