import { type Dataset, MISSING, tradeChangeView, tradeYearsWithTotals } from '@tradetalks/core';

/** One line of a two-year comparison, as core words it: from, to, change, change in percent. */
export type PairRow = readonly [
  label: string,
  from: string,
  to: string,
  change: string,
  changePct: string,
];

export const pairKey = (from: number, to: number) => `${from}-${to}`;

/**
 * Every ordered pair of years with totals, compared by core's `tradeChangeView` on the
 * server, so the year picker ships text and no calculation.
 */
export const tradePairs = (data: Dataset): Record<string, readonly PairRow[]> => {
  const years = tradeYearsWithTotals(data);
  const out: Record<string, readonly PairRow[]> = {};
  for (const from of years) {
    for (const to of years) {
      if (from === to) continue;
      const v = tradeChangeView(data, from, to);
      out[pairKey(from, to)] = [v.total, v.exports, v.imports, v.balance].map(
        (flow): PairRow => [
          flow.label,
          flow.from.text,
          flow.to.text,
          flow.change.text,
          flow.changePct?.text ?? MISSING,
        ],
      );
    }
  }
  return out;
};
