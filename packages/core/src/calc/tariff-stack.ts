import type { Dataset, Economy, RateRange, TariffLayer, TariffMeasure } from '../types';

/** One layer of a tariff stack and the measure that sets it on the day. */
export interface StackLayer {
  readonly layer: TariffLayer;
  readonly measure: TariffMeasure;
  /** `undefined` where the rate is not verified (the layer is listed but adds nothing). */
  readonly rate: RateRange | undefined;
}

/** The additional tariffs one side imposed on the other, in force on a date. */
export interface TariffStack {
  readonly date: string;
  readonly imposedBy: Economy;
  readonly on: Economy;
  /** Every layer in force, all-goods layers first. */
  readonly layers: readonly StackLayer[];
  /** Sum of the all-goods layers: the headline rate on any good, percent. */
  readonly allGoods: RateRange;
  /** All-goods plus the highest listed-goods layer: the most a single listed good can carry. */
  readonly highestOnListedGoods: RateRange;
  /** Layers in force whose rate is not verified, so the sums leave them out. */
  readonly unknownRateLayers: readonly TariffLayer[];
}

/** What a stack counts and what it leaves out, by side. */
export const STACK_SCOPE = {
  US: {
    includes: [
      'IEEPA “fentanyl” tariff',
      'IEEPA “reciprocal” tariff',
      'Section 301 tariffs, by list',
    ],
    excludes: ['MFN (normal) duties', 'Section 232 tariffs', 'product exclusions and exemptions'],
  },
  CN: {
    includes: ['Additional tariffs on all U.S. goods', 'Retaliatory tariffs, by list'],
    excludes: [
      'MFN (normal) duties',
      'product exclusions and waivers',
      'non-tariff countermeasures',
    ],
  },
} as const satisfies Record<Economy, { includes: readonly string[]; excludes: readonly string[] }>;

const ZERO: RateRange = { minPct: 0, maxPct: 0 };
const addRates = (a: RateRange, b: RateRange): RateRange => ({
  minPct: a.minPct + b.minPct,
  maxPct: a.maxPct + b.maxPct,
});

interface SideIndex {
  /** Dates on which this side's stack changes, ascending. */
  readonly changeDates: readonly string[];
  /** The measures in force from each change date until the next. */
  readonly inForce: readonly (readonly TariffMeasure[])[];
}

const buildSideIndex = (dataset: Dataset, imposedBy: Economy): SideIndex => {
  const measures = dataset.tariffMeasures.filter((m) => m.imposedBy === imposedBy);
  const changeDates = [...new Set(measures.map((m) => m.effectiveOn))].sort();
  const inForce = changeDates.map((date) => {
    const started = measures.filter((m) => m.effectiveOn <= date);
    const replaced = new Set(started.flatMap((m) => [...(m.supersedes ?? []), ...(m.ends ?? [])]));
    return started.filter((m) => !replaced.has(m.id));
  });
  return { changeDates, inForce };
};

const indexes = new WeakMap<Dataset, Record<Economy, SideIndex>>();
const indexFor = (dataset: Dataset, imposedBy: Economy): SideIndex => {
  let entry = indexes.get(dataset);
  if (entry === undefined) {
    entry = { US: buildSideIndex(dataset, 'US'), CN: buildSideIndex(dataset, 'CN') };
    indexes.set(dataset, entry);
  }
  return entry[imposedBy];
};

/** Index of the last change date on or before `date`, or −1. Binary search. */
const lastChangeOnOrBefore = (dates: readonly string[], date: string): number => {
  let lo = 0;
  let hi = dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as string) <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};

/**
 * The tariff stack `imposedBy` applied to the other side on `date` (`YYYY-MM-DD`), as layers
 * with their sums. A measure counts from its effective day; where two take effect the same
 * day, the one that supersedes the other wins. See `STACK_SCOPE` for what is counted.
 *
 * On 2025-04-10 the U.S. all-goods stack is 20% + 125% = 145%; on 2025-05-14, 30%.
 * Before the first measure the stack is empty and sums to 0.
 */
export const tariffStackOn = (dataset: Dataset, imposedBy: Economy, date: string): TariffStack => {
  const index = indexFor(dataset, imposedBy);
  const at = lastChangeOnOrBefore(index.changeDates, date);
  const measures = at < 0 ? [] : (index.inForce[at] ?? []);
  const layerById = new Map(dataset.tariffLayers.map((l) => [l.id, l]));
  const layers = measures
    .map((measure) => ({
      layer: layerById.get(measure.layerId) as TariffLayer,
      measure,
      rate: measure.rate,
    }))
    .sort((a, b) => a.layer.order - b.layer.order);
  const known = layers.filter((l): l is StackLayer & { rate: RateRange } => l.rate !== undefined);
  const allGoods = known
    .filter((l) => l.layer.scope === 'all-goods')
    .reduce((s, l) => addRates(s, l.rate), ZERO);
  const listed = known.filter((l) => l.layer.scope === 'listed-goods').map((l) => l.rate);
  const highestListed = listed.reduce<RateRange>(
    (max, r) => ({
      minPct: Math.max(max.minPct, r.minPct),
      maxPct: Math.max(max.maxPct, r.maxPct),
    }),
    ZERO,
  );
  return {
    date,
    imposedBy,
    on: imposedBy === 'US' ? 'CN' : 'US',
    layers,
    allGoods,
    highestOnListedGoods: addRates(allGoods, highestListed),
    unknownRateLayers: layers.filter((l) => l.rate === undefined).map((l) => l.layer),
  };
};

/** Every date on which either side's stack changes, ascending and unique. */
export const tariffChangeDates = (dataset: Dataset, imposedBy?: Economy): readonly string[] => {
  const sides: Economy[] = imposedBy === undefined ? ['US', 'CN'] : [imposedBy];
  const dates = sides.flatMap((side) => indexFor(dataset, side).changeDates);
  return [...new Set(dates)].sort();
};

/** One step of a stack's history: the stack from `date` until the next step. */
export interface TariffStep {
  readonly date: string;
  readonly allGoods: RateRange;
  readonly highestOnListedGoods: RateRange;
}

/** The steps of one side's stack over time, for a step chart. */
export const tariffSteps = (dataset: Dataset, imposedBy: Economy): readonly TariffStep[] =>
  indexFor(dataset, imposedBy).changeDates.map((date) => {
    const stack = tariffStackOn(dataset, imposedBy, date);
    return { date, allGoods: stack.allGoods, highestOnListedGoods: stack.highestOnListedGoods };
  });

/** The highest all-goods stack one side reached, and the first day it was in force. */
export const peakStack = (dataset: Dataset, imposedBy: Economy): TariffStack => {
  const steps = tariffSteps(dataset, imposedBy);
  const peak = steps.reduce<TariffStep | undefined>(
    (best, step) =>
      best === undefined || step.allGoods.maxPct > best.allGoods.maxPct ? step : best,
    undefined,
  );
  if (peak === undefined) throw new RangeError(`no tariff measures imposed by ${imposedBy}`);
  return tariffStackOn(dataset, imposedBy, peak.date);
};

/** The step before `date` and after it, for moving through the history one action at a time. */
export const adjacentChangeDates = (
  dataset: Dataset,
  date: string,
): { readonly previous: string | undefined; readonly next: string | undefined } => {
  const dates = tariffChangeDates(dataset);
  return {
    previous: [...dates].reverse().find((d) => d < date),
    next: dates.find((d) => d > date),
  };
};
