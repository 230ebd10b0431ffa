import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { percentChange } from './change';
import {
  exportShareChangePp,
  exportShareToUs,
  tradeChange,
  tradeInYear,
  tradeTable,
} from './trade';

describe('tradeInYear', () => {
  it('totals 2024 as exports + imports = 143.5 + 438.9', () => {
    const row = tradeInYear(dataset, 2024);
    expect(row.totalUsdBn).toBeCloseTo(143.5 + 438.9, 9);
    expect(row.balanceUsdBn).toBeCloseTo(143.5 - 438.9, 9);
    expect(row.publishedBalanceUsdBn).toBe(-295.4);
  });

  it('totals 2018 as 120.3 + 539.5, and 120.3 + 538.5 on revised imports', () => {
    expect(tradeInYear(dataset, 2018).totalUsdBn).toBeCloseTo(120.3 + 539.5, 9);
    // The revised vintage has only imports for 2018, so no total.
    expect(tradeInYear(dataset, 2018, 'revised').importsUsdBn).toBe(538.5);
  });

  it('leaves 2017 without exports, imports or a total (not verified), but with its balance', () => {
    expect(tradeInYear(dataset, 2017)).toEqual({
      year: 2017,
      exportsUsdBn: undefined,
      importsUsdBn: undefined,
      totalUsdBn: undefined,
      balanceUsdBn: undefined,
      publishedBalanceUsdBn: -375,
    });
  });
});

describe('tradeTable', () => {
  it('covers 2015–2025 in order', () => {
    expect(tradeTable(dataset).map((r) => r.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });

  it('totals 2025 as first reported, 106.3 + 308.4, and after the 2026 revision, 106.0 + 308.7', () => {
    expect(tradeInYear(dataset, 2025).totalUsdBn).toBeCloseTo(106.3 + 308.4, 9);
    expect(tradeInYear(dataset, 2025, 'revised-2026').totalUsdBn).toBeCloseTo(106.0 + 308.7, 9);
    expect(tradeInYear(dataset, 2025).publishedBalanceUsdBn).toBe(-202.1);
  });

  it('gives 2023 on the 2026 revision, the only vintage with a citable page: 147.6 + 427.2', () => {
    expect(tradeInYear(dataset, 2023).totalUsdBn).toBeCloseTo(147.6 + 427.2, 9);
  });

  it('computes balances within a rounding of the published ones, except where vintages differ', () => {
    for (const row of tradeTable(dataset)) {
      if (row.balanceUsdBn === undefined || row.publishedBalanceUsdBn === undefined) continue;
      const gap = Math.abs(row.balanceUsdBn - row.publishedBalanceUsdBn);
      // 2020: Census published −310.8 against 124.5 − 434.7 = −310.2 (a conflict by vintage).
      // 2023: imports are published rounded to the billion.
      const allowed = row.year === 2020 ? 0.7 : row.year === 2023 ? 0.6 : 0.11;
      expect(gap, String(row.year)).toBeLessThanOrEqual(allowed);
    }
  });
});

describe('tradeChange', () => {
  it('gives the article’s 2018 → 2024 change: (582.4 − 659.8) / 659.8', () => {
    const change = tradeChange(dataset, 2018, 2024);
    expect(change.totalChangeUsdBn).toBeCloseTo(582.4 - 659.8, 9);
    expect(change.totalChangePct).toBeCloseTo(percentChange(659.8, 582.4), 9);
    expect(change.exportsChangePct).toBeCloseTo(percentChange(120.3, 143.5), 9);
    expect(change.importsChangePct).toBeCloseTo(percentChange(539.5, 438.9), 9);
    // Balance −419.2 → −295.4: a deficit narrower by 123.8.
    expect(change.balanceChangeUsdBn).toBeCloseTo(143.5 - 438.9 - (120.3 - 539.5), 9);
  });

  it('refuses a year without verified exports and imports', () => {
    expect(() => tradeChange(dataset, 2017, 2024)).toThrow(
      /no verified exports and imports for 2017/,
    );
  });
});

describe('exportShareToUs', () => {
  it('computes 478.4 / 2,500 for 2018, 524.656 / 3,577.222 for 2024 and 420.050 / 3,771.87 for 2025', () => {
    const shares = exportShareToUs(dataset);
    expect(shares.map((s) => s.year)).toEqual([2018, 2024, 2025]);
    expect(shares[0]?.sharePct).toBeCloseTo((478.4 / 2500) * 100, 9);
    expect(shares[1]?.sharePct).toBeCloseTo((524.656 / 3577.222) * 100, 9);
    expect(shares[2]?.sharePct).toBeCloseTo((420.05 / 3771.87) * 100, 9);
    expect(exportShareChangePp(dataset)).toBeCloseTo((420.05 / 3771.87 - 478.4 / 2500) * 100, 9);
  });
});
