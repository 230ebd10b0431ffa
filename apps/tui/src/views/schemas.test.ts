import { readFileSync, writeFileSync } from 'node:fs';
import { dataset, tariffChangeDates } from '@tradetalks/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { toJsonText } from '../json/json-parts';
import { VIEWS } from './registry';

const SCHEMAS = new URL('../../schemas/', import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });

/** Every number in a document, with where it is. */
const numbersIn = (value: unknown, path = '$'): [string, number][] => {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
};

describe.each(VIEWS.map((v) => [v.command.name, v] as const))('the JSON of %s', (name, view) => {
  const days = view.command.options?.includes('date') ? tariffChangeDates(dataset) : [dataset.asOf];

  it('validates against its schema on every day it takes', () => {
    const validate = ajv.compile(view.schema);
    for (const date of days) {
      const document = JSON.parse(toJsonText(view.json(dataset, { date })));
      const ok = validate(document);
      expect(validate.errors ?? [], `${name} on ${date}`).toEqual([]);
      expect(ok).toBe(true);
      expect(document).toMatchObject({ schemaVersion: 1, command: name, asOf: dataset.asOf });
    }
  });

  it('carries no float noise', () => {
    const document = JSON.parse(toJsonText(view.json(dataset, { date: dataset.asOf })));
    const noisy = numbersIn(document).filter(([, n]) => n !== Number(n.toPrecision(12)));
    expect(noisy).toEqual([]);
  });

  it('ships its schema as schemas/<command>.schema.json, as the code has it', () => {
    const file = new URL(`${name}.schema.json`, SCHEMAS);
    // Compared as data: Biome formats the files as it formats the rest.
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, toJsonText(view.schema));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(view.schema);
  });
});

describe('the schemas', () => {
  it('fail a document with a wrong or missing key (so the check above can fail)', () => {
    const tariffs = VIEWS.find((v) => v.id === 'tariffs');
    const validate = ajv.compile(tariffs?.schema ?? {});
    const good = JSON.parse(toJsonText(tariffs?.json(dataset, { date: dataset.asOf })));
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, schemaVersion: 2 })).toBe(false);
    const { stacks: _stacks, ...withoutStacks } = good;
    expect(validate(withoutStacks)).toBe(false);
    expect(
      validate({ ...good, stacks: [{ ...good.stacks[0], allGoods: 20 }, good.stacks[1]] }),
    ).toBe(false);
  });
});
