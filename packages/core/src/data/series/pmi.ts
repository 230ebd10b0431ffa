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
  observations: [
    { period: '2025-01', value: 49.1, sourceIds: ['investinglive-pmi-june'] },
    { period: '2025-02', value: 50.2, sourceIds: ['investinglive-pmi-june'] },
    { period: '2025-03', value: 50.5, sourceIds: ['nbs-pmi-april'] },
    { period: '2025-04', value: 49.0, sourceIds: ['nbs-pmi-april'] },
    { period: '2025-05', value: 49.5, sourceIds: ['nbs-pmi-may'] },
    { period: '2025-06', value: 49.7, sourceIds: ['investinglive-pmi-june'] },
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
