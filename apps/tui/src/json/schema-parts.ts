// Pieces of JSON Schema (draft 2020-12) the views' schemas share.
import { LEGAL_STANDINGS, SOURCE_KINDS } from '@tradetalks/core';
import { SCHEMA_VERSION, VALUE_KEYS } from './json-parts';

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type Schema = Record<string, unknown>;

export const string: Schema = { type: 'string' };
export const nullableString: Schema = { type: ['string', 'null'] };
export const number: Schema = { type: 'number' };
export const integer: Schema = { type: 'integer' };
export const boolean: Schema = { type: 'boolean' };
export const isoDate: Schema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'ISO 8601 calendar date, YYYY-MM-DD',
};
/** A date known to the day, the month or the year: ISO 8601 at that precision. */
export const isoPartialDate: Schema = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'ISO 8601 date at the precision it is known: YYYY, YYYY-MM or YYYY-MM-DD',
};
/** A day, month, quarter (`2025-Q1`) or year a figure is for. */
export const period: Schema = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?|-Q[1-4])?$',
  description: 'YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-Qn for a quarter',
};
export const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] });
export const economy: Schema = { enum: ['US', 'CN'] };
export const ids: Schema = { type: 'array', items: string };
export const strings: Schema = { type: 'array', items: string };

export const arrayOf = (items: Schema, extra: Schema = {}): Schema => ({
  type: 'array',
  items,
  ...extra,
});

/** An object with exactly these keys, all required unless listed in `optional`. */
export const object = (
  properties: Record<string, Schema>,
  optional: readonly string[] = [],
): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});

/** A rate or range of rates in percent: `{ "minPct": 5, "maxPct": 10 }`. */
export const rateRangePct: Schema = object({ minPct: number, maxPct: number });

export const actor: Schema = object({
  id: string,
  name: string,
  role: string,
  side: economy,
});

export const source: Schema = object({
  id: string,
  label: { type: 'string', description: '“Publisher, via Site”, or the publisher alone' },
  publisher: string,
  via: nullableString,
  title: string,
  kind: { enum: Object.keys(SOURCE_KINDS) },
  kindLabel: string,
  url: { ...nullableString, description: 'the page the figure was read on' },
  original: nullable(
    object({
      url: string,
      title: nullableString,
      read: { type: 'boolean', description: 'whether the figure was read on the original' },
    }),
  ),
  publishedOn: nullable(isoPartialDate),
  note: nullableString,
});

/**
 * A figure as core gives it: its number under the one key that names its unit (`valuePct`,
 * `changeUsdBn`, …), `unit` saying which, the text every surface shows, and its sources.
 */
export const figure: Schema = {
  type: 'object',
  properties: {
    label: string,
    ...Object.fromEntries(Object.values(VALUE_KEYS).map((key) => [key, number])),
    unit: { enum: Object.keys(VALUE_KEYS) },
    text: string,
    date: nullable(period),
    note: nullableString,
    sourceIds: ids,
  },
  required: ['label', 'unit', 'text', 'date', 'note', 'sourceIds'],
  additionalProperties: false,
  oneOf: Object.entries(VALUE_KEYS).map(([unit, key]) => ({
    properties: { unit: { const: unit }, [key]: number },
    required: ['unit', key],
  })),
};

export const legal: Schema = nullable(
  object({
    standing: { enum: Object.keys(LEGAL_STANDINGS) },
    latestStanding: { enum: Object.keys(LEGAL_STANDINGS) },
    label: { type: 'string', description: 'a few words: “charged; later held unlawful”' },
    text: string,
    findings: arrayOf(
      object({
        date: isoDate,
        kind: string,
        court: string,
        summary: string,
        remedy: nullableString,
        eventId: nullableString,
        sourceIds: ids,
      }),
    ),
  }),
);

export const scheduled: Schema = object({
  id: string,
  date: isoDate,
  imposedBy: economy,
  title: string,
  summary: string,
  sourceIds: ids,
});

/** The fields every document starts with. */
export const meta = (command: string): Record<string, Schema> => ({
  schemaVersion: { const: SCHEMA_VERSION },
  command: { const: command },
  datasetVersion: string,
  asOf: { ...isoDate, description: 'the latest verified event in the data (not today)' },
  today: { ...isoDate, description: 'the day the document was made (the clock’s)' },
  dataAge: object({
    days: integer,
    months: { type: 'integer', description: 'whole calendar months from asOf to today' },
    text: string,
  }),
});

/** A whole document: the dialect, a title, the common fields and the command's own. */
export const documentSchema = (
  command: string,
  description: string,
  properties: Record<string, Schema>,
  optional: readonly string[] = [],
): Schema => ({
  $schema: SCHEMA_DIALECT,
  $id: `tradetalks/schemas/${command}.schema.json`,
  title: `tradetalks ${command} --json`,
  description,
  ...object(
    { ...meta(command), ...properties, sources: properties.sources ?? arrayOf(source) },
    optional,
  ),
});
