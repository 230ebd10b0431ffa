import { dataset } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { chartCsv } from './chart-csv';
import { chartTables } from './tables';

/** A small RFC 4180 reader, enough to read the CSV back. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
};

describe('chart CSVs', () => {
  const tables = chartTables(dataset);

  it('gives every chart a unique id, so each has its own file', () => {
    const ids = tables.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(tables.map((t) => [t.id, t] as const))(
    '%s holds exactly the table’s raw values',
    (_, table) => {
      const csv = chartCsv(table, dataset);
      // UTF-8 with a byte-order mark, as core writes every CSV (so Excel reads ’, – and 中).
      expect(csv.startsWith('\ufeff')).toBe(true);
      const rows = parseCsv(csv.slice(1));
      expect(rows[0]).toEqual(table.columns.map((c) => c.name));
      expect(rows.slice(1)).toEqual(
        table.rows.map((r) =>
          table.columns.map((_, i) => (r[i] === undefined ? '' : String(r[i]))),
        ),
      );
    },
  );

  it('quotes cells holding commas and quotes (RFC 4180)', () => {
    const csv = chartCsv(
      {
        id: 'x',
        title: 'x',
        columns: [{ name: 'note', label: 'Note', type: 'string', description: 'd' }],
        rows: [['a, “b” and "c"']],
      },
      dataset,
    );
    expect(csv).toBe('\ufeffnote\r\n"a, “b” and ""c"""\r\n');
  });
});
