import type { SeriesId } from '../data/ids';
import type { Dataset, Observation, ObservationRef, Series } from '../types';
import { type Interval, roundingInterval } from './interval';

/** The series with this id, or `undefined` (for ids read from data, typed as plain strings). */
export const findSeries = (dataset: Dataset, seriesId: string): Series | undefined =>
  dataset.series.find((s) => s.id === seriesId);

const seriesOf = (dataset: Dataset, seriesId: string): Series => {
  const found = findSeries(dataset, seriesId);
  if (found === undefined) throw new RangeError(`no series "${seriesId}" in the dataset`);
  return found;
};

/**
 * The series with this id; the id is typed from the data, so a misspelt one fails to compile.
 * @throws RangeError when a dataset other than ours lacks it.
 */
export const getSeries = (dataset: Dataset, seriesId: SeriesId): Series =>
  seriesOf(dataset, seriesId);

const vintageRank = (series: Series, observation: Observation): number => {
  const ids = (series.vintages ?? []).map((v) => v.id);
  const rank = observation.vintageId === undefined ? -1 : ids.indexOf(observation.vintageId);
  return series.headline === 'latest' ? -rank : rank;
};

/**
 * The observation of `series` for `period`: the named vintage, or else the series' headline
 * one (the first published, or the latest where the series says so). `undefined` if none.
 */
export const findObservation = (
  series: Series,
  period: string,
  vintageId?: string,
): Observation | undefined => {
  const candidates = series.observations.filter(
    (o) => o.period === period && (vintageId === undefined || o.vintageId === vintageId),
  );
  return [...candidates].sort((a, b) => vintageRank(series, a) - vintageRank(series, b))[0];
};

/** An observation with its series, resolved from a reference. */
export interface ResolvedObservation {
  readonly series: Series;
  readonly observation: Observation;
  /** Where the true value lies given the precision it was published to. */
  readonly interval: Interval;
}

/** Resolve a reference; `undefined` when the series has no such observation. */
export const resolveObservation = (
  dataset: Dataset,
  ref: ObservationRef,
): ResolvedObservation | undefined => {
  const series = seriesOf(dataset, ref.seriesId);
  const observation = findObservation(series, ref.period, ref.vintageId);
  if (observation === undefined) return undefined;
  const decimals = observation.decimals ?? series.decimals;
  return { series, observation, interval: roundingInterval(observation.value, decimals) };
};

/** One point per period, in period order, each the headline vintage (or the named one). */
export const seriesPoints = (series: Series, vintageId?: string): readonly Observation[] => {
  const periods = [...new Set(series.observations.map((o) => o.period))].sort();
  return periods.flatMap((period) => {
    const observation = findObservation(series, period, vintageId);
    return observation === undefined ? [] : [observation];
  });
};

/** The latest point of a series (headline vintage). @throws RangeError on an empty series. */
export const latestPoint = (series: Series): Observation => {
  const points = seriesPoints(series);
  const last = points[points.length - 1];
  if (last === undefined) throw new RangeError(`series "${series.id}" has no observations`);
  return last;
};
