import { findObservation, getSeries } from '../calc/series';
import { TRADE_SERIES, type TradeChange, tradeChange, type tradeInYear } from '../calc/trade';
import type { SeriesId } from '../data/ids';
import type { Dataset } from '../types';
import { type FigureView, figureView } from './figure';

/** One flow of a two-year comparison: its value each year and the change. */
export interface FlowChangeView {
  readonly label: string;
  readonly from: FigureView;
  readonly to: FigureView;
  readonly change: FigureView;
  /** `undefined` for the balance, whose percentage change would mislead across signs. */
  readonly changePct: FigureView | undefined;
}

/** Two years of U.S.–China goods trade compared (Census basis, headline vintage). */
export interface TradeChangeView {
  readonly fromYear: number;
  readonly toYear: number;
  readonly total: FlowChangeView;
  readonly exports: FlowChangeView;
  readonly imports: FlowChangeView;
  readonly balance: FlowChangeView;
}

const flowSources = (dataset: Dataset, seriesIds: readonly SeriesId[], years: readonly number[]) =>
  seriesIds.flatMap((id) =>
    years.flatMap((y) => findObservation(getSeries(dataset, id), String(y))?.sourceIds ?? []),
  );

/** Two years compared, every figure with the sources of the observations it rests on. */
export const tradeChangeView = (
  dataset: Dataset,
  fromYear: number,
  toYear: number,
): TradeChangeView => {
  const c: TradeChange = tradeChange(dataset, fromYear, toYear);
  const years = [fromYear, toYear];
  const flow = (
    label: string,
    seriesIds: readonly SeriesId[],
    pick: (y: ReturnType<typeof tradeInYear>) => number | undefined,
    changeUsdBn: number,
    changePct: number | undefined,
  ): FlowChangeView => {
    const sourceIds = flowSources(dataset, seriesIds, years);
    const at = (year: number, row: ReturnType<typeof tradeInYear>) =>
      figureView(dataset, {
        label: `${label}, ${year}`,
        value: pick(row) as number,
        unit: 'usd-bn',
        date: String(year),
        sourceIds: flowSources(dataset, seriesIds, [year]),
      });
    return {
      label,
      from: at(fromYear, c.from),
      to: at(toYear, c.to),
      change: figureView(dataset, {
        label: `${label}: change ${fromYear}–${toYear}`,
        value: changeUsdBn,
        unit: 'usd-bn-change',
        sourceIds,
      }),
      changePct:
        changePct === undefined
          ? undefined
          : figureView(dataset, {
              label: `${label}: change ${fromYear}–${toYear}`,
              value: changePct,
              unit: 'percent-change',
              sourceIds,
            }),
    };
  };
  const both = [TRADE_SERIES.exports, TRADE_SERIES.imports];
  return {
    fromYear,
    toYear,
    total: flow(
      'Exports + imports',
      both,
      (y) => y.totalUsdBn,
      c.totalChangeUsdBn,
      c.totalChangePct,
    ),
    exports: flow(
      'U.S. exports to China',
      [TRADE_SERIES.exports],
      (y) => y.exportsUsdBn,
      c.exportsChangeUsdBn,
      c.exportsChangePct,
    ),
    imports: flow(
      'U.S. imports from China',
      [TRADE_SERIES.imports],
      (y) => y.importsUsdBn,
      c.importsChangeUsdBn,
      c.importsChangePct,
    ),
    balance: flow(
      'Balance (exports − imports)',
      both,
      (y) => y.balanceUsdBn,
      c.balanceChangeUsdBn,
      undefined,
    ),
  };
};
