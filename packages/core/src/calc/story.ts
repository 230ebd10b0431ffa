import type { Dataset, Observation, Series } from '../types';
import { percentagePointChange } from './change';
import { findObservation, getSeries } from './series';
import { peakStack, type TariffStack, tariffStackOn } from './tariff-stack';
import {
  type ExportShare,
  exportShareToUs,
  type TradeChange,
  tradeChange,
  tradeYearsWithTotals,
} from './trade';

/** A figure with the series it comes from, for linking to its sources. */
export interface SeriesFigure {
  readonly series: Series;
  readonly observation: Observation;
}

/** The headline numbers of the story, as both apps show them on their first screen. */
export interface Story {
  readonly asOf: string;
  readonly tariffs: {
    readonly usPeak: TariffStack;
    readonly chinaPeak: TariffStack;
    readonly usNow: TariffStack;
    readonly chinaNow: TariffStack;
  };
  /** The article's comparison: the year the trade war began against the latest full year. */
  readonly trade: TradeChange;
  readonly exportShare: readonly ExportShare[];
  readonly exportShareChangePp: number | undefined;
  readonly gdp: {
    readonly firstPrint: SeriesFigure;
    readonly latest: SeriesFigure;
    /** Latest estimate minus the first print, percentage points. */
    readonly revisionPp: number;
  };
  readonly pmi: {
    readonly april: SeriesFigure;
    readonly march: SeriesFigure | undefined;
    readonly expected: SeriesFigure | undefined;
    readonly thresholdIndex: number;
    readonly changeFromMarch: number | undefined;
    /** April's PMI minus the 50 threshold, index points (negative: contraction). */
    readonly gapToThreshold: number;
    readonly gapToExpected: number | undefined;
  };
}

const figure = (series: Series, period: string, vintageId?: string): SeriesFigure | undefined => {
  const observation = findObservation(series, period, vintageId);
  return observation === undefined ? undefined : { series, observation };
};

const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new RangeError(`the dataset has no ${what}`);
  return value;
};

/** The periods the article is about, as data rather than in the apps. */
export const STORY_PERIODS = {
  tradeFrom: 2018,
  gdpQuarter: '2025-Q1',
  gdpFirstVintage: 'advance',
  pmiMonth: '2025-04',
  pmiPreviousMonth: '2025-03',
} as const;

/**
 * The headline figures: tariffs at their peak and now, trade in 2018 against the latest
 * year, China's export share, U.S. Q1 GDP (first print and latest), China's April PMI.
 */
export const story = (dataset: Dataset): Story => {
  const years = tradeYearsWithTotals(dataset);
  const lastYear = required(years[years.length - 1], 'trade totals');
  const gdp = getSeries(dataset, 'us-real-gdp-growth');
  const pmi = getSeries(dataset, 'china-manufacturing-pmi');
  const consensus = getSeries(dataset, 'china-manufacturing-pmi-consensus');
  const april = required(figure(pmi, STORY_PERIODS.pmiMonth), 'April PMI');
  const march = figure(pmi, STORY_PERIODS.pmiPreviousMonth);
  const expected = figure(consensus, STORY_PERIODS.pmiMonth);
  const shares = exportShareToUs(dataset);
  const firstShare = shares[0];
  const lastShare = shares[shares.length - 1];
  const latestGdp = required(figure(gdp, STORY_PERIODS.gdpQuarter), 'GDP figure');
  const firstGdp = required(
    figure(gdp, STORY_PERIODS.gdpQuarter, STORY_PERIODS.gdpFirstVintage),
    'first GDP print',
  );
  const thresholdIndex = required(pmi.threshold, 'PMI threshold');
  return {
    asOf: dataset.asOf,
    tariffs: {
      usPeak: peakStack(dataset, 'US'),
      chinaPeak: peakStack(dataset, 'CN'),
      usNow: tariffStackOn(dataset, 'US', dataset.asOf),
      chinaNow: tariffStackOn(dataset, 'CN', dataset.asOf),
    },
    trade: tradeChange(dataset, STORY_PERIODS.tradeFrom, lastYear),
    exportShare: shares,
    exportShareChangePp:
      firstShare && lastShare && firstShare !== lastShare
        ? percentagePointChange(firstShare.sharePct, lastShare.sharePct)
        : undefined,
    gdp: {
      firstPrint: firstGdp,
      latest: latestGdp,
      revisionPp: percentagePointChange(firstGdp.observation.value, latestGdp.observation.value),
    },
    pmi: {
      april,
      march,
      expected,
      thresholdIndex,
      gapToThreshold: april.observation.value - thresholdIndex,
      changeFromMarch: march ? april.observation.value - march.observation.value : undefined,
      gapToExpected: expected ? april.observation.value - expected.observation.value : undefined,
    },
  };
};
