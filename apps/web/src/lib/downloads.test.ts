import { CSV_TABLES, csvFileName, dataset, toCsv } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { contentType, dataFiles } from './downloads';

describe('dataFiles', () => {
  const files = dataFiles(dataset);

  it('holds the dataset, its schema, the datapackage and every CSV table', () => {
    expect(JSON.parse(files.get('dataset.json') ?? '')).toEqual(
      JSON.parse(JSON.stringify(dataset)),
    );
    expect(JSON.parse(files.get('dataset.schema.json') ?? '{}').title).toBe('tradetalks dataset');
    for (const table of CSV_TABLES) {
      expect(files.get(csvFileName(table.name))).toBe(toCsv(table, dataset));
    }
    expect(files.size).toBe(CSV_TABLES.length + 3);
  });

  it('labels each file with its type', () => {
    expect(contentType('sources.csv')).toMatch(/^text\/csv/);
    expect(contentType('dataset.json')).toMatch(/^application\/json/);
  });
});
