import { CSV_TABLES, csvFileName, datapackageDescriptor, dataset, toCsv } from '@tradetalks/core';
import { datasetJsonSchema } from '@tradetalks/core/schema';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '@/charts/chart-csv';
import { chartTables } from '@/charts/tables';
import { fetchOk } from './browser';

/** The bytes of a file as UTF-8 text, its byte-order mark kept (`Response.text()` drops it). */
const exactText = async (response: Response) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());

const get = fetchOk;

describe('downloads', () => {
  it('/data/dataset.json is core’s dataset, exactly', async () => {
    const response = await get('/data/dataset.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(dataset)));
  });

  it('/data/dataset.schema.json is the JSON Schema core generates', async () => {
    const schema = await (await get('/data/dataset.schema.json')).json();
    expect(schema).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
    expect(schema.$schema).toMatch(/2020-12/);
  });

  it('/data/datapackage.json describes every CSV file, and each is there', async () => {
    const descriptor = await (await get('/data/datapackage.json')).json();
    expect(descriptor).toEqual(JSON.parse(JSON.stringify(datapackageDescriptor(dataset))));
    for (const resource of descriptor.resources) await get(`/data/${resource.path}`);
  });

  it.each(CSV_TABLES.map((t) => [csvFileName(t.name), t] as const))(
    '/data/%s equals core’s toCsv',
    async (file, table) => {
      const response = await get(`/data/${file}`);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const text = await exactText(response);
      // UTF-8 with a byte-order mark, so Excel reads ’, – and 中 (core's choice).
      expect(text.startsWith('\ufeff')).toBe(true);
      expect(text).toBe(toCsv(table, dataset));
    },
  );

  it('every chart’s CSV holds what the chart shows', async () => {
    for (const table of chartTables(dataset)) {
      expect(await exactText(await get(`/data/charts/${table.id}.csv`)), table.id).toBe(
        chartCsv(table, dataset),
      );
    }
  });

  it('every download the data page links to is served', async () => {
    const html = await (await get('/data')).text();
    const links = [...html.matchAll(/href="(\/data\/[^"#]+)"/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(CSV_TABLES.length);
    for (const link of new Set(links)) await get(link);
  });
});
