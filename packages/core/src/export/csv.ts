import type { Dataset } from '../types';
import type { Cell, CsvTable } from './csv-table';

// RFC 4180: quote a cell holding a comma, quote, or line break; double inner quotes.
const cell = (value: Cell): string => {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * A byte-order mark: Excel reads a CSV as UTF-8 only when it starts with one, and without it
 * every ’, – and 中 in our text turns to mojibake. pandas, R's readr and frictionless strip it;
 * Python's csv module wants `encoding='utf-8-sig'`.
 */
export const CSV_BOM = '\uFEFF';

/** One table as CSV text (UTF-8 with a BOM, RFC 4180, header row, CRLF line ends). */
export const toCsv = (table: CsvTable, dataset: Dataset): string =>
  CSV_BOM +
  [table.fields.map((field) => field.name), ...table.rows(dataset)]
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
