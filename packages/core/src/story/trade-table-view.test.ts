import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { tradeTableView } from './trade-table-view';

const { years, revisions } = tradeTableView(dataset);
const year = (y: number) => years.find((r) => r.year === y);

describe('tradeTableView', () => {
  it('rounds what it computes: 151.1 − 506.4 is −355.3, 153.8 + 536.8 is 690.6', () => {
    expect(year(2021)?.balance?.value).toBe(-355.3);
    expect(year(2022)?.total?.value).toBe(690.6);
    expect(year(2025)?.balance?.text).toBe('−$202.1B'); // 106.3 − 308.4
    expect(JSON.stringify(years)).not.toMatch(/\d\.\d*0000\d|\d\.\d*9999\d/);
  });

  it('sources every figure on the observations it rests on', () => {
    for (const row of years) {
      for (const f of [row.exports, row.imports, row.total, row.balance, row.publishedBalance]) {
        if (f !== undefined) expect(f.sources.length, f.label).toBeGreaterThan(0);
      }
    }
  });

  it('says where the published balance differs, or is all there is', () => {
    // 124.5 − 434.7 = −310.2 against −310.8 as published
    expect(year(2020)?.balanceNote).toBe(
      '2020: exports − imports give −$310.2B; the balance as published is −$310.8B (another release).',
    );
    expect(year(2017)?.balance).toBeUndefined();
    expect(year(2017)?.balanceNote).toMatch(/only the published balance/);
    expect(year(2024)?.balanceNote).toBeUndefined();
  });

  it('shows exports − imports in one balance column, else the balance as published', () => {
    expect(year(2020)?.shownBalance?.value).toBe(-310.2); // 124.5 − 434.7
    expect(year(2017)?.shownBalance).toEqual(year(2017)?.publishedBalance);
    expect(year(2017)?.shownBalance).toBeDefined();
  });

  it('carries the series’ notes once each', () => {
    const { notes } = tradeTableView(dataset);
    expect(notes.length).toBeGreaterThan(0);
    expect(new Set(notes).size).toBe(notes.length);
  });

  it('gives each revision with its change: 143.2 − 143.5 is −0.3', () => {
    const exports2024 = revisions.find(
      (r) => r.seriesId === 'us-exports-to-china' && r.year === 2024,
    );
    expect(exports2024?.change.value).toBe(-0.3);
    expect(exports2024?.change.text).toBe('−$0.3B');
  });
});
