import type { TradeYear } from '@tradetalks/core';
import { integer, object } from '../json/schema-parts';

const usdBn = { type: ['number', 'null'], description: 'US$ billions; null where not verified' };

/** A year of goods trade with every figure present, `null` where it is not verified. */
export const tradeYearJson = (y: TradeYear) => ({
  year: y.year,
  exportsUsdBn: y.exportsUsdBn ?? null,
  importsUsdBn: y.importsUsdBn ?? null,
  totalUsdBn: y.totalUsdBn ?? null,
  balanceUsdBn: y.balanceUsdBn ?? null,
  publishedBalanceUsdBn: y.publishedBalanceUsdBn ?? null,
});

export const tradeYearSchema = object({
  year: integer,
  exportsUsdBn: usdBn,
  importsUsdBn: usdBn,
  totalUsdBn: usdBn,
  balanceUsdBn: usdBn,
  publishedBalanceUsdBn: usdBn,
});
