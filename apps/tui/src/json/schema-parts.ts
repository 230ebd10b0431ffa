// Pieces of JSON Schema (draft 2020-12) the views' schemas share.

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
export const economy: Schema = { enum: ['US', 'CN'] };
export const ids: Schema = { type: 'array', items: string };

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

export const actor: Schema = object({ id: string, name: string, role: string });

export const source: Schema = object({
  id: string,
  publisher: string,
  title: string,
  kind: { enum: ['official', 'secondary', 'research', 'article'] },
  url: nullableString,
  via: nullableString,
});

/** The fields every document starts with. */
export const meta = (command: string): Record<string, Schema> => ({
  schemaVersion: { const: 1 },
  command: { const: command },
  asOf: isoDate,
  datasetVersion: string,
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
  ...object({ ...meta(command), ...properties }, optional),
});

export const stack: Schema = object({
  imposedBy: economy,
  on: economy,
  date: isoDate,
  allGoodsPct: rateRangePct,
  highestOnListedGoodsPct: rateRangePct,
  layers: arrayOf(
    object({
      layerId: string,
      name: string,
      scope: { enum: ['all-goods', 'listed-goods'] },
      legalBasis: string,
      ratePct: { oneOf: [rateRangePct, { type: 'null' }] },
      measureId: string,
      action: string,
      effectiveOn: isoDate,
      sourceIds: ids,
    }),
  ),
  scope: object({ includes: ids, excludes: ids }),
});
