// The files `pnpm build` writes to dist/downloads/ for people who do not use TypeScript.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/dataset';
import { toCsv } from '../src/export/csv';
import { CSV_TABLES } from '../src/export/csv-tables';
import { datapackageDescriptor } from '../src/export/datapackage';
import { datasetJsonSchema } from '../src/export/json-schema';

const dist = new URL('../dist/downloads/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dist), 'utf8');
const json = (name: string) => JSON.parse(read(name));

describe('dist/downloads', () => {
  it('dataset.json is the dataset', () => {
    expect(json('dataset.json')).toEqual(JSON.parse(JSON.stringify(dataset)));
  });

  it('dataset.schema.json is the zod schema as JSON Schema, and accepts dataset.json', () => {
    const schema = json('dataset.schema.json');
    expect(schema).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
    const validate = new Ajv2020({
      strict: false,
      allErrors: true,
      validateFormats: false,
    }).compile(schema);
    expect(validate(json('dataset.json')), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('dataset.schema.json rejects a negative trade value and a rate written as text', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      json('dataset.schema.json'),
    );
    const copy = json('dataset.json');
    copy.tariffMeasures[0].rate.minPct = '25';
    expect(validate(copy)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/tariffMeasures/0/rate/minPct');
  });

  it('has one CSV per table, each equal to toCsv', () => {
    const csvs = readdirSync(dist)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(csvs).toEqual(CSV_TABLES.map((t) => `${t.name}.csv`).sort());
    for (const table of CSV_TABLES) expect(read(`${table.name}.csv`)).toBe(toCsv(table, dataset));
  });

  it('datapackage.json describes the CSVs', () => {
    expect(json('datapackage.json')).toEqual(
      JSON.parse(JSON.stringify(datapackageDescriptor(dataset))),
    );
  });
});
