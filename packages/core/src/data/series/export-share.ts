import type { Series } from '../../types';

// The two halves of "China's export share going to the U.S."; calc/trade.ts divides them.
export const chinaExportsToUs = {
  id: 'china-exports-to-us',
  title: 'China’s goods exports to the United States',
  unit: 'usd-bn',
  basis: 'China customs (GACC), exports to the United States, nominal US$ billions',
  basisCode: 'level',
  frequency: 'annual',
  decimals: 1,
  method: 'General Administration of Customs of China, annual totals in U.S. dollars.',
  nonNegative: true,
  note: 'China’s side of the trade: well above the U.S. Census figure for imports from China (valuation, re-exports through Hong Kong, timing), so compare it only with China’s own customs totals. Shares of China’s exports going to the U.S. in 2024 as published elsewhere differ slightly from what these figures give (rounding, or a revised 2024 base).',
  observations: [
    { period: '2018', value: 478.4, sourceIds: ['ap-china-customs-2018'] },
    { period: '2024', value: 524.656, decimals: 3, sourceIds: ['tradepower-china-exports-2024'] },
    {
      period: '2025',
      value: 420.05,
      decimals: 3,
      sourceIds: ['sputnik-china-us-trade-2025', 'fxco-china-us-trade-2025'],
    },
  ],
} as const satisfies Series;

export const chinaExportsTotal = {
  id: 'china-exports-total',
  title: 'China’s total goods exports',
  unit: 'usd-bn',
  basis: 'China customs (GACC), all destinations, nominal US$ billions',
  basisCode: 'level',
  frequency: 'annual',
  decimals: 0,
  method: 'General Administration of Customs of China, annual totals in U.S. dollars.',
  nonNegative: true,
  observations: [
    {
      period: '2018',
      value: 2500,
      decimals: -2,
      note: 'Reported as about $2.5 trillion.',
      sourceIds: ['ap-china-customs-2018'],
    },
    {
      period: '2024',
      value: 3577.222,
      decimals: 3,
      note: 'Also reported, rounded, as $3.58 trillion.',
      sourceIds: ['tradepower-china-exports-2024', 'thestar-china-exports-2024'],
    },
    {
      period: '2025',
      value: 3771.87,
      decimals: 2,
      sourceIds: ['etnet-gacc-2025-trade', 'ap-china-trade-2025'],
    },
  ],
} as const satisfies Series;

export const chinaShareOfUsImports = {
  id: 'china-share-of-us-imports',
  title: 'China’s share of U.S. goods imports',
  unit: 'percent',
  basis: 'Imports from China as a share of all U.S. goods imports (U.S. Department of Commerce)',
  basisCode: 'share',
  frequency: 'annual',
  decimals: 1,
  note: 'A different measure from China’s export share going to the U.S.: this one is seen from the U.S. side.',
  observations: [
    {
      period: '2025',
      value: 9,
      decimals: 0,
      note: 'Published to a whole percent; the share to one decimal is not in our sources.',
      sourceIds: ['infobae-china-import-share-2025'],
    },
  ],
} as const satisfies Series;
