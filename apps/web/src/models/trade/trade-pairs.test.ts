import { ARTICLE_PERIODS, dataset, tradeChangeView, tradeYearsWithTotals } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { pairKey, tradePairs } from './trade-pairs';

describe('tradePairs', () => {
  const years = tradeYearsWithTotals(dataset);
  const pairs = tradePairs(dataset);

  it('has every ordered pair of different years, four flows each', () => {
    expect(Object.keys(pairs)).toHaveLength(years.length * (years.length - 1));
    for (const rows of Object.values(pairs)) expect(rows).toHaveLength(4);
  });

  it('shows core’s own comparison, words and all', () => {
    const { tradeFrom, tradeTo } = ARTICLE_PERIODS;
    const view = tradeChangeView(dataset, tradeFrom, tradeTo);
    const [total, , , balance] = pairs[pairKey(tradeFrom, tradeTo)] ?? [];
    expect(total).toEqual([
      view.total.label,
      view.total.from.text,
      view.total.to.text,
      view.total.change.text,
      view.total.changePct?.text,
    ]);
    // A balance's percentage change would mislead across signs: core gives none.
    expect(balance?.[4]).toBe('—');
  });

  it('never shows NaN', () => {
    for (const rows of Object.values(pairs)) {
      for (const row of rows) expect(row.join(' ')).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});
