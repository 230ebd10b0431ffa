import { MISSING } from '@tradetalks/core';
import { ScrollTable } from '@/ui/scroll-table';
import { StaticHtml } from '@/ui/static-html';
import { el, esc } from './svg';
import type { Cell, Column } from './types';

const show = (column: Column, value: Cell): string => {
  if (value === undefined || value === '') return MISSING;
  return column.format ? column.format(value) : String(value);
};

const isNumeric = (column: Column) => column.type === 'number' || column.type === 'integer';

/** A chart's numbers as an HTML table: the values the chart draws, formatted by core. */
export const dataTableHtml = (
  caption: string,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
): string => {
  const cls = (column: Column) => (isNumeric(column) ? 'num' : undefined);
  const head = el(
    'tr',
    {},
    ...columns.map((c) => el('th', { scope: 'col', class: cls(c) }, esc(c.label))),
  );
  const body = rows.map((row) =>
    el(
      'tr',
      {},
      ...columns.map((c, i) =>
        i === 0
          ? el('th', { scope: 'row', class: cls(c) }, esc(show(c, row[i])))
          : el('td', { class: cls(c) }, esc(show(c, row[i]))),
      ),
    ),
  );
  return el(
    'table',
    {},
    el('caption', {}, esc(caption)),
    el('thead', {}, head),
    el('tbody', {}, ...body),
  );
};

/**
 * The table inside a focusable scroll box. Written as HTML text and set whole, like the chart
 * drawings: a static table needs no React on the reader's side.
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
      <StaticHtml html={dataTableHtml(caption, columns, rows)} />
    </ScrollTable>
  );
}
