import { type Dataset, getActor, getSource, type TariffStack } from '@tradetalks/core';

/**
 * The version of every `--json` document's shape. A change that removes or renames a key,
 * or changes a value's type or unit, raises it; adding a key does not.
 */
export const SCHEMA_VERSION = 1;

/** The fields every `--json` document starts with. */
export const metaJson = (command: string, dataset: Dataset) => ({
  schemaVersion: SCHEMA_VERSION,
  command,
  asOf: dataset.asOf,
  datasetVersion: dataset.version,
});

/** A person or body by id, with name and role, for programs that should not look them up. */
export const actorJson = (dataset: Dataset, id: string) => {
  const actor = getActor(dataset, id);
  return { id: actor.id, name: actor.name, role: actor.role };
};

/** The sources behind `ids`, each once, in the order first cited: what a link says it is. */
export const sourcesJson = (dataset: Dataset, ids: readonly string[]) =>
  [...new Set(ids)].map((id) => {
    const s = getSource(dataset, id);
    return {
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      kind: s.kind,
      url: s.url ?? null,
      via: s.via ?? null,
    };
  });

/** One side's stack on a day: its sums and its layers, rates in percent. */
export const stackJson = (
  stack: TariffStack,
  scope: { includes: readonly string[]; excludes: readonly string[] },
) => ({
  imposedBy: stack.imposedBy,
  on: stack.on,
  date: stack.date,
  allGoodsPct: stack.allGoods,
  highestOnListedGoodsPct: stack.highestOnListedGoods,
  layers: stack.layers.map((l) => ({
    layerId: l.layer.id,
    name: l.layer.name,
    scope: l.layer.scope,
    legalBasis: l.measure.legalBasis,
    ratePct: l.rate ?? null,
    measureId: l.measure.id,
    action: l.measure.action,
    effectiveOn: l.measure.effectiveOn,
    sourceIds: l.measure.sourceIds,
  })),
  scope,
});

/**
 * `value` without the noise of binary floating point (`-355.29999999999995` → `-355.3`):
 * kept to 12 significant digits, far more than any figure here is published to, so no
 * digit that means anything changes. It is not a rounding to a figure's precision; that is
 * core's to give (see the README's note on precision).
 */
export const withoutFloatNoise = (value: number): number =>
  Number.isFinite(value) && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value;

/** A document as JSON text: two-space indents, numbers without float noise, one newline. */
export const toJsonText = (document: unknown): string =>
  `${JSON.stringify(document, (_key, value) => (typeof value === 'number' ? withoutFloatNoise(value) : value), 2)}\n`;
