import type { Dataset } from '../types';
import { findObservation, getSeries } from './series';
import { TRADE_SERIES } from './trade';

/** A trade figure that was revised: as first reported against the later Census revision. */
export interface TradeRevision {
  readonly seriesId: string;
  readonly seriesTitle: string;
  readonly year: number;
  readonly firstUsdBn: number;
  readonly revisedUsdBn: number;
  /** Revised minus first, US$ billions. */
  readonly changeUsdBn: number;
  readonly sourceIds: readonly string[];
}

/** Every year of the trade series with both a first-reported and a revised figure. */
export const tradeRevisions = (dataset: Dataset): readonly TradeRevision[] =>
  Object.values(TRADE_SERIES).flatMap((id) => {
    const series = getSeries(dataset, id);
    return series.observations.flatMap((revised) => {
      if (revised.vintageId !== 'revised') return [];
      const first = findObservation(series, revised.period, 'first-reported');
      if (first === undefined) return [];
      return [
        {
          seriesId: id,
          seriesTitle: series.title,
          year: Number(revised.period),
          firstUsdBn: first.value,
          revisedUsdBn: revised.value,
          changeUsdBn: revised.value - first.value,
          sourceIds: [...first.sourceIds, ...revised.sourceIds],
        },
      ];
    });
  });

/** The largest revision in absolute terms, US$ billions (0 when nothing was revised). */
export const largestRevisionUsdBn = (dataset: Dataset): number =>
  Math.max(0, ...tradeRevisions(dataset).map((r) => Math.abs(r.changeUsdBn)));
