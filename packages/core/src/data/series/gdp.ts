import type { Series } from '../../types';

// BEA's estimates of each quarter's growth, annualized. Each quarter's advance, second and third
// estimates come out on their own days, so those vintages carry no date and each observation
// its own; the shutdown-era "initial" and "updated" estimates and the 2025 annual update were
// single releases. shared/reference/vetted-facts.md and shared/reference/2026/series.md §2.
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
    { id: 'advance', label: 'Advance estimate' },
    {
      id: 'initial',
      label:
        'Initial estimate (in place of the advance and second estimates cancelled by the 2025 shutdown)',
      releasedOn: '2025-12-23',
    },
    { id: 'second', label: 'Second estimate' },
    {
      id: 'updated',
      label:
        'Updated estimate (in place of the third estimate first scheduled for 19 December 2025)',
      releasedOn: '2026-01-22',
    },
    { id: 'third', label: 'Third estimate' },
    { id: 'annual-update-2025', label: '2025 annual update', releasedOn: '2025-09-25' },
  ],
  note: 'BEA’s headline growth rate is annualized: a quarter-on-quarter change compounded over four quarters, not a change from a year earlier (kept as its own series). Estimates for 2026 Q2 onward and BEA’s 2026 annual update are not in our sources.',
  observations: [
    {
      period: '2024-Q4',
      value: 2.4,
      vintageId: 'advance',
      releasedOn: '2025-04-30',
      note: 'As published with the 2025 Q1 advance estimate.',
      sourceIds: ['bea-gdp-advance'],
    },
    {
      period: '2025-Q1',
      value: -0.3,
      vintageId: 'advance',
      releasedOn: '2025-04-30',
      sourceIds: ['bea-gdp-advance'],
    },
    {
      period: '2025-Q1',
      value: -0.2,
      vintageId: 'second',
      releasedOn: '2025-05-29',
      sourceIds: ['bea-gdp-second'],
    },
    {
      period: '2025-Q1',
      value: -0.5,
      vintageId: 'third',
      releasedOn: '2025-06-26',
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
      value: 3.0,
      vintageId: 'advance',
      releasedOn: '2025-07-30',
      sourceIds: ['aba-gdp-q2-2025-advance', 'particle-gdp-q2-2025-third'],
    },
    {
      period: '2025-Q2',
      value: 3.3,
      vintageId: 'second',
      releasedOn: '2025-08-28',
      sourceIds: ['tippinsights-gdp-q2-2025-second', 'particle-gdp-q2-2025-third'],
    },
    {
      period: '2025-Q2',
      value: 3.8,
      vintageId: 'third',
      releasedOn: '2025-09-25',
      note: 'Published with BEA’s 2025 annual update.',
      sourceIds: ['reuters-gdp-annual-update', 'particle-gdp-q2-2025-third'],
    },
    {
      period: '2025-Q3',
      value: 4.3,
      vintageId: 'initial',
      sourceIds: ['aba-gdp-q3-2025-initial', 'mba-gdp-q3-2025-initial'],
    },
    {
      period: '2025-Q3',
      value: 4.4,
      vintageId: 'updated',
      sourceIds: ['nasdaq-gdp-q3-2025-updated', 'talkmarkets-gdp-q3-2025-updated'],
    },
    {
      period: '2025-Q4',
      value: 1.4,
      vintageId: 'advance',
      releasedOn: '2026-02-20',
      sourceIds: ['floordaily-gdp-q4-2025-advance'],
    },
    {
      period: '2025-Q4',
      value: 0.7,
      vintageId: 'second',
      releasedOn: '2026-03-13',
      sourceIds: ['newser-gdp-q4-2025-second', 'benzinga-gdp-q4-2025-second'],
    },
    {
      period: '2025-Q4',
      value: 0.5,
      vintageId: 'third',
      releasedOn: '2026-04-09',
      sourceIds: ['bea-scb-charting-april-2026', 'advisorperspectives-gdp-components'],
    },
    {
      period: '2026-Q1',
      value: 2.0,
      vintageId: 'advance',
      releasedOn: '2026-04-30',
      note: 'The release day is known only from a preview of BEA’s calendar.',
      sourceIds: [
        'kicukiro-gdp-q1-2026-advance',
        'phoebereads-gdp-q1-2026-second',
        'diploman-gdp-q1-2026-preview',
      ],
    },
    {
      period: '2026-Q1',
      value: 1.6,
      vintageId: 'second',
      releasedOn: '2026-05-28',
      sourceIds: ['phoebereads-gdp-q1-2026-second', 'advisorperspectives-gdp-components'],
    },
    {
      period: '2026-Q1',
      value: 2.1,
      vintageId: 'third',
      releasedOn: '2026-06-25',
      sourceIds: ['chosun-gdp-q1-2026-third', 'boursel-gdp-q1-2026-third'],
    },
  ],
} as const satisfies Series;
