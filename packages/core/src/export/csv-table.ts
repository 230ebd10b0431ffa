// What a CSV download is: its fields, its rows off the dataset, and the cells between.
import type { Dataset } from '../types';

/** One cell of a CSV row; `undefined` is an empty cell. */
export type Cell = string | number | boolean | undefined;

/** A Frictionless field: name, type and, for numbers, the unit. */
export interface CsvField {
  readonly name: string;
  readonly type: 'string' | 'number' | 'integer' | 'date' | 'boolean';
  readonly description: string;
  readonly unit?: string;
}

/** One CSV file: its fields and how to read its rows off the dataset. */
export interface CsvTable {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly CsvField[];
  readonly rows: (dataset: Dataset) => readonly (readonly Cell[])[];
}

export const ids = (list: readonly string[] | undefined) => (list ?? []).join(' ');
export const SOURCE_IDS: CsvField = {
  name: 'source_ids',
  type: 'string',
  description: 'Ids of the sources (sources.csv), space-separated',
};
