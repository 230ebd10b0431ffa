import { getSeries } from '../calc/series';
import type { SeriesId } from '../data/ids';
import { formatDate } from '../format/date';
import { SERIES_DISPLAY_UNITS } from '../format/precision';
import type { Dataset } from '../types';
import { type FigureView, figureView } from './figure';

const UNIT = SERIES_DISPLAY_UNITS;

/** One published estimate of a period. */
export type VintageView = FigureView & {
  readonly vintageId: string | undefined;
  /** "Advance estimate", "Third estimate". */
  readonly vintage: string;
  readonly releasedOn: string | undefined;
};

/**
 * Every published estimate of one period of a series, in release order (a quarter's GDP growth
 * from the advance estimate to the annual update), each a sourced figure. Empty when the
 * series has no observation for the period.
 */
export const vintageViews = (
  dataset: Dataset,
  seriesId: SeriesId,
  period: string,
): readonly VintageView[] => {
  const series = getSeries(dataset, seriesId);
  const vintages = series.vintages ?? [];
  const observations = series.observations.filter((o) => o.period === period);
  const rank = (id: string | undefined) => vintages.findIndex((v) => v.id === id);
  return [...observations]
    .sort((a, b) => rank(a.vintageId) - rank(b.vintageId))
    .map((o) => {
      const vintage = vintages.find((v) => v.id === o.vintageId);
      return {
        ...figureView(dataset, {
          label: `${series.title}, ${formatDate(period)}, ${vintage?.label ?? 'as published'}`,
          value: o.value,
          unit: UNIT[series.unit],
          date: period,
          note: o.note,
          sourceIds: o.sourceIds,
        }),
        vintageId: o.vintageId,
        vintage: vintage?.label ?? 'As published',
        releasedOn: o.releasedOn ?? vintage?.releasedOn,
      };
    });
};
