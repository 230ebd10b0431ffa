import type { Series } from '../../types';

const BASIS = 'Average tariff rate on the other side’s exports, as computed by PIIE (Chad P. Bown)';
const vintages = [
  { id: 'chart', label: 'The PIIE chart version that gives the figure' },
  { id: 'later-chart', label: 'A later version of the PIIE chart' },
  { id: 'bown-2021', label: 'Bown’s 2021 summary thread' },
];
const METHOD =
  'PIIE (Chad P. Bown): tariff rates averaged over the goods the other side exports, weighted by trade; not the Budget Lab or USAFacts measures.';
const NOTE =
  'An average over trade, not a headline rate: list tariffs covered only part of trade (66.4% of U.S. imports from China in 2020), and some goods were exempted.';

export const piieAverageUsOnChina = {
  id: 'piie-average-us-on-china',
  title: 'Average U.S. tariff on imports from China (PIIE)',
  unit: 'percent',
  basis: BASIS,
  basisCode: 'average-tariff',
  frequency: 'irregular',
  decimals: 1,
  method: METHOD,
  vintages,
  note: `${NOTE} PIIE versions after September 2025 are not in our sources.`,
  observations: [
    {
      period: '2018-01',
      value: 3.0,
      vintageId: 'chart',
      sourceIds: ['rejectfreetrade-piie', 'bown-thread-2021'],
    },
    {
      period: '2018-07',
      value: 3.8,
      vintageId: 'chart',
      note: 'Before the July–September 2018 tariffs.',
      sourceIds: ['piie-trade-war-worse'],
    },
    {
      period: '2018-09',
      value: 12.0,
      vintageId: 'chart',
      note: 'After the July–September 2018 tariffs.',
      sourceIds: ['piie-trade-war-worse'],
    },
    {
      period: '2019-06-14',
      value: 12.0,
      vintageId: 'chart',
      note: 'Before 15 June 2019.',
      sourceIds: ['piie-trade-war-worse'],
    },
    {
      period: '2019-12',
      value: 21.0,
      vintageId: 'chart',
      note: 'Before Phase One.',
      sourceIds: ['piie-chart-2019-inline'],
    },
    {
      period: '2020-02-14',
      value: 19.3,
      vintageId: 'chart',
      note: 'Phase One in force; covers 66.4% of U.S. imports from China, about $335B at 2017 levels.',
      sourceIds: ['piie-chart-2019', 'rejectfreetrade-piie'],
    },
    {
      period: '2025-01-20',
      value: 20.8,
      vintageId: 'chart',
      note: 'When the second Trump administration began.',
      sourceIds: ['piie-chart-jan-2025'],
    },
    {
      period: '2025-01-20',
      value: 20.7,
      vintageId: 'later-chart',
      status: 'derived',
      note: '51.1 − 30.4, as a later chart version implies.',
      sourceIds: ['piie-chart-2025'],
    },
    {
      period: '2025-04',
      value: 124.1,
      vintageId: 'chart',
      note: 'April 2025 version of the chart.',
      sourceIds: ['piie-chart-2019'],
    },
    {
      period: '2025-05',
      value: 126.5,
      vintageId: 'later-chart',
      note: 'Peak, early May 2025, per a later version of the chart.',
      sourceIds: ['piie-chart-2019'],
    },
    {
      period: '2025-05-14',
      value: 51.1,
      vintageId: 'chart',
      note: 'After the Geneva cuts; covers 100% of goods.',
      sourceIds: ['piie-chart-2025'],
    },
  ],
} as const satisfies Series;

export const piieAverageChinaOnUs = {
  id: 'piie-average-china-on-us',
  title: 'Average Chinese tariff on imports from the U.S. (PIIE)',
  unit: 'percent',
  basis: BASIS,
  basisCode: 'average-tariff',
  frequency: 'irregular',
  decimals: 1,
  method: METHOD,
  vintages,
  note: 'An average over trade, not a headline rate: list tariffs covered only part of trade (66.4% of U.S. imports from China in 2020), and some goods were exempted. China’s average for April 2025 is not verified in our sources.',
  observations: [
    { period: '2018-01', value: 8.0, vintageId: 'chart', sourceIds: ['bown-thread-2021'] },
    {
      period: '2018-07',
      value: 7.2,
      vintageId: 'chart',
      note: 'Before the July–September 2018 tariffs.',
      sourceIds: ['piie-trade-war-worse'],
    },
    {
      period: '2018-09',
      value: 18.3,
      vintageId: 'chart',
      note: 'After the July–September 2018 tariffs.',
      sourceIds: ['piie-trade-war-worse'],
    },
    {
      period: '2019-12',
      value: 21.1,
      vintageId: 'chart',
      note: 'Before Phase One.',
      sourceIds: ['piie-chart-2019-inline'],
    },
    {
      period: '2020-02-14',
      value: 20.3,
      vintageId: 'chart',
      status: 'conflict',
      note: 'PIIE versions disagree: 20.3, 21.1 (covering 58.3%, about $90B) and 20.7.',
      sourceIds: ['piie-chart-old-url'],
    },
    {
      period: '2020-02-14',
      value: 21.1,
      vintageId: 'later-chart',
      status: 'conflict',
      sourceIds: ['piie-chart-2019'],
    },
    {
      period: '2020-02-14',
      value: 20.7,
      vintageId: 'bown-2021',
      status: 'conflict',
      sourceIds: ['bown-thread-2021'],
    },
    {
      period: '2025-01-20',
      value: 21.2,
      vintageId: 'later-chart',
      status: 'derived',
      note: '32.6 − 11.4, as a later chart version implies.',
      sourceIds: ['piie-chart-2025'],
    },
    {
      period: '2025-05-14',
      value: 32.6,
      vintageId: 'chart',
      note: 'After the Geneva cuts; covers 100% of goods.',
      sourceIds: ['piie-chart-2025'],
    },
  ],
} as const satisfies Series;
