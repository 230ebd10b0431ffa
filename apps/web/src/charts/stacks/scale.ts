import { type Dataset, tariffSteps } from '@tradetalks/core';

/** One scale for every stack bar, so bars compare across dates and sides: the highest stack. */
export const stackScaleMaxPct = (data: Dataset): number =>
  Math.max(
    ...(['US', 'CN'] as const).flatMap((side) =>
      tariffSteps(data, side).map((s) => s.highestOnListedGoods.maxPct),
    ),
  );
