import { type Dataset, findObservation, getSeries, TRADE_SERIES } from '@tradetalks/core';

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

const FIRST = 'first-reported';
const REVISED = 'revised';

/** Every year of the trade series with both a first-reported and a revised figure. */
export const tradeRevisions = (data: Dataset): readonly TradeRevision[] =>
  Object.values(TRADE_SERIES).flatMap((id) => {
    const series = getSeries(data, id);
    return series.observations.flatMap((o) => {
      if (o.vintageId !== REVISED) return [];
      const first = findObservation(series, o.period, FIRST);
      if (first === undefined) return [];
      return [
        {
          seriesId: id,
          seriesTitle: series.title,
          year: Number(o.period),
          firstUsdBn: first.value,
          revisedUsdBn: o.value,
          changeUsdBn: o.value - first.value,
          sourceIds: [...first.sourceIds, ...o.sourceIds],
        },
      ];
    });
  });

/** The largest revision in absolute terms, US$ billions (0 when nothing was revised). */
export const largestRevisionUsdBn = (data: Dataset): number =>
  Math.max(0, ...tradeRevisions(data).map((r) => Math.abs(r.changeUsdBn)));
