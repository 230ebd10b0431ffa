import type { Dataset } from '@tradetalks/core';
import type { ChartTable } from './chart-csv';
import { chartSpecs } from './registry';
import { allStackTables } from './stacks/stack-table';

/** Every chart's table (the charts, and each stretch of the tariff stacks), for the CSVs. */
export const chartTables = (data: Dataset): readonly ChartTable[] => [
  ...chartSpecs(data),
  ...allStackTables(data),
];
