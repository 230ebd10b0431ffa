import {
  CSV_TABLES,
  csvFileName,
  type Dataset,
  datapackageDescriptor,
  toCsv,
} from '@tradetalks/core';
import { datasetJsonSchema } from '@tradetalks/core/schema';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files under /data/: name → contents. Generated at build time from core. */
export const dataFiles = (data: Dataset): ReadonlyMap<string, string> =>
  new Map<string, string>([
    ['dataset.json', json(data)],
    ['dataset.schema.json', json(datasetJsonSchema())],
    ['datapackage.json', json(datapackageDescriptor(data))],
    ...CSV_TABLES.map((t) => [csvFileName(t.name), toCsv(t, data)] as [string, string]),
  ]);

export const contentType = (file: string): string =>
  file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
