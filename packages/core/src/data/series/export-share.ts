import type { Series } from '../../types';

// The two halves of "China's export share going to the U.S."; calc/trade.ts divides them.
export const chinaExportsToUs = {
  id: 'china-exports-to-us',
  title: 'China’s goods exports to the United States',
  unit: 'usd-bn',
  basis: 'China’s side of the trade, nominal US$ billions (2018: China customs; 2024: UN COMTRADE)',
  basisCode: 'level',
  frequency: 'annual',
  decimals: 1,
  nonNegative: true,
  note: 'The two years come from different compilers (China customs for 2018, UN COMTRADE for 2024), so their ratio to China’s customs total mixes bases.',
  observations: [
    { period: '2018', value: 478.4, sourceIds: ['ap-china-customs-2018'] },
    { period: '2024', value: 525.65, decimals: 2, sourceIds: ['comtrade-china-to-us-2024'] },
  ],
} as const satisfies Series;

export const chinaExportsTotal = {
  id: 'china-exports-total',
  title: 'China’s total goods exports',
  unit: 'usd-bn',
  basis: 'China customs, all destinations, nominal US$ billions',
  basisCode: 'level',
  frequency: 'annual',
  decimals: 0,
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
      value: 3580,
      decimals: -1,
      note: 'Reported as $3.58 trillion.',
      sourceIds: ['thestar-china-exports-2024'],
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
    { period: '2018', value: 21.2, sourceIds: ['opportimes-2024'] },
    { period: '2023', value: 13.9, sourceIds: ['opportimes-2024'] },
    { period: '2024', value: 13.4, sourceIds: ['opportimes-2024'] },
  ],
} as const satisfies Series;
