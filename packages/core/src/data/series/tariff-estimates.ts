import type { Series } from '../../types';

// Average U.S. tariffs on China by estimators other than PIIE. Each measures something
// different, so each is its own series with its method named, never spliced into PIIE's
// (shared/reference/2026/us-tariffs.md §7 and README "Reconciling the files").
export const budgetLabAverageUsOnChina = {
  id: 'budget-lab-average-us-on-china',
  title: 'Average U.S. tariff on imports from China (Budget Lab)',
  unit: 'percent',
  basis:
    'Statutory tariff rates in force on the day, averaged over imports from China with trade weights',
  basisCode: 'average-tariff',
  frequency: 'irregular',
  decimals: 4,
  method:
    'The Budget Lab at Yale, tariff-rate tracker: the statutory rate on each product (HTS level) under current law, weighted by trade; a legal rate, not duties collected.',
  note: 'A value is the tracker’s as of the release quoted; the tracker is re-run as laws and tariff schedules change. Figures for days after Section 122 lapsed are not in our sources.',
  observations: [
    {
      period: '2026-07-01',
      value: 22.2184,
      note: 'The tracker’s current-law rate for 1 July 2026 (Section 122 surcharge in force), as quoted on 30 May 2026.',
      sourceIds: ['preseen-budget-lab-july-2026'],
    },
  ],
} as const satisfies Series;

export const usafactsDutyRateOnChina = {
  id: 'usafacts-duty-rate-on-china',
  title: 'Customs duties as a share of U.S. imports from China (USAFacts)',
  unit: 'percent',
  basis: 'Customs duties collected on imports from China divided by the value of those imports',
  basisCode: 'average-tariff',
  frequency: 'irregular',
  decimals: 1,
  method:
    'USAFacts: duties collected over import value, from U.S. Census and USITC data, before any refunds; a revenue measure, not a statutory rate.',
  note: 'USAFacts’ figure for January–February 2026 together is left out: it covers no single period this series can hold.',
  observations: [
    { period: '2024', value: 10.9, sourceIds: ['preseen-usafacts-china'] },
    { period: '2025', value: 30.6, sourceIds: ['preseen-usafacts-china'] },
    { period: '2026-02', value: 29.6, sourceIds: ['preseen-usafacts-china'] },
  ],
} as const satisfies Series;
