import type { Series } from '../../types';

// U.S.–China goods trade by month, from the Census c5700 page as a GitHub mirror read it on
// two dates (shared/reference/2026/series.md §1e). No balance series: core computes it.
const BASIS =
  'U.S. Census basis (page c5700), goods only, not seasonally adjusted, nominal US$ millions';
const METHOD =
  'U.S. Census Bureau, country page c5700, read on a GitHub mirror of the page at two dates.';
const NOTE =
  'Not seasonally adjusted: the monthly trade release quotes seasonally adjusted country figures, which differ month by month (the annual totals agree). Months after April 2026 are not in our sources.';
const vintages = [
  {
    id: 'first-full-year',
    label: 'As published with the full year 2025',
  },
  { id: 'revised-2026', label: 'After the 2026 annual revision' },
];

export const usExportsToChinaMonthly = {
  id: 'us-exports-to-china-monthly',
  title: 'U.S. goods exports to China, by month',
  unit: 'usd-mn',
  basis: BASIS,
  basisCode: 'level',
  frequency: 'monthly',
  decimals: 1,
  method: METHOD,
  vintages,
  headline: 'latest',
  nonNegative: true,
  note: NOTE,
  observations: [
    {
      period: '2025-01',
      value: 9901.3,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-02',
      value: 10461.6,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-03',
      value: 11458.2,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-04',
      value: 8193.1,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-05',
      value: 6553.3,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-06',
      value: 9443.6,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-07',
      value: 9298.4,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-08',
      value: 8271.9,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-09',
      value: 8380.2,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-10',
      value: 8950.5,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-11',
      value: 7008.4,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-12',
      value: 8387.9,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2026-01',
      value: 8329.1,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-01',
      value: 9875.2,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-02',
      value: 10429.6,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-03',
      value: 11509.5,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-04',
      value: 8090.6,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-05',
      value: 6477.8,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-06',
      value: 9466.5,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-07',
      value: 9299.1,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-08',
      value: 8267.4,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-09',
      value: 8365.0,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-10',
      value: 8924.3,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-11',
      value: 6959.4,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-12',
      value: 8313.5,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2026-01',
      value: 8329.1,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2026-02',
      value: 7946.6,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2026-03',
      value: 11103.0,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2026-04',
      value: 9395.1,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
  ],
} as const satisfies Series;

export const usImportsFromChinaMonthly = {
  id: 'us-imports-from-china-monthly',
  title: 'U.S. goods imports from China, by month',
  unit: 'usd-mn',
  basis: BASIS,
  basisCode: 'level',
  frequency: 'monthly',
  decimals: 1,
  method: METHOD,
  vintages,
  headline: 'latest',
  nonNegative: true,
  note: NOTE,
  observations: [
    {
      period: '2025-01',
      value: 41639.2,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-02',
      value: 31635.4,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-03',
      value: 29383.7,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-04',
      value: 25378.1,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-05',
      value: 20493.9,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-06',
      value: 18948.7,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-07',
      value: 26411.4,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-08',
      value: 25132.6,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-09',
      value: 23414.7,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-10',
      value: 23887.2,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-11',
      value: 20950.7,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-12',
      value: 21104.3,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2026-01',
      value: 21057.9,
      vintageId: 'first-full-year',
      sourceIds: ['census-c5700-monthly-2026-03'],
    },
    {
      period: '2025-01',
      value: 41770.4,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-02',
      value: 31654.6,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-03',
      value: 29510.8,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-04',
      value: 25332.4,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-05',
      value: 20424.5,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-06',
      value: 18898.7,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-07',
      value: 26383.6,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-08',
      value: 25371.0,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-09',
      value: 23521.3,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-10',
      value: 24036.2,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-11',
      value: 20641.4,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2025-12',
      value: 21106.8,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2026-01',
      value: 21057.9,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2026-02',
      value: 18955.6,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2026-03',
      value: 20859.0,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
    {
      period: '2026-04',
      value: 19789.2,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-monthly-2026-06'],
    },
  ],
} as const satisfies Series;
