import type { SideDayView } from '@tradetalks/core';

/**
 * What a side's listed-goods layers covered, to say beside its all-goods rate when that rate
 * is 0%, so 2018–2024 never reads as "no tariffs" (core words it; `undefined` otherwise).
 */
export const listedBeside = (side: SideDayView): string | undefined =>
  side.allGoods.rate.maxPct === 0 ? side.listedSummary : undefined;

/** "0% on all goods (Section 301 lists (2018–2019): 25% on about $250B of goods)". */
export const allGoodsLine = (side: SideDayView): string => {
  const listed = listedBeside(side);
  return `${side.allGoods.text} on all goods${listed ? ` (${listed})` : ''}`;
};
