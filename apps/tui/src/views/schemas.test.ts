import { readFileSync, writeFileSync } from 'node:fs';
import { dataset, roundTo, tariffDayDates } from '@tradetalks/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, toJsonText } from '../json/json-parts';
import { TEST_TODAY } from '../testing/render-app';
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

const documentOf = (view: (typeof VIEWS)[number], date?: string) =>
  JSON.parse(toJsonText(view.json(dataset, { date, today: TEST_TODAY })));

describe.each(VIEWS.map((v) => [v.command.name, v] as const))('the JSON of %s', (name, view) => {
  // Tariffs on every change day, with no date, and on days after the verified data.
  const days = view.command.options?.includes('date')
    ? [undefined, ...tariffDayDates(dataset), '2026-11-10', '2026-12-01', '2031-01-01']
    : [undefined];

  it('validates against its schema on every day it takes', () => {
    const validate = ajv.compile(view.schema);
    for (const date of days) {
      const document = documentOf(view, date);
      const ok = validate(document);
      expect(validate.errors ?? [], `${name} on ${date}`).toEqual([]);
      expect(ok).toBe(true);
      expect(document).toMatchObject({
        schemaVersion: SCHEMA_VERSION,
        command: name,
        asOf: dataset.asOf,
        today: TEST_TODAY,
      });
    }
  });

  it('carries no float noise: every number at most 4 decimals, as core rounds them', () => {
    const noisy = numbersIn(documentOf(view)).filter(([, n]) => n !== roundTo(n, 4));
    expect(noisy).toEqual([]);
  });

  it('lists every source its parts cite, once', () => {
    const text = toJsonText(view.json(dataset, { date: undefined, today: TEST_TODAY }));
    const document = JSON.parse(text);
    const listed = document.sources.map((s: { id: string }) => s.id);
    expect(new Set(listed).size).toBe(listed.length);
    const cited = [
      ...text.matchAll(/"(?:sourceIds|claimSourceIds|evidenceSourceIds)": \[([^\]]*)\]/g),
    ].flatMap((m) => [...(m[1] ?? '').matchAll(/"([^"]+)"/g)].map((x) => x[1]));
    for (const id of cited) expect(listed).toContain(id);
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
    if (tariffs === undefined) throw new Error('no tariffs view');
    const validate = ajv.compile(tariffs.schema);
    const good = documentOf(tariffs);
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, schemaVersion: 1 })).toBe(false);
    const { stacks: _stacks, ...withoutStacks } = good;
    expect(validate(withoutStacks)).toBe(false);
    expect(
      validate({ ...good, stacks: [{ ...good.stacks[0], allGoods: 20 }, good.stacks[1]] }),
    ).toBe(false);
  });
  it('hold a figure’s number to the key its unit names', () => {
    const facts = VIEWS.find((v) => v.id === 'overview');
    if (facts === undefined) throw new Error('no overview');
    const validate = ajv.compile(facts.schema);
    const good = documentOf(facts);
    const { valuePct, ...peak } = good.tariffs[0].peak;
    const wrong = {
      ...good,
      tariffs: [{ ...good.tariffs[0], peak: { ...peak, valueUsdBn: valuePct } }, good.tariffs[1]],
    };
    expect(validate(good)).toBe(true);
    expect(validate(wrong)).toBe(false);
  });
});
