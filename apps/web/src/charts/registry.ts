import type { Dataset } from '@tradetalks/core';
import { exportShareChart } from './specs/export-share';
import { gdpQuartersChart, gdpRevisionsChart } from './specs/gdp';
import { piieChart } from './specs/piie';
import { pmiChart } from './specs/pmi';
import { tariffStepsChart, tariffWindows } from './specs/tariff-steps';
import { tradeBalanceChart, tradeFlowsChart } from './specs/trade';
import type { ChartSpec } from './types';

/** Every chart on the site, built from the dataset; each page picks its own by id. */
export const chartSpecs = (data: Dataset): readonly ChartSpec[] => {
  const windows = tariffWindows(data);
  return [
    tariffStepsChart(data, windows.full),
    tariffStepsChart(data, windows.recent),
    piieChart(data, 'US'),
    piieChart(data, 'CN'),
    tradeFlowsChart(data),
    tradeBalanceChart(data),
    exportShareChart(data),
    gdpRevisionsChart(data),
    gdpQuartersChart(data),
    pmiChart(data),
  ];
};
