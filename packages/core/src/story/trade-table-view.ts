import { findObservation, getSeries } from '../calc/series';
import { TRADE_SERIES, tradeTable } from '../calc/trade';
import { tradeRevisions } from '../calc/trade-revisions';
import type { SeriesId } from '../data/ids';
import { formatValue } from '../format/number';
import type { Dataset } from '../types';
import { type FigureView, figureView } from './figure';
import { perDataset } from './memo';

/** One year of U.S.–China goods trade as a table or chart shows it: every figure sourced. */
export interface TradeYearView {
  readonly year: number;
  readonly exports: FigureView | undefined;
  readonly imports: FigureView | undefined;
  /** Exports + imports. */
  readonly total: FigureView | undefined;
  /** Exports − imports. */
  readonly balance: FigureView | undefined;
  /** The balance as its publisher reported it. */
  readonly publishedBalance: FigureView | undefined;
  /**
   * The balance one column shows: exports − imports where both are verified, else the balance
   * as published (`balanceNote` then says so).
   */
  readonly shownBalance: FigureView | undefined;
  /**
   * Where the published balance reads differently from exports − imports (another release),
   * or is the only balance there is: what to say beside the row.
   */
  readonly balanceNote: string | undefined;
}

/** A trade figure as first reported and as revised later. */
export interface TradeRevisionView {
  readonly seriesId: string;
  readonly seriesTitle: string;
  readonly year: number;
  readonly first: FigureView;
  readonly revised: FigureView;
  /** Revised minus first. */
  readonly change: FigureView;
}

/** Every year of the annual trade series, and the revisions, decided once for every surface. */
export interface TradeTableView {
  readonly years: readonly TradeYearView[];
  readonly revisions: readonly TradeRevisionView[];
  /** What the annual series' publishers and we say about them (gaps, vintages), each once. */
  readonly notes: readonly string[];
}

const sourcesOf = (dataset: Dataset, ids: readonly SeriesId[], year: number) =>
  ids.flatMap((id) => findObservation(getSeries(dataset, id), String(year))?.sourceIds ?? []);

/**
 * U.S.–China goods trade by year (Census basis, headline vintage): exports, imports, their
 * total and balance, and the published balance, each rounded and sourced; and every figure
 * revised after its first release.
 */
export const tradeTableView = /* @__PURE__ */ perDataset((dataset): TradeTableView => {
  const { exports, imports, publishedBalance } = TRADE_SERIES;
  const years = tradeTable(dataset).map((row): TradeYearView => {
    const figure = (label: string, value: number | undefined, ids: readonly SeriesId[]) =>
      value === undefined
        ? undefined
        : figureView(dataset, {
            label: `${label}, ${row.year}`,
            value,
            unit: 'usd-bn',
            date: String(row.year),
            sourceIds: sourcesOf(dataset, ids, row.year),
          });
    const balance = figure('Balance (exports − imports)', row.balanceUsdBn, [exports, imports]);
    const published = figure('Balance as published', row.publishedBalanceUsdBn, [publishedBalance]);
    let balanceNote: string | undefined;
    if (published !== undefined && balance === undefined) {
      balanceNote = `${row.year}: only the published balance is verified, ${published.text}.`;
    } else if (published !== undefined && balance !== undefined) {
      const computedText = formatValue(balance.value, 'usd-bn');
      if (computedText !== published.text) {
        balanceNote = `${row.year}: exports − imports give ${computedText}; the balance as published is ${published.text} (another release).`;
      }
    }
    return {
      year: row.year,
      exports: figure('U.S. exports to China', row.exportsUsdBn, [exports]),
      imports: figure('U.S. imports from China', row.importsUsdBn, [imports]),
      total: figure('Exports + imports', row.totalUsdBn, [exports, imports]),
      balance,
      publishedBalance: published,
      shownBalance: balance ?? published,
      balanceNote,
    };
  });
  const revisions = tradeRevisions(dataset).map((r): TradeRevisionView => {
    const at = (label: string, value: number) =>
      figureView(dataset, {
        label: `${r.seriesTitle}, ${r.year}, ${label}`,
        value,
        unit: 'usd-bn',
        date: String(r.year),
        sourceIds: r.sourceIds,
      });
    return {
      seriesId: r.seriesId,
      seriesTitle: r.seriesTitle,
      year: r.year,
      first: at('as first reported', r.firstUsdBn),
      revised: at('as revised', r.revisedUsdBn),
      change: figureView(dataset, {
        label: `${r.seriesTitle}, ${r.year}: revision`,
        value: r.changeUsdBn,
        unit: 'usd-bn-change',
        sourceIds: r.sourceIds,
      }),
    };
  });
  const notes = [
    ...new Set(
      [exports, imports, publishedBalance].flatMap((id) => getSeries(dataset, id).note ?? []),
    ),
  ];
  return { years, revisions, notes };
});
