// The build writes the dataset as JSON (tsdown.config.ts): the shipped value must be the one
// the TypeScript records hold, and must ship as JSON.parse, which V8 reads faster.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset as source } from '../src/data/dataset';

const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('the built dataset', () => {
  it('is the records in src/data, value for value', async () => {
    const { dataset } = await import(built);
    expect(dataset).toStrictEqual(JSON.parse(JSON.stringify(source)));
    expect(dataset).toEqual(source);
  });

  it('ships as one JSON.parse of a string, droppable when unused', () => {
    const code = readFileSync(built, 'utf8');
    expect(code).toMatch(/const dataset = \/\* @__PURE__ \*\/ JSON\.parse\(["'`]\{/);
  });
});
