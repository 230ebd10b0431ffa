import {
  type Dataset,
  type Economy,
  findObservation,
  getSeries,
  type RateRange,
  type SeriesFigure,
  story,
  type TariffStack,
  TRADE_SERIES,
} from '@tradetalks/core';
import { SIDES } from './economies';
import { perDataset } from './memo';
import { uniqueIds } from './sources';

/** A tariff stack reduced to its headline: the date and the sums. */
export interface StackFigure {
  readonly date: string;
  readonly allGoodsPct: RateRange;
  readonly highestOnListedGoodsPct: RateRange;
}

export interface SideFacts {
  readonly imposedBy: Economy;
  readonly on: Economy;
  readonly peak: StackFigure;
  readonly now: StackFigure;
  readonly sourceIds: readonly string[];
}

/** One observation as the overview shows it. */
export interface FigureFacts {
  readonly seriesId: string;
  readonly period: string;
  readonly value: number;
  readonly vintage:
    | { readonly id: string; readonly label: string; readonly releasedOn?: string }
    | undefined;
  readonly sourceIds: readonly string[];
}

/** The headline figures of the story, as the Overview view and `tradetalks facts` show them. */
export interface Facts {
  readonly asOf: string;
  readonly datasetVersion: string;
  readonly tariffs: readonly SideFacts[];
  readonly trade: ReturnType<typeof story>['trade'] & { readonly sourceIds: readonly string[] };
  readonly exportShare: {
    readonly points: ReturnType<typeof story>['exportShare'];
    readonly changePp: number | undefined;
    readonly sourceIds: readonly string[];
  };
  readonly gdp: {
    readonly title: string;
    /** How the series is measured, in the publisher's terms. */
    readonly basis: string;
    readonly basisCode: string;
    readonly decimals: number;
    readonly firstPrint: FigureFacts;
    readonly latest: FigureFacts;
    /** Latest minus first print, percentage points (from core). */
    readonly revisionPp: number;
  };
  readonly pmi: {
    readonly title: string;
    readonly basis: string;
    readonly decimals: number;
    readonly thresholdIndex: number;
    readonly month: FigureFacts;
    readonly previousMonth: FigureFacts | undefined;
    readonly expected: FigureFacts | undefined;
    readonly changeFromPrevious: number | undefined;
    readonly gapToExpected: number | undefined;
  };
}

const stackFigure = (stack: TariffStack): StackFigure => ({
  date: stack.date,
  allGoodsPct: stack.allGoods,
  highestOnListedGoodsPct: stack.highestOnListedGoods,
});

/** Sources of the layers that make up the all-goods sums. */
const allGoodsSources = (...stacks: TariffStack[]): string[] =>
  uniqueIds(
    stacks.flatMap((s) =>
      s.layers.filter((l) => l.layer.scope === 'all-goods').flatMap((l) => l.measure.sourceIds),
    ),
  );

const figureFacts = ({ series, observation }: SeriesFigure): FigureFacts => {
  const vintage = series.vintages?.find((v) => v.id === observation.vintageId);
  return {
    seriesId: series.id,
    period: observation.period,
    value: observation.value,
    vintage: vintage && {
      id: vintage.id,
      label: vintage.label,
      ...(vintage.releasedOn ? { releasedOn: vintage.releasedOn } : {}),
    },
    sourceIds: observation.sourceIds,
  };
};

const observationSources = (
  dataset: Dataset,
  seriesIds: readonly string[],
  periods: readonly number[],
) =>
  uniqueIds(
    seriesIds.flatMap((id) =>
      periods.flatMap((p) => findObservation(getSeries(dataset, id), String(p))?.sourceIds ?? []),
    ),
  );

/** The facts, computed once per dataset. */
export const factsOf = perDataset((dataset): Facts => {
  const s = story(dataset);
  const stacks: Record<Economy, { peak: TariffStack; now: TariffStack }> = {
    US: { peak: s.tariffs.usPeak, now: s.tariffs.usNow },
    CN: { peak: s.tariffs.chinaPeak, now: s.tariffs.chinaNow },
  };
  const shareYears = s.exportShare.map((p) => p.year);
  return {
    asOf: s.asOf,
    datasetVersion: dataset.version,
    tariffs: SIDES.map((side) => ({
      imposedBy: side,
      on: stacks[side].peak.on,
      peak: stackFigure(stacks[side].peak),
      now: stackFigure(stacks[side].now),
      sourceIds: allGoodsSources(stacks[side].peak, stacks[side].now),
    })),
    trade: {
      ...s.trade,
      sourceIds: observationSources(
        dataset,
        [TRADE_SERIES.exports, TRADE_SERIES.imports],
        [s.trade.from.year, s.trade.to.year],
      ),
    },
    exportShare: {
      points: s.exportShare,
      changePp: s.exportShareChangePp,
      sourceIds: observationSources(
        dataset,
        [TRADE_SERIES.chinaExportsToUs, TRADE_SERIES.chinaExportsTotal],
        shareYears,
      ),
    },
    gdp: {
      title: s.gdp.latest.series.title,
      basis: s.gdp.latest.series.basis,
      basisCode: s.gdp.latest.series.basisCode,
      decimals: s.gdp.latest.series.decimals,
      firstPrint: figureFacts(s.gdp.firstPrint),
      latest: figureFacts(s.gdp.latest),
      revisionPp: s.gdp.revisionPp,
    },
    pmi: {
      title: s.pmi.april.series.title,
      basis: s.pmi.april.series.basis,
      decimals: s.pmi.april.series.decimals,
      thresholdIndex: s.pmi.thresholdIndex,
      month: figureFacts(s.pmi.april),
      previousMonth: s.pmi.march && figureFacts(s.pmi.march),
      expected: s.pmi.expected && figureFacts(s.pmi.expected),
      changeFromPrevious: s.pmi.changeFromMarch,
      gapToExpected: s.pmi.gapToExpected,
    },
  };
});
