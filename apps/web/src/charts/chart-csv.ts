import { type CsvTable, type Dataset, toCsv } from '@tradetalks/core';
import type { Cell, Column } from './types';

/** What a CSV needs from a chart: its name and its table. */
export interface ChartTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * A chart's numbers as CSV, through core's writer (RFC 4180, header row, CRLF): the raw
 * values the chart and its table show, not their formatted text.
 */
export const chartCsv = (chart: ChartTable, data: Dataset): string => {
  const table: CsvTable = {
    name: chart.id,
    title: chart.title,
    description: chart.title,
    fields: chart.columns.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description,
      ...(c.unit === undefined ? {} : { unit: c.unit }),
    })),
    rows: () => chart.rows,
  };
  return toCsv(table, data);
};
