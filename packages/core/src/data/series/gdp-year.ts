import type { Series } from '../../types';

// Growth measured against a year earlier, as published (shared/reference/2026/series.md §2).
// Not to be mixed with BEA's annualized quarterly rate (gdp.ts).
export const usRealGdpGrowthYoy = {
  id: 'us-real-gdp-growth-yoy',
  title: 'U.S. real GDP growth from a year earlier',
  unit: 'percent',
  basis: 'Percent change in real GDP from the same quarter a year earlier, as published',
  basisCode: 'year-on-year',
  frequency: 'quarterly',
  decimals: 1,
  note: 'BEA’s own printed figure for this measure was not found; the value is an economist’s reading of the advance estimate.',
  observations: [
    {
      period: '2025-Q1',
      value: 2.0,
      releasedOn: '2025-04-30',
      note: 'Quoted at the advance-estimate vintage.',
      sourceIds: ['wdiy-gdp-yoy-2025-q1'],
    },
  ],
} as const satisfies Series;

export const usRealGdpGrowthAnnual = {
  id: 'us-real-gdp-growth-annual',
  title: 'U.S. real GDP growth, calendar year',
  unit: 'percent',
  basis: 'Percent change in real GDP for the whole year from the year before (BEA)',
  basisCode: 'year-on-year',
  frequency: 'annual',
  decimals: 1,
  headline: 'latest',
  vintages: [
    { id: 'advance', label: 'With the fourth-quarter advance estimate', releasedOn: '2026-02-20' },
    { id: 'second', label: 'With the fourth-quarter second estimate', releasedOn: '2026-03-13' },
  ],
  note: 'Values after the fourth-quarter second estimate, including BEA’s 2026 annual update, are not in our sources.',
  observations: [
    {
      period: '2025',
      value: 2.2,
      vintageId: 'advance',
      sourceIds: ['floordaily-gdp-q4-2025-advance', 'newser-gdp-q4-2025-second'],
    },
    {
      period: '2025',
      value: 2.1,
      vintageId: 'second',
      sourceIds: ['newser-gdp-q4-2025-second'],
    },
  ],
} as const satisfies Series;
