import type {
  Dataset,
  Economy,
  LegalFinding,
  RateRange,
  TariffLayer,
  TariffMeasure,
} from '../types';
import { type LegalStanding, legalStandingOn } from './legal-status';

/** Where a layer stood in law: on the stack's date, and on the latest finding in the data. */
export interface LayerLegalStatus {
  /** As of the stack's date: what an importer paying it could have known. */
  readonly onDate: LegalStanding;
  /** On the latest finding in the data (the view from the data's as-of date). */
  readonly latest: LegalStanding;
  /** Every finding on the layer, oldest first (some may postdate the stack's date). */
  readonly findings: readonly LegalFinding[];
}

/** One layer of a tariff stack and the measure that sets it on the day. */
export interface StackLayer {
  readonly layer: TariffLayer;
  readonly measure: TariffMeasure;
  /** `undefined` where the rate is not verified (the layer is listed but adds nothing). */
  readonly rate: RateRange | undefined;
  /** Later or earlier court findings on the layer; `undefined` where there are none. */
  readonly legal: LayerLegalStatus | undefined;
}

/** The additional tariffs one side imposed on the other, in force on a date. */
export interface TariffStack {
  readonly date: string;
  readonly imposedBy: Economy;
  readonly on: Economy;
  /** Every layer in force, in the data's order (all-goods layers first). */
  readonly layers: readonly StackLayer[];
  /** Sum of the all-goods layers: the headline rate on any good, percent. */
  readonly allGoods: RateRange;
  /** The listed-goods layer with the highest rate, if any is in force. */
  readonly highestListedLayer: (StackLayer & { readonly rate: RateRange }) | undefined;
  /** All-goods plus the highest listed-goods layer: the most a single listed good can carry. */
  readonly highestOnListedGoods: RateRange;
  /** Layers in force whose rate is not verified, so the sums leave them out. */
  readonly unknownRateLayers: readonly TariffLayer[];
  /**
   * Whether `date` falls after the last day this side's stack is verified: the stack is then
   * the last verified one, and what was scheduled after it (`dataset.scheduled`) is unknown.
   */
  readonly afterVerifiedData: boolean;
}

/** What a stack counts and what it leaves out, by side. */
export const STACK_SCOPE = {
  US: {
    includes: [
      'IEEPA “fentanyl” and “reciprocal” tariffs (charged until 23 February 2026)',
      'Section 122 surcharge (24 February – 23 July 2026)',
      'Section 301 tariffs: the 2018–2019 lists, the 2024 review’s product groups, the forced-labour tariff',
    ],
    excludes: [
      'MFN (normal) duties',
      'Section 232 tariffs (steel, aluminium, copper, cars, lumber, chips, medicines…)',
      'Section 201 safeguards',
      'anti-dumping and countervailing duties',
      'product exclusions and exemptions',
    ],
  },
  CN: {
    includes: ['Additional tariffs on all U.S. goods', 'Retaliatory tariffs, by list'],
    excludes: [
      'MFN (normal) duties',
      'product exclusions and waivers',
      'non-tariff countermeasures (export controls, port fees, entity lists)',
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
    // A measure that ends its layer leaves nothing in force behind it.
    return started.filter((m) => !replaced.has(m.id) && m.endsLayer !== true);
  });
  return { changeDates, inForce };
};

interface DatasetIndex {
  readonly sides: Record<Economy, SideIndex>;
  readonly layerById: ReadonlyMap<string, TariffLayer>;
}

const indexes = /* @__PURE__ */ new WeakMap<Dataset, DatasetIndex>();
const indexOf = (dataset: Dataset): DatasetIndex => {
  let entry = indexes.get(dataset);
  if (entry === undefined) {
    entry = {
      sides: { US: buildSideIndex(dataset, 'US'), CN: buildSideIndex(dataset, 'CN') },
      layerById: new Map(dataset.tariffLayers.map((l) => [l.id, l])),
    };
    indexes.set(dataset, entry);
  }
  return entry;
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

const legalStatusOf = (layer: TariffLayer, date: string): LayerLegalStatus | undefined => {
  const findings = layer.legalHistory ?? [];
  if (findings.length === 0) return undefined;
  return {
    onDate: legalStandingOn(findings, date),
    latest: legalStandingOn(findings, '9999-12-31'),
    findings,
  };
};

/**
 * The tariff stack `imposedBy` applied to the other side on `date` (`YYYY-MM-DD`), as layers
 * with their sums. A measure counts from its effective day; where two take effect the same
 * day, the one that supersedes the other wins. See `STACK_SCOPE` for what is counted.
 *
 * On 2025-04-10 the U.S. all-goods stack is 20% + 125% = 145%, and a good the 2024 review put
 * at 100% paid 245%. A layer later held unlawful stays in the stacks of the days it was
 * charged, with its `legal` status saying so. Before the first measure the stack is empty and
 * sums to 0; after the verified data it is the last verified stack, flagged `afterVerifiedData`.
 */
export const tariffStackOn = (dataset: Dataset, imposedBy: Economy, date: string): TariffStack => {
  const { sides, layerById } = indexOf(dataset);
  const index = sides[imposedBy];
  const at = lastChangeOnOrBefore(index.changeDates, date);
  const measures = at < 0 ? [] : (index.inForce[at] ?? []);
  const layers = measures
    .map((measure): StackLayer => {
      const layer = layerById.get(measure.layerId) as TariffLayer;
      return { layer, measure, rate: measure.rate, legal: legalStatusOf(layer, date) };
    })
    .sort(
      (a, b) =>
        Number(a.layer.scope !== 'all-goods') - Number(b.layer.scope !== 'all-goods') ||
        a.layer.order - b.layer.order,
    );
  const known = layers.filter((l): l is StackLayer & { rate: RateRange } => l.rate !== undefined);
  const allGoods = known
    .filter((l) => l.layer.scope === 'all-goods')
    .reduce((s, l) => addRates(s, l.rate), ZERO);
  const highestListedLayer = known
    .filter((l) => l.layer.scope === 'listed-goods')
    .reduce<(StackLayer & { rate: RateRange }) | undefined>(
      (best, l) => (best === undefined || l.rate.maxPct > best.rate.maxPct ? l : best),
      undefined,
    );
  return {
    date,
    imposedBy,
    on: imposedBy === 'US' ? 'CN' : 'US',
    layers,
    allGoods,
    highestListedLayer,
    highestOnListedGoods: addRates(allGoods, highestListedLayer?.rate ?? ZERO),
    unknownRateLayers: layers.filter((l) => l.rate === undefined).map((l) => l.layer),
    afterVerifiedData: date > (dataset.stacksVerifiedThrough[imposedBy] ?? dataset.asOf),
  };
};

/** Every date on which either side's stack changes, ascending and unique. */
export const tariffChangeDates = (dataset: Dataset, imposedBy?: Economy): readonly string[] => {
  const sides: Economy[] = imposedBy === undefined ? ['US', 'CN'] : [imposedBy];
  const dates = sides.flatMap((side) => indexOf(dataset).sides[side].changeDates);
  return [...new Set(dates)].sort();
};

/** One step of a stack's history: the stack from `date` until the next step. */
export interface TariffStep {
  readonly date: string;
  readonly allGoods: RateRange;
  readonly highestOnListedGoods: RateRange;
}

const stepsCache = /* @__PURE__ */ new WeakMap<
  Dataset,
  Partial<Record<Economy, readonly TariffStep[]>>
>();

/** The steps of one side's stack over time, for a step chart (computed once per dataset). */
export const tariffSteps = (dataset: Dataset, imposedBy: Economy): readonly TariffStep[] => {
  let entry = stepsCache.get(dataset);
  if (entry === undefined) {
    entry = {};
    stepsCache.set(dataset, entry);
  }
  let steps = entry[imposedBy];
  if (steps === undefined) {
    steps = indexOf(dataset).sides[imposedBy].changeDates.map((date) => {
      const stack = tariffStackOn(dataset, imposedBy, date);
      return { date, allGoods: stack.allGoods, highestOnListedGoods: stack.highestOnListedGoods };
    });
    entry[imposedBy] = steps;
  }
  return steps;
};

const peakBy = (
  dataset: Dataset,
  imposedBy: Economy,
  figure: (step: TariffStep) => number,
): TariffStack => {
  const steps = tariffSteps(dataset, imposedBy);
  const peak = steps.reduce<TariffStep | undefined>(
    (best, step) => (best === undefined || figure(step) > figure(best) ? step : best),
    undefined,
  );
  if (peak === undefined) throw new RangeError(`no tariff measures imposed by ${imposedBy}`);
  return tariffStackOn(dataset, imposedBy, peak.date);
};

/** The highest all-goods stack one side reached, on the first day it was in force. */
export const peakStack = (dataset: Dataset, imposedBy: Economy): TariffStack =>
  peakBy(dataset, imposedBy, (step) => step.allGoods.maxPct);

/** The stack on the first day a single listed good carried the most (all-goods + highest list). */
export const peakListedStack = (dataset: Dataset, imposedBy: Economy): TariffStack =>
  peakBy(dataset, imposedBy, (step) => step.highestOnListedGoods.maxPct);

/** The change dates before and after `date`, for moving through the history one step at a time. */
export const adjacentChangeDates = (
  dataset: Dataset,
  date: string,
): { readonly previous: string | undefined; readonly next: string | undefined } => {
  const dates = tariffChangeDates(dataset);
  const at = lastChangeOnOrBefore(dates, date);
  return { previous: dates[at] === date ? dates[at - 1] : dates[at], next: dates[at + 1] };
};
