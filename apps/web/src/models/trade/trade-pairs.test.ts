import {
  dataset,
  formatChangePct,
  formatUsdBn,
  STORY_PERIODS,
  tradeChange,
  tradeYearsWithTotals,
} from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { PAIR_LABELS, pairKey, tradePairs } from './trade-pairs';

describe('tradePairs', () => {
  const years = tradeYearsWithTotals(dataset);
  const pairs = tradePairs(dataset);

  it('has every ordered pair of different years, one row per flow', () => {
    expect(Object.keys(pairs)).toHaveLength(years.length * (years.length - 1));
    for (const rows of Object.values(pairs)) expect(rows).toHaveLength(PAIR_LABELS.length);
  });

  it('formats core’s own comparison', () => {
    const to = years.at(-1) ?? STORY_PERIODS.tradeFrom;
    const change = tradeChange(dataset, STORY_PERIODS.tradeFrom, to);
    const [total] = pairs[pairKey(STORY_PERIODS.tradeFrom, to)] ?? [];
    expect(total?.[0]).toBe(formatUsdBn(change.from.totalUsdBn ?? Number.NaN));
    expect(total?.[1]).toBe(formatUsdBn(change.to.totalUsdBn ?? Number.NaN));
    expect(total?.[3]).toBe(formatChangePct(change.totalChangePct));
  });

  it('never shows NaN', () => {
    for (const rows of Object.values(pairs)) {
      for (const row of rows) expect(row.join(' ')).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});
