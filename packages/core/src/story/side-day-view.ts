// One side's stack on a day, as every surface shows it: its layers with their legal standing,
// the all-goods and listed-goods rates, what the lists covered, the stretch of days it held
// and the change from the step before. `tariffDay` puts two of these side by side.
import type { TariffCoverage } from '../calc/coverage';
import { addDays } from '../calc/dates';
import {
  STACK_SCOPE,
  type StackLayer,
  type TariffStack,
  tariffChangeDates,
  tariffStackOn,
} from '../calc/tariff-stack';
import { formatDate } from '../format/date';
import { PROGRAM_LABELS, SCOPE_LABELS, SIDE_TITLES } from '../format/labels';
import { formatNumber, formatPp, formatRate, formatUsdBn } from '../format/number';
import { roundDerived } from '../format/precision';
import type { Dataset, Economy, RateRange, TariffProgram } from '../types';
import { type LegalView, legalView } from './legal';
import { type SourceRef, sourceRefs } from './source-ref';

/** One layer of a stack as surfaces show it. */
export interface LayerView {
  readonly id: string;
  readonly name: string;
  readonly program: TariffProgram;
  readonly programLabel: string;
  readonly scope: 'all-goods' | 'listed-goods';
  readonly scopeLabel: string;
  /** For listed goods: what the list covers. */
  readonly covers: string | undefined;
  readonly rate: RateRange | undefined;
  /** "25%", "5–10%", or "rate not verified". */
  readonly rateText: string;
  /** The day the measure setting this rate took effect. */
  readonly since: string;
  readonly sinceText: string;
  /** The measure that sets the rate, in our words. */
  readonly action: string;
  readonly measureId: string;
  readonly coverageUsdBn: number | undefined;
  /** The measure's and the layer's notes. */
  readonly notes: readonly string[];
  /** Later (or earlier) court findings; `undefined` where there are none. */
  readonly legal: LegalView | undefined;
  readonly sources: readonly SourceRef[];
}

/** One side's stack on a day. */
export interface SideDayView {
  readonly side: Economy;
  readonly on: Economy;
  readonly title: string;
  readonly shortTitle: string;
  /** The sum of the all-goods layers: what every good paid. */
  readonly allGoods: { readonly rate: RateRange; readonly text: string };
  /** The most a single listed good paid: all goods plus the highest listed layer. */
  readonly highestOnListedGoods: {
    readonly rate: RateRange;
    readonly text: string;
    readonly layerName: string | undefined;
  };
  /**
   * What the listed-goods layers covered, so a 0% all-goods day never reads as "no tariffs":
   * "Section 301 lists (2018–2019): 25% on about $250B and 7.5% on about $120B of goods".
   */
  readonly listedSummary: string | undefined;
  readonly layers: readonly LayerView[];
  /** Layers in force whose rate is not verified, by name. */
  readonly unknownRateLayers: readonly string[];
  /** The stretch of days this side's stack held, within the verified data. */
  readonly stretch: { readonly from: string; readonly to: string; readonly text: string };
  /** The side's previous state, and the change in its all-goods rate from it. */
  readonly previous:
    | {
        readonly date: string;
        readonly allGoodsText: string;
        readonly changePp: number;
        readonly changeText: string;
      }
    | undefined;
  /** Whether this side's stack changed on the day shown. */
  readonly changedOnDate: boolean;
  readonly scope: { readonly includes: readonly string[]; readonly excludes: readonly string[] };
  /** Sources of the all-goods layers and of the highest listed layer. */
  readonly sources: readonly SourceRef[];
}

const layerView = (dataset: Dataset, l: StackLayer, date: string): LayerView => ({
  id: l.layer.id,
  name: l.layer.name,
  program: l.layer.program,
  programLabel: PROGRAM_LABELS[l.layer.program],
  scope: l.layer.scope,
  scopeLabel: SCOPE_LABELS[l.layer.scope],
  covers: l.layer.covers,
  rate: l.rate,
  rateText: formatRate(l.rate),
  since: l.measure.effectiveOn,
  sinceText: formatDate(l.measure.effectiveOn),
  action: l.measure.action,
  measureId: l.measure.id,
  coverageUsdBn: l.measure.coverageUsdBn,
  notes: [l.measure.note, l.layer.note].filter((n): n is string => n !== undefined),
  legal: l.legal && legalView(dataset, l.layer, l.legal, date),
  sources: sourceRefs(dataset, l.measure.sourceIds),
});

const rateKey = (r: RateRange) => `${r.minPct}-${r.maxPct}`;

/** "25% on about $250B and 7.5% on about $120B of goods", per programme. */
const listedSummary = (stack: TariffStack): string | undefined => {
  // A layer at 0% (the legacy-chips tariff, for now) covers goods but charges nothing.
  const listed = stack.layers.filter(
    (l) => l.layer.scope === 'listed-goods' && l.rate !== undefined && l.rate.maxPct > 0,
  );
  if (listed.length === 0) return undefined;
  const programs = [...new Set(listed.map((l) => l.layer.program))];
  return programs
    .map((program) => {
      const layers = listed.filter((l) => l.layer.program === program);
      const covered = layers.filter((l) => l.measure.coverageUsdBn !== undefined);
      const label = PROGRAM_LABELS[program];
      if (covered.length === layers.length) {
        const byRate = new Map<string, { rate: RateRange; usdBn: number }>();
        for (const l of covered) {
          const rate = l.rate as RateRange;
          const entry = byRate.get(rateKey(rate)) ?? { rate, usdBn: 0 };
          entry.usdBn += l.measure.coverageUsdBn as number;
          byRate.set(rateKey(rate), entry);
        }
        const parts = [...byRate.values()]
          .sort((a, b) => b.rate.maxPct - a.rate.maxPct)
          .map(
            (e) =>
              `${formatRate(e.rate)} on about ${formatUsdBn(roundDerived(e.usdBn, 'usd-bn'), 0)}`,
          );
        const joined =
          parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
        return `${label}: ${joined} of goods`;
      }
      const rates = layers.map((l) => l.rate as RateRange);
      const span: RateRange = {
        minPct: Math.min(...rates.map((r) => r.minPct)),
        maxPct: Math.max(...rates.map((r) => r.maxPct)),
      };
      const noun = program === 'section-301-review' ? 'product group' : 'list';
      const groups = `${formatNumber(layers.length, 0)} ${noun}${layers.length === 1 ? '' : 's'}`;
      return `${label}: ${groups} at ${formatRate(span)}`;
    })
    .join('; ');
};

/** One side's stack on `stacksOn`, with the stretch of days it held within `coverage`. */
export const sideView = (
  dataset: Dataset,
  side: Economy,
  stacksOn: string,
  coverage: TariffCoverage,
): SideDayView => {
  const stack = tariffStackOn(dataset, side, stacksOn);
  const dates = tariffChangeDates(dataset, side);
  const startIndex = dates.filter((d) => d <= stacksOn).length - 1;
  const from = dates[startIndex] ?? coverage.from;
  const next = dates[startIndex + 1];
  const through = coverage.verifiedThrough[side];
  const to = next === undefined || next > through ? through : addDays(next, -1);
  const before =
    startIndex >= 1 ? tariffStackOn(dataset, side, dates[startIndex - 1] as string) : undefined;
  const top = stack.highestListedLayer;
  const changePp =
    before === undefined
      ? undefined
      : roundDerived(stack.allGoods.maxPct - before.allGoods.maxPct, 'pp');
  return {
    side,
    on: stack.on,
    title: SIDE_TITLES[side].full,
    shortTitle: SIDE_TITLES[side].short,
    allGoods: { rate: stack.allGoods, text: formatRate(stack.allGoods) },
    highestOnListedGoods: {
      rate: stack.highestOnListedGoods,
      text: formatRate(stack.highestOnListedGoods),
      layerName: top?.layer.name,
    },
    listedSummary: listedSummary(stack),
    layers: stack.layers.map((l) => layerView(dataset, l, stacksOn)),
    unknownRateLayers: stack.unknownRateLayers.map((l) => l.name),
    stretch: {
      from,
      to,
      text: from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`,
    },
    previous:
      before === undefined || changePp === undefined
        ? undefined
        : {
            date: before.date,
            allGoodsText: formatRate(before.allGoods),
            changePp,
            changeText: formatPp(changePp),
          },
    changedOnDate: dates.includes(stacksOn),
    scope: STACK_SCOPE[side],
    sources: sourceRefs(dataset, [
      ...stack.layers
        .filter((l) => l.layer.scope === 'all-goods')
        .flatMap((l) => l.measure.sourceIds),
      ...(top?.measure.sourceIds ?? []),
    ]),
  };
};
