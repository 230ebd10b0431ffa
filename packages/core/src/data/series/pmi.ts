import type { Series } from '../../types';

export const chinaManufacturingPmi = {
  id: 'china-manufacturing-pmi',
  title: 'China’s official manufacturing PMI',
  unit: 'index',
  basis:
    'NBS/CFLP purchasing managers’ index, manufacturing; above 50 signals expansion, below 50 contraction',
  basisCode: 'diffusion-index',
  frequency: 'monthly',
  decimals: 1,
  threshold: 50,
  note: 'Months after June 2026 are not in our sources.',
  observations: [
    { period: '2025-01', value: 49.1, sourceIds: ['investinglive-pmi-june'] },
    { period: '2025-02', value: 50.2, sourceIds: ['investinglive-pmi-june'] },
    { period: '2025-03', value: 50.5, sourceIds: ['nbs-pmi-april'] },
    { period: '2025-04', value: 49.0, sourceIds: ['nbs-pmi-april'] },
    { period: '2025-05', value: 49.5, sourceIds: ['nbs-pmi-may'] },
    { period: '2025-06', value: 49.7, sourceIds: ['investinglive-pmi-june'] },
    {
      period: '2025-07',
      value: 49.3,
      releasedOn: '2025-07-31',
      sourceIds: ['xinhua-pmi-july-2025'],
    },
    {
      period: '2025-08',
      value: 49.4,
      releasedOn: '2025-08-31',
      sourceIds: ['wam-pmi-august-2025'],
    },
    {
      period: '2025-09',
      value: 49.8,
      releasedOn: '2025-09-30',
      sourceIds: ['gmteight-pmi-september-2025'],
    },
    {
      period: '2025-10',
      value: 49.0,
      releasedOn: '2025-10-31',
      sourceIds: ['gmteight-pmi-october-2025', 'rttnews-pmi-october-2025'],
    },
    {
      period: '2025-11',
      value: 49.2,
      releasedOn: '2025-11-30',
      sourceIds: ['gmteight-pmi-november-2025'],
    },
    {
      period: '2025-12',
      value: 50.1,
      releasedOn: '2025-12-31',
      sourceIds: ['xinhua-pmi-december-2025'],
    },
    {
      period: '2026-01',
      value: 49.3,
      releasedOn: '2026-01-31',
      sourceIds: ['longbridge-pmi-january-2026', 'tradingeconomics-china-pmi'],
    },
    {
      period: '2026-02',
      value: 49.0,
      releasedOn: '2026-03-04',
      note: 'Released on 4 March, not at the month’s end. Some reports gave 52.1 for February: that is the private RatingDog (S&P Global) survey, a different index, not this one.',
      sourceIds: ['xinhua-pmi-february-2026', 'wam-pmi-february-2026'],
    },
    {
      period: '2026-03',
      value: 50.4,
      releasedOn: '2026-03-31',
      sourceIds: ['reportify-pmi-march-2026', 'trendforce-china-pmi'],
    },
    {
      period: '2026-04',
      value: 50.3,
      releasedOn: '2026-04-30',
      sourceIds: ['chinadaily-pmi-april-2026'],
    },
    {
      period: '2026-05',
      value: 50.0,
      releasedOn: '2026-05-31',
      sourceIds: ['longbridge-pmi-may-2026', 'trendforce-china-pmi'],
    },
    {
      period: '2026-06',
      value: 50.3,
      releasedOn: '2026-06-30',
      sourceIds: ['gmteight-pmi-june-2026'],
    },
  ],
} as const satisfies Series;

export const chinaManufacturingPmiConsensus = {
  id: 'china-manufacturing-pmi-consensus',
  title: 'China’s manufacturing PMI: analysts’ expectation',
  unit: 'index',
  basis: 'Consensus forecast before the release (single secondary source; other polls may differ)',
  basisCode: 'diffusion-index',
  frequency: 'monthly',
  decimals: 1,
  threshold: 50,
  observations: [
    { period: '2025-04', value: 49.8, sourceIds: ['fxco-pmi-expectations'] },
    { period: '2025-06', value: 49.7, sourceIds: ['investinglive-pmi-june'] },
  ],
} as const satisfies Series;
