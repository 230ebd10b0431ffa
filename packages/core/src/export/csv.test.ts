import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { CSV_BOM, toCsv } from './csv';
import { CSV_TABLES } from './csv-tables';
import { datapackageDescriptor } from './datapackage';

// A small RFC 4180 reader, enough to read back what toCsv writes.
const readCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
};

describe('CSV tables', () => {
  it.each(CSV_TABLES.map((t) => [t.name, t]))(
    '%s round-trips, one row per record',
    (_name, table) => {
      const text = toCsv(table, dataset);
      expect(text.startsWith(CSV_BOM)).toBe(true);
      const rows = readCsv(text.slice(CSV_BOM.length));
      expect(rows[0]).toEqual(table.fields.map((f) => f.name));
      const records = table.rows(dataset);
      expect(rows.slice(1)).toEqual(
        records.map((r) => r.map((c) => (c === undefined ? '' : String(c)))),
      );
      for (const row of rows) expect(row).toHaveLength(table.fields.length);
    },
  );

  it('quotes commas, quotes and line breaks', () => {
    const table = {
      ...CSV_TABLES[0],
      rows: () => [['a,b', 'say "hi"', 'x\ny', 1, undefined, true, '']],
    } as (typeof CSV_TABLES)[number];
    expect(toCsv(table, dataset).split('\r\n')[1]).toBe('"a,b","say ""hi""","x\ny",1,,true,');
  });

  it.each(CSV_TABLES.map((t) => [t.name, t]))(
    '%s holds values its datapackage field types accept, with no float noise',
    (_name, table) => {
      const rows = readCsv(toCsv(table, dataset).slice(CSV_BOM.length)).slice(1);
      for (const [i, field] of table.fields.entries()) {
        for (const row of rows) {
          const value = row[i] ?? '';
          if (value === '') continue;
          if (field.type === 'number') expect(value, field.name).toMatch(/^-?\d+(\.\d{1,4})?$/);
          if (field.type === 'integer') expect(value, field.name).toMatch(/^-?\d+$/);
          if (field.type === 'boolean') expect(value, field.name).toMatch(/^(true|false)$/);
          if (field.type === 'date') expect(value, field.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    },
  );

  it('writes 2024’s total as 582.4, not 582.4000000000001 (143.5 + 438.9)', () => {
    const trade = CSV_TABLES.find((t) => t.name === 'trade-annual');
    const row = trade?.rows(dataset).find((r) => r[0] === 2024);
    expect(row?.[3]).toBe(582.4);
  });

  it('has as many observation rows as the series have observations', () => {
    const observations = CSV_TABLES.find((t) => t.name === 'observations');
    const count = dataset.series.reduce((n, s) => n + s.observations.length, 0);
    expect(observations?.rows(dataset)).toHaveLength(count);
  });
});

describe('datapackage.json', () => {
  it('describes every CSV table with its fields', () => {
    const descriptor = datapackageDescriptor(dataset) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
      licenses: unknown[];
    };
    expect(descriptor.resources.map((r) => r.path)).toEqual(CSV_TABLES.map((t) => `${t.name}.csv`));
    for (const [i, resource] of descriptor.resources.entries()) {
      expect(resource.schema.fields.map((f) => f.name)).toEqual(
        CSV_TABLES[i]?.fields.map((f) => f.name),
      );
    }
    expect(descriptor.licenses).toHaveLength(1);
  });
});
