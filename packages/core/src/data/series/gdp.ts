import type { Series } from '../../types';

export const usRealGdpGrowth = {
  id: 'us-real-gdp-growth',
  title: 'U.S. real GDP growth',
  unit: 'percent',
  basis: 'Percent change from the preceding quarter, seasonally adjusted, at an annual rate (BEA)',
  basisCode: 'annualized-quarter-over-quarter',
  frequency: 'quarterly',
  decimals: 1,
  headline: 'latest',
  vintages: [
    { id: 'advance', label: 'Advance estimate', releasedOn: '2025-04-30' },
    { id: 'second', label: 'Second estimate', releasedOn: '2025-05-29' },
    { id: 'third', label: 'Third estimate', releasedOn: '2025-06-26' },
    { id: 'annual-update-2025', label: '2025 annual update', releasedOn: '2025-09-25' },
  ],
  note: 'BEA’s headline growth rate is annualized: a quarter-on-quarter change compounded over four quarters. It is not a year-on-year change; the year-on-year figure for 2025 Q1 is not verified in our sources.',
  observations: [
    {
      period: '2024-Q4',
      value: 2.4,
      vintageId: 'advance',
      note: 'As published with the 2025 Q1 advance estimate.',
      sourceIds: ['bea-gdp-advance'],
    },
    { period: '2025-Q1', value: -0.3, vintageId: 'advance', sourceIds: ['bea-gdp-advance'] },
    { period: '2025-Q1', value: -0.2, vintageId: 'second', sourceIds: ['bea-gdp-second'] },
    {
      period: '2025-Q1',
      value: -0.5,
      vintageId: 'third',
      sourceIds: ['bea-gdp-third', 'bea-gdp-page'],
    },
    {
      period: '2025-Q1',
      value: -0.6,
      vintageId: 'annual-update-2025',
      sourceIds: ['reuters-gdp-annual-update'],
    },
    {
      period: '2025-Q2',
      value: 3.8,
      vintageId: 'annual-update-2025',
      sourceIds: ['reuters-gdp-annual-update'],
    },
  ],
} as const satisfies Series;
