import type { Series } from '../../types';

const CENSUS_BASIS = 'U.S. Census basis, goods only, nominal US$ billions';
const vintages = [
  {
    id: 'first-reported',
    label: 'As first reported (release vintages differ by row; see each source)',
  },
  { id: 'revised', label: 'A later Census revision' },
  { id: 'revised-2026', label: 'After Census’s 2026 annual revision' },
];

// The 2026 annual revision came out between the mirror's reads of 2026-03-23 and 2026-06-17;
// its exact date is not verified, so its vintage carries none.
const FIRST_RELEASE_2025 = '2026-02-19';
const RELEASE_2024_NOTE =
  'The 2024 figure the full-year 2025 release of 2026-02-19 compared against; the same in every read of the Census page from 2026-02-07 to 2026-03-23.';

// shared/reference/us-china-goods-trade-annual.csv, plus the revisions in vetted-facts.md §6 and §8;
// 2022–2025 from shared/reference/2026/series.md §1 and trade-annual-latest-vintage.csv.
// Totals (exports + imports) and computed balances are never stored: calc/trade.ts derives them.
export const usExportsToChina = {
  id: 'us-exports-to-china',
  title: 'U.S. goods exports to China',
  unit: 'usd-bn',
  basis: CENSUS_BASIS,
  basisCode: 'level',
  frequency: 'annual',
  decimals: 1,
  nonNegative: true,
  vintages,
  note: '2017 exports are not verified in our sources and are left out. The 2026 revision (read on 2026-06-17) has no verified release date.',
  observations: [
    { period: '2015', value: 116.2, vintageId: 'first-reported', sourceIds: ['howmuch-2015'] },
    { period: '2016', value: 115.6, vintageId: 'first-reported', sourceIds: ['wita-ustr-2016'] },
    {
      period: '2018',
      value: 120.3,
      vintageId: 'first-reported',
      sourceIds: ['businesstimes-2018'],
    },
    { period: '2019', value: 106.6, vintageId: 'first-reported', sourceIds: ['usitc-2019'] },
    { period: '2020', value: 124.5, vintageId: 'first-reported', sourceIds: ['euobiz-2020'] },
    { period: '2021', value: 151.1, vintageId: 'first-reported', sourceIds: ['cnsnews-2021'] },
    {
      period: '2022',
      value: 153.8,
      vintageId: 'first-reported',
      sourceIds: ['irishexaminer-2022'],
    },
    {
      period: '2024',
      value: 143.5,
      vintageId: 'first-reported',
      sourceIds: ['elpais-2024'],
    },
    {
      period: '2024',
      value: 143.2,
      vintageId: 'revised',
      note: RELEASE_2024_NOTE,
      sourceIds: ['census-c5700-annual-2026-03', 'lapaas-trade-2025'],
    },
    {
      period: '2025',
      value: 106.3,
      vintageId: 'first-reported',
      releasedOn: FIRST_RELEASE_2025,
      sourceIds: ['census-c5700-annual-2026-03', 'newsrally-trade-2025'],
    },
    {
      period: '2022',
      value: 154.0,
      vintageId: 'revised-2026',
      note: 'Unchanged by the 2026 revision: the same in the Census page as read on 2026-03-23.',
      sourceIds: ['census-c5700-annual-2026-06', 'census-c5700-annual-2026-03'],
    },
    {
      period: '2023',
      value: 147.6,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
    {
      period: '2024',
      value: 143.3,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
    {
      period: '2025',
      value: 106.0,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
  ],
} as const satisfies Series;

export const usImportsFromChina = {
  id: 'us-imports-from-china',
  title: 'U.S. goods imports from China',
  unit: 'usd-bn',
  basis: CENSUS_BASIS,
  basisCode: 'level',
  frequency: 'annual',
  decimals: 1,
  nonNegative: true,
  vintages,
  note: '2017 imports are not verified in our sources and are left out. The 2026 revision (read on 2026-06-17) has no verified release date.',
  observations: [
    { period: '2015', value: 481.9, vintageId: 'first-reported', sourceIds: ['howmuch-2015'] },
    { period: '2016', value: 462.6, vintageId: 'first-reported', sourceIds: ['wita-ustr-2016'] },
    {
      period: '2018',
      value: 539.5,
      vintageId: 'first-reported',
      sourceIds: ['businesstimes-2018'],
    },
    {
      period: '2018',
      value: 538.5,
      vintageId: 'revised',
      status: 'conflict',
      note: 'Census later revised 2018 imports down by about $1B.',
      sourceIds: ['china-briefing-2018-revised'],
    },
    { period: '2019', value: 452.2, vintageId: 'first-reported', sourceIds: ['usitc-2019'] },
    { period: '2020', value: 434.7, vintageId: 'first-reported', sourceIds: ['imports-2020'] },
    { period: '2021', value: 506.4, vintageId: 'first-reported', sourceIds: ['cnsnews-2021'] },
    {
      period: '2022',
      value: 536.8,
      vintageId: 'first-reported',
      sourceIds: ['irishexaminer-2022'],
    },
    {
      period: '2024',
      value: 438.9,
      vintageId: 'first-reported',
      sourceIds: ['elpais-2024'],
    },
    {
      period: '2024',
      value: 438.7,
      vintageId: 'revised',
      note: RELEASE_2024_NOTE,
      sourceIds: ['census-c5700-annual-2026-03', 'lapaas-trade-2025'],
    },
    {
      period: '2025',
      value: 308.4,
      vintageId: 'first-reported',
      releasedOn: FIRST_RELEASE_2025,
      sourceIds: ['census-c5700-annual-2026-03', 'newsrally-trade-2025'],
    },
    {
      period: '2022',
      value: 536.3,
      vintageId: 'revised-2026',
      note: 'Unchanged by the 2026 revision: the same in the Census page as read on 2026-03-23.',
      sourceIds: ['census-c5700-annual-2026-06', 'census-c5700-annual-2026-03'],
    },
    {
      period: '2023',
      value: 427.2,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
    {
      period: '2024',
      value: 440.3,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
    {
      period: '2025',
      value: 308.7,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
  ],
} as const satisfies Series;

export const usBalanceWithChina = {
  id: 'us-balance-with-china',
  title: 'U.S. goods trade balance with China, as published',
  unit: 'usd-bn',
  basis:
    'U.S. Census basis, goods only, nominal US$ billions; exports minus imports as the publisher reported it',
  basisCode: 'level',
  frequency: 'annual',
  decimals: 1,
  vintages,
  note: 'Published balances; core also computes exports minus imports, and the two can differ by a rounding or a vintage. A later vintage puts 2015 at −367.3, with no source we could cite. The 2026 revision (read on 2026-06-17) has no verified release date.',
  observations: [
    { period: '2015', value: -365.7, vintageId: 'first-reported', sourceIds: ['cpa-2015'] },
    { period: '2016', value: -347.0, vintageId: 'first-reported', sourceIds: ['wita-ustr-2016'] },
    {
      period: '2017',
      value: -375,
      vintageId: 'first-reported',
      decimals: 0,
      note: 'Published rounded to the billion; exports and imports for 2017 are not verified.',
      sourceIds: ['bloomberg-2017'],
    },
    { period: '2018', value: -419.2, vintageId: 'first-reported', sourceIds: ['caixin-2018'] },
    {
      period: '2018',
      value: -418.2,
      vintageId: 'revised',
      status: 'conflict',
      sourceIds: ['cnsnews-2021'],
    },
    { period: '2019', value: -345.6, vintageId: 'first-reported', sourceIds: ['usitc-2019'] },
    {
      period: '2020',
      value: -310.8,
      vintageId: 'first-reported',
      status: 'conflict',
      note: 'Census reported −310.8, which is not 124.5 − 434.7: the export and import figures come from another vintage.',
      sourceIds: ['creators-2020'],
    },
    { period: '2021', value: -355.3, vintageId: 'first-reported', sourceIds: ['cnsnews-2021'] },
    {
      period: '2022',
      value: -382.9,
      vintageId: 'first-reported',
      sourceIds: ['investopedia-2022'],
    },
    {
      period: '2024',
      value: -295.4,
      vintageId: 'first-reported',
      sourceIds: ['elpais-2024'],
    },
    {
      period: '2024',
      value: -295.5,
      vintageId: 'revised',
      note: RELEASE_2024_NOTE,
      sourceIds: ['census-c5700-annual-2026-03', 'currentthoughts-2024'],
    },
    {
      period: '2025',
      value: -202.1,
      vintageId: 'first-reported',
      releasedOn: FIRST_RELEASE_2025,
      sourceIds: [
        'census-c5700-annual-2026-03',
        'newsrally-trade-2025',
        'whistlebuzz-cnbc-trade-2025',
      ],
    },
    {
      period: '2022',
      value: -382.3,
      vintageId: 'revised-2026',
      note: 'Unchanged by the 2026 revision: the same in the Census page as read on 2026-03-23.',
      sourceIds: ['census-c5700-annual-2026-06', 'census-c5700-annual-2026-03'],
    },
    {
      period: '2023',
      value: -279.6,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
    {
      period: '2024',
      value: -297.0,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
    {
      period: '2025',
      value: -202.7,
      vintageId: 'revised-2026',
      sourceIds: ['census-c5700-annual-2026-06'],
    },
  ],
} as const satisfies Series;
