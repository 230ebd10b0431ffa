import { formatDate, formatDateRange } from '../format/date';
import {
  formatChangePct,
  formatIndex,
  formatNumber,
  formatPercent,
  formatRate,
  formatUsdBn,
} from '../format/number';
import type { Basis, ClaimCheck, Dataset, ObservationRef } from '../types';
import { annualizedChangePct, percentChange, sharePct } from './change';
import { type FigureUnit, formatFigure, type Recomputed } from './claim-figures';
import {
  addIntervals,
  annualizedInterval,
  type Interval,
  percentChangeInterval,
  roundingInterval,
  shareInterval,
} from './interval';
import { type ResolvedObservation, resolveObservation } from './series';
import { tariffStackOn } from './tariff-stack';

/** The outcome of evaluating one check against the dataset. */
export type Evaluation =
  | {
      readonly ok: true;
      readonly recomputed: Recomputed;
      readonly formula: string;
      readonly basis?: Basis | undefined;
      readonly describe: string;
      readonly sourceIds: readonly string[];
      /** Every source behind the evidence is the article itself: nothing independent. */
      readonly articleOnly: boolean;
    }
  | { readonly ok: false; readonly reason: string };

const num = (value: number) => formatNumber(value, 2);

const resolveAll = (dataset: Dataset, refs: readonly ObservationRef[]) => {
  const resolved = refs.map((ref) => resolveObservation(dataset, ref));
  return resolved.every((r): r is ResolvedObservation => r !== undefined) ? resolved : undefined;
};

const sourcesOf = (resolved: readonly ResolvedObservation[]) =>
  resolved.flatMap((r) => r.observation.sourceIds);

const describeRef = (r: ResolvedObservation): string => {
  const vintage = r.series.vintages?.find((v) => v.id === r.observation.vintageId);
  return `${r.series.title}, ${formatDate(r.observation.period)}${vintage ? ` (${vintage.label.toLowerCase()})` : ''}`;
};

const missing = (reason: string): Evaluation => ({ ok: false, reason });

const kindsCache = /* @__PURE__ */ new WeakMap<Dataset, ReadonlyMap<string, string>>();
const sourceKinds = (dataset: Dataset): ReadonlyMap<string, string> => {
  let kinds = kindsCache.get(dataset);
  if (kinds === undefined) {
    kinds = new Map(dataset.sources.map((s) => [s.id, s.kind]));
    kindsCache.set(dataset, kinds);
  }
  return kinds;
};

const numberResult = (
  value: number,
  unit: FigureUnit,
  interval: Interval,
  formula: string,
  describe: string,
  sourceIds: readonly string[],
  basis?: Basis,
): Evaluation => ({
  ok: true,
  recomputed: { kind: 'number', value, unit, interval },
  formula,
  describe,
  basis,
  sourceIds,
  articleOnly: false,
});

/** Recompute what a check points at. Never throws for a well-formed dataset. */
export const evaluateCheck = (dataset: Dataset, check: ClaimCheck): Evaluation => {
  switch (check.kind) {
    case 'unverifiable':
      return missing(check.reason);
    case 'tariff-stack': {
      const stack = tariffStackOn(dataset, check.imposedBy, check.date);
      const allGoods = stack.layers.filter((l) => l.layer.scope === 'all-goods' && l.rate);
      if (allGoods.length === 0) return missing(`no all-goods tariff in force on ${check.date}`);
      const listed = check.figure === 'highest-on-listed-goods';
      const top = listed ? stack.highestListedLayer : undefined;
      if (listed && top === undefined)
        return missing(`no listed-goods tariff in force on ${check.date}`);
      const layers = top === undefined ? allGoods : [top, ...allGoods];
      const total = listed ? stack.highestOnListedGoods : stack.allGoods;
      const parts = layers.map((l) => `${formatRate(l.rate)} (${l.layer.name})`).join(' + ');
      return numberResult(
        total.minPct,
        'percent',
        { low: total.minPct, high: total.maxPct },
        `${parts} = ${formatRate(total)}`,
        listed
          ? `the most a listed good paid on ${formatDate(check.date)}`
          : `the tariffs on all goods in force on ${formatDate(check.date)}`,
        layers.flatMap((l) => l.measure.sourceIds),
      );
    }
    case 'tariff-measure': {
      const measure = dataset.tariffMeasures.find((m) => m.id === check.measureId);
      if (measure === undefined) return missing(`no tariff measure ${check.measureId}`);
      if (check.field === 'rate') {
        if (measure.rate === undefined) return missing('the rate of this measure is not verified');
        const { minPct, maxPct } = measure.rate;
        return numberResult(
          minPct,
          'percent',
          { low: minPct, high: maxPct },
          `${measure.action}: ${formatRate(measure.rate)}`,
          'the measure’s rate',
          measure.sourceIds,
        );
      }
      if (measure.coverageUsdBn === undefined)
        return missing('the coverage of this measure is not verified');
      return numberResult(
        measure.coverageUsdBn,
        'usd-bn',
        roundingInterval(measure.coverageUsdBn, 0),
        `${measure.action}: about ${formatUsdBn(measure.coverageUsdBn, 0)} of goods`,
        'the goods the measure covers',
        measure.sourceIds,
      );
    }
    case 'observation': {
      const r = resolveObservation(dataset, check.ref);
      if (r === undefined)
        return missing(`no figure for ${check.ref.seriesId} in ${check.ref.period}`);
      const unit = r.series.unit;
      return numberResult(
        r.observation.value,
        unit,
        r.interval,
        `${describeRef(r)}: ${formatFigure(r.observation.value, unit)}`,
        describeRef(r),
        r.observation.sourceIds,
        r.series.basisCode,
      );
    }
    case 'sum': {
      const rs = resolveAll(dataset, check.terms);
      if (rs === undefined) return missing('a term of the sum has no verified figure');
      const total = rs.reduce((s, r) => s + r.observation.value, 0);
      return numberResult(
        total,
        rs[0]?.series.unit ?? 'usd-bn',
        addIntervals(rs.map((r) => r.interval)),
        `${rs.map((r) => num(r.observation.value)).join(' + ')} = ${num(total)}`,
        rs.map(describeRef).join(' plus '),
        sourcesOf(rs),
      );
    }
    case 'percent-change': {
      const from = resolveAll(dataset, check.from);
      const to = resolveAll(dataset, check.to);
      if (from === undefined || to === undefined)
        return missing('a figure of the change is not verified');
      const sum = (rs: ResolvedObservation[]) => rs.reduce((s, r) => s + r.observation.value, 0);
      const [f, t] = [sum(from), sum(to)];
      if (f === 0) return missing('the change starts from zero, so it has no percentage');
      const value = percentChange(f, t);
      const interval = percentChangeInterval(
        addIntervals(from.map((r) => r.interval)),
        addIntervals(to.map((r) => r.interval)),
      );
      return numberResult(
        value,
        'percent-change',
        interval,
        `(${num(t)} − ${num(f)}) ÷ ${num(f)} × 100 = ${formatChangePct(value, 2)}`,
        `the change from ${num(f)} to ${num(t)}`,
        [...sourcesOf(from), ...sourcesOf(to)],
        check.basis,
      );
    }
    case 'annualized-change': {
      const rs = resolveAll(dataset, [check.from, check.to]);
      if (rs === undefined) return missing('a level of the change is not verified');
      const [from, to] = rs as [ResolvedObservation, ResolvedObservation];
      const [f, t] = [from.observation.value, to.observation.value];
      if (f <= 0) return missing('the change starts from a level that is not positive');
      const value = annualizedChangePct(f, t);
      const interval = annualizedInterval(from.interval, to.interval);
      return numberResult(
        value,
        'percent',
        interval,
        `((${num(t)} ÷ ${num(f)})⁴ − 1) × 100 = ${formatChangePct(value, 2)}`,
        `the annualized change from ${describeRef(from)} to ${describeRef(to)}`,
        sourcesOf(rs),
        'annualized-quarter-over-quarter',
      );
    }
    case 'share': {
      const rs = resolveAll(dataset, [check.part, check.whole]);
      if (rs === undefined) return missing('the share’s figures are not verified for that year');
      const [part, whole] = rs as [ResolvedObservation, ResolvedObservation];
      if (whole.observation.value === 0) return missing('the whole is zero, so there is no share');
      const value = sharePct(part.observation.value, whole.observation.value);
      return numberResult(
        value,
        'percent',
        shareInterval(part.interval, whole.interval),
        `${num(part.observation.value)} ÷ ${num(whole.observation.value)} × 100 = ${formatPercent(value, 2)}`,
        `${describeRef(part)} as a share of ${describeRef(whole)}`,
        sourcesOf(rs),
        'share',
      );
    }
    case 'below': {
      const r = resolveObservation(dataset, check.ref);
      if (r === undefined)
        return missing(`no figure for ${check.ref.seriesId} in ${check.ref.period}`);
      const than = check.than === undefined ? undefined : resolveObservation(dataset, check.than);
      if (check.than !== undefined && than === undefined)
        return missing('the comparison figure is not verified');
      const bar = than?.observation.value ?? r.series.threshold;
      if (bar === undefined) return missing(`${r.series.title} has no threshold to compare with`);
      const value = r.observation.value;
      const barLabel = than ? describeRef(than) : 'the 50 threshold';
      return {
        ok: true,
        recomputed: { kind: 'holds', holds: value < bar, differencePoints: value - bar },
        formula: `${formatIndex(value)} − ${formatIndex(bar)} = ${formatIndex(value - bar)} points`,
        describe: `${describeRef(r)} against ${barLabel}`,
        sourceIds: [...r.observation.sourceIds, ...(than?.observation.sourceIds ?? [])],
        articleOnly: false,
      };
    }
    case 'zero': {
      const rs = resolveAll(dataset, check.terms);
      if (rs === undefined) return missing('a figure of the check is not verified');
      const total = rs.reduce((sum, r) => sum + r.observation.value, 0);
      const unit = rs[0]?.series.unit ?? 'usd-bn';
      return {
        ok: true,
        recomputed: { kind: 'holds', holds: total === 0, differencePoints: total },
        formula: `${rs.map((r) => formatFigure(r.observation.value, unit)).join(' + ')} = ${formatFigure(total, unit)}`,
        describe: rs.map(describeRef).join(' plus '),
        sourceIds: sourcesOf(rs),
        articleOnly: false,
      };
    }
    case 'event-date': {
      const event = dataset.events.find((e) => e.id === check.eventId);
      if (event === undefined) return missing(`no event ${check.eventId}`);
      const kinds = sourceKinds(dataset);
      return {
        ok: true,
        recomputed: { kind: 'date', date: event.date, endDate: event.endDate },
        formula: `${event.title}: ${formatDateRange(event.date, event.endDate)}`,
        describe: event.title,
        sourceIds: event.sourceIds,
        articleOnly: event.sourceIds.every((id) => kinds.get(id) === 'article'),
      };
    }
  }
};
