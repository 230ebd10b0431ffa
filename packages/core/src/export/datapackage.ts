import type { Dataset } from '../types';
import { CSV_TABLES } from './csv-tables';

/** File name of each CSV table in the data downloads. */
export const csvFileName = (tableName: string): string => `${tableName}.csv`;

/**
 * A Frictionless Tabular Data Package descriptor (datapackage.json) for the CSV downloads:
 * one resource per table, with its fields, types and units, the licence and the sources.
 */
export const datapackageDescriptor = (dataset: Dataset): Record<string, unknown> => ({
  profile: 'tabular-data-package',
  name: 'tradetalks',
  title: dataset.title,
  version: dataset.version,
  description: `The figures of the U.S.–China trade conflict, each with its sources, as of ${dataset.asOf} (the latest verified event). From tradetalks.`,
  created: dataset.asOf,
  licenses: [{ name: 'CC-BY-4.0', title: dataset.licence.name, path: dataset.licence.url }],
  sources: [{ title: 'Every record cites its own sources: see sources.csv', path: 'sources.csv' }],
  resources: CSV_TABLES.map((table) => ({
    name: table.name,
    path: csvFileName(table.name),
    profile: 'tabular-data-resource',
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: table.fields.map((field) => ({
        name: field.name,
        type: field.type === 'date' ? 'string' : field.type,
        ...(field.type === 'date' ? { format: 'default' } : {}),
        description: field.unit ? `${field.description} (${field.unit})` : field.description,
        ...(field.unit ? { unit: field.unit } : {}),
      })),
    },
  })),
});
