import type { Series } from '../../types';

// Real GDP levels from one FRED vintage (shared/reference/2026/series.md §2a). Core computes
// the year-on-year and annualized changes from them; none is stored.
export const usRealGdpLevel = {
  id: 'us-real-gdp-level',
  title: 'U.S. real GDP',
  unit: 'usd-bn-chained-2017',
  basis:
    'Real gross domestic product, billions of chained 2017 dollars, seasonally adjusted annual rate (BEA, FRED series GDPC1)',
  basisCode: 'level',
  frequency: 'quarterly',
  decimals: 2,
  nonNegative: true,
  note: 'The levels as FRED carried them when last updated on 2025-12-23; a later vintage (BEA’s 2026 annual update) would change them.',
  observations: [
    { period: '2024-Q1', value: 23082.12, sourceIds: ['fred-gdpc1-card'] },
    { period: '2024-Q4', value: 23586.54, sourceIds: ['fred-gdpc1-card'] },
    { period: '2025-Q1', value: 23548.21, sourceIds: ['fred-gdpc1-card'] },
  ],
} as const satisfies Series;
