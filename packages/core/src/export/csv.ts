import type { Dataset } from '../types';
import type { Cell, CsvTable } from './csv-tables';

// RFC 4180: quote a cell holding a comma, quote, or line break; double inner quotes.
const cell = (value: Cell): string => {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One table as CSV text (RFC 4180, header row, CRLF line ends). */
export const toCsv = (table: CsvTable, dataset: Dataset): string =>
  [table.fields.map((field) => field.name), ...table.rows(dataset)]
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
