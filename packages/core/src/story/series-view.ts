import { getSeries, seriesPoints } from '../calc/series';
import type { SeriesId } from '../data/ids';
import { formatDate } from '../format/date';
import { type DisplayUnit, SERIES_DISPLAY_UNITS } from '../format/precision';
import type { Dataset, Series } from '../types';
import { type FigureView, figureView } from './figure';
import { perDataset } from './memo';

/** A series as a chart or a table shows it: its points, each a sourced figure. */
export interface SeriesView {
  readonly id: SeriesId;
  readonly title: string;
  /** How it is measured, in the publisher's terms. */
  readonly basis: string;
  /** Who compiles it and how, where series on one subject measure it differently. */
  readonly method: string | undefined;
  readonly note: string | undefined;
  readonly unit: DisplayUnit;
  readonly frequency: Series['frequency'];
  /** For an index: the line between expansion and contraction (50 for a PMI). */
  readonly threshold: number | undefined;
  /** One point per period, the headline vintage, in period order. */
  readonly points: readonly SeriesPoint[];
  /** The point with the highest value (the first, if several share it); none if no points. */
  readonly highest: SeriesPoint | undefined;
}

/** One period of a series as a figure, with its vintage. */
export type SeriesPoint = FigureView & {
  readonly period: string;
  readonly vintage: string | undefined;
  readonly releasedOn: string | undefined;
  /** `derived` (computed from other published figures) or `conflict`; `undefined`: verified. */
  readonly status: 'derived' | 'conflict' | undefined;
};

const UNIT = SERIES_DISPLAY_UNITS;

const seriesView = (dataset: Dataset, id: SeriesId): SeriesView => {
  const series = getSeries(dataset, id);
  const vintages = new Map((series.vintages ?? []).map((v) => [v.id, v]));
  const observations = seriesPoints(series);
  const points = observations.map((o): SeriesPoint => {
    const vintage = o.vintageId === undefined ? undefined : vintages.get(o.vintageId);
    return {
      ...figureView(dataset, {
        label: `${series.title}, ${formatDate(o.period)}`,
        value: o.value,
        unit: UNIT[series.unit],
        date: o.period,
        note: o.note,
        sourceIds: o.sourceIds,
      }),
      period: o.period,
      vintage: vintage?.label,
      releasedOn: o.releasedOn ?? vintage?.releasedOn,
      status: o.status,
    };
  });
  const top = observations.reduce<number>(
    (best, o, i) => (best < 0 || o.value > (observations[best]?.value ?? 0) ? i : best),
    -1,
  );
  return {
    id,
    title: series.title,
    basis: series.basis,
    method: series.method,
    note: series.note,
    unit: UNIT[series.unit],
    frequency: series.frequency,
    threshold: series.threshold,
    points,
    highest: points[top],
  };
};

/**
 * The series every surface charts, by role, so no app holds a data id of its own: U.S. GDP
 * growth (annualized), China's PMI and the analysts' expectation, the average tariffs each way
 * as PIIE computes them, the other estimators of the U.S. average (each with its method), and
 * monthly U.S.–China trade.
 */
export const storySeries = /* @__PURE__ */ perDataset((dataset) => ({
  gdpGrowth: seriesView(dataset, 'us-real-gdp-growth'),
  pmi: seriesView(dataset, 'china-manufacturing-pmi'),
  pmiExpected: seriesView(dataset, 'china-manufacturing-pmi-consensus'),
  averageTariff: {
    piieUsOnChina: seriesView(dataset, 'piie-average-us-on-china'),
    piieChinaOnUs: seriesView(dataset, 'piie-average-china-on-us'),
    budgetLabUsOnChina: seriesView(dataset, 'budget-lab-average-us-on-china'),
    usafactsUsOnChina: seriesView(dataset, 'usafacts-duty-rate-on-china'),
  },
  chinaShareOfUsImports: seriesView(dataset, 'china-share-of-us-imports'),
  monthlyTrade: {
    exports: seriesView(dataset, 'us-exports-to-china-monthly'),
    imports: seriesView(dataset, 'us-imports-from-china-monthly'),
  },
}));

export type StorySeries = ReturnType<typeof storySeries>;
