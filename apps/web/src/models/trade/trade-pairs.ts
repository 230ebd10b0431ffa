import {
  type Dataset,
  formatChangePct,
  formatUsdBn,
  formatUsdBnChange,
  MISSING,
  tradeChange,
  tradeYearsWithTotals,
} from '@tradetalks/core';

/** The lines of every comparison, in order. */
export const PAIR_LABELS = [
  'Exports + imports',
  'U.S. exports to China',
  'U.S. imports from China',
  'Balance (exports − imports)',
] as const;

/** One line of a two-year comparison, formatted: from, to, change, change in percent. */
export type PairRow = readonly [from: string, to: string, change: string, changePct: string];

const usd = (v: number | undefined) => (v === undefined ? MISSING : formatUsdBn(v));
const pct = (v: number | undefined) => (v === undefined ? MISSING : formatChangePct(v));

export const pairKey = (from: number, to: number) => `${from}-${to}`;

/**
 * Every ordered pair of years with totals, compared by core's `tradeChange` and formatted on
 * the server, so the year picker ships text and no calculation.
 */
export const tradePairs = (data: Dataset): Record<string, readonly PairRow[]> => {
  const years = tradeYearsWithTotals(data);
  const out: Record<string, readonly PairRow[]> = {};
  for (const from of years) {
    for (const to of years) {
      if (from === to) continue;
      const c = tradeChange(data, from, to);
      out[pairKey(from, to)] = [
        [
          usd(c.from.totalUsdBn),
          usd(c.to.totalUsdBn),
          formatUsdBnChange(c.totalChangeUsdBn),
          pct(c.totalChangePct),
        ],
        [
          usd(c.from.exportsUsdBn),
          usd(c.to.exportsUsdBn),
          formatUsdBnChange(c.exportsChangeUsdBn),
          pct(c.exportsChangePct),
        ],
        [
          usd(c.from.importsUsdBn),
          usd(c.to.importsUsdBn),
          formatUsdBnChange(c.importsChangeUsdBn),
          pct(c.importsChangePct),
        ],
        [
          usd(c.from.balanceUsdBn),
          usd(c.to.balanceUsdBn),
          formatUsdBnChange(c.balanceChangeUsdBn),
          MISSING,
        ],
      ];
    }
  }
  return out;
};
