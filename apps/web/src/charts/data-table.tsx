import { MISSING } from '@tradetalks/core';
import { ScrollTable } from '@/components/scroll-table';
import type { Cell, Column } from './types';

const show = (column: Column, value: Cell): string => {
  if (value === undefined || value === '') return MISSING;
  return column.format ? column.format(value) : String(value);
};

const isNumeric = (column: Column) => column.type === 'number' || column.type === 'integer';

/**
 * A chart's numbers as a table: the values the chart draws, formatted by core.
 */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}) {
  return (
    <ScrollTable label={`${caption}: table`}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.name} scope="col" className={isNumeric(column) ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.map(String).join('|')}>
              {columns.map((column, i) => {
                const text = show(column, row[i]);
                const className = isNumeric(column) ? 'num' : undefined;
                return i === 0 ? (
                  <th key={column.name} scope="row" className={className}>
                    {text}
                  </th>
                ) : (
                  <td key={column.name} className={className}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
