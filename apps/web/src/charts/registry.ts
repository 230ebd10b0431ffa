import type { Dataset } from '@tradetalks/core';
import { exportShareChart } from './specs/export-share';
import { gdpQuartersChart, gdpRevisionsChart } from './specs/gdp';
import { piieChart } from './specs/piie';
import { pmiChart } from './specs/pmi';
import { tariffHistoryChart } from './specs/tariff-history';
import { tariffStepsChart, tariffWindows } from './specs/tariff-steps';
import { tradeBalanceChart, tradeFlowsChart } from './specs/trade';
import type { ChartSpec } from './types';

/** One chart of the site: where it is shown, and how it is built from the dataset. */
export interface ChartEntry {
  /** Stable id: the figure's anchor, /data/charts/<id>.{csv,svg,png} and /embed/<id>. */
  readonly id: string;
  /** The page the chart belongs to: its citation and the embed view link there. */
  readonly page: string;
  readonly build: (data: Dataset) => ChartSpec;
}

/**
 * Every chart on the site. A page shows a chart by id; its CSV, SVG, PNG, embed view,
 * citation and og:image are all derived from this list, so adding a chart is one spec file
 * and one entry here.
 */
export const CHARTS = [
  { id: 'tariff-history', page: '/', build: tariffHistoryChart },
  {
    id: 'tariff-steps-recent',
    page: '/tariffs',
    build: (data) => tariffStepsChart(data, tariffWindows(data).recent),
  },
  {
    id: 'tariff-steps',
    page: '/tariffs',
    build: (data) => tariffStepsChart(data, tariffWindows(data).full),
  },
  { id: 'piie-us', page: '/tariffs', build: (data) => piieChart(data, 'US') },
  { id: 'piie-cn', page: '/tariffs', build: (data) => piieChart(data, 'CN') },
  { id: 'trade-flows', page: '/trade', build: tradeFlowsChart },
  { id: 'trade-balance', page: '/trade', build: tradeBalanceChart },
  { id: 'export-share', page: '/trade', build: exportShareChart },
  { id: 'gdp-revisions', page: '/economy', build: gdpRevisionsChart },
  { id: 'gdp-quarters', page: '/economy', build: gdpQuartersChart },
  { id: 'china-pmi', page: '/economy', build: pmiChart },
] as const satisfies readonly ChartEntry[];

export type ChartId = (typeof CHARTS)[number]['id'];

const built = new WeakMap<Dataset, Map<string, ChartSpec>>();

/** The entry of a chart id. */
export const chartEntry = (id: ChartId): ChartEntry =>
  CHARTS.find((c) => c.id === id) as ChartEntry;

/** The spec of one chart, built once per dataset. */
export const chartSpec = (data: Dataset, id: ChartId): ChartSpec => {
  let specs = built.get(data);
  if (specs === undefined) {
    specs = new Map();
    built.set(data, specs);
  }
  let spec = specs.get(id);
  if (spec === undefined) {
    spec = chartEntry(id).build(data);
    specs.set(id, spec);
  }
  return spec;
};

/** Every chart's spec, in registry order. */
export const chartSpecs = (data: Dataset): readonly ChartSpec[] =>
  CHARTS.map((c) => chartSpec(data, c.id));

/** Whether a string names a chart (for route parameters). */
export const isChartId = (id: string): id is ChartId => CHARTS.some((c) => c.id === id);
