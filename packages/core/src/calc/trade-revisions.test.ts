import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { largestRevisionUsdBn, tradeRevisions } from './trade-revisions';

describe('tradeRevisions', () => {
  it('pairs each revised figure with the first-reported one', () => {
    const rows = tradeRevisions(dataset).map((r) => [r.seriesId, r.year, r.changeUsdBn]);
    expect(rows).toEqual([
      ['us-exports-to-china', 2024, expect.closeTo(143.2 - 143.5, 9)],
      ['us-imports-from-china', 2018, expect.closeTo(538.5 - 539.5, 9)],
      ['us-imports-from-china', 2024, expect.closeTo(438.7 - 438.9, 9)],
      ['us-balance-with-china', 2018, expect.closeTo(-418.2 - -419.2, 9)],
      ['us-balance-with-china', 2024, expect.closeTo(-295.5 - -295.4, 9)],
    ]);
  });

  it('finds the largest revision: 2018 imports and balance, by $1.0B (538.5 − 539.5)', () => {
    expect(largestRevisionUsdBn(dataset)).toBeCloseTo(Math.abs(538.5 - 539.5), 9);
  });
});
