import type { SeriesId } from '../data/ids';
import type { Dataset } from '../types';
import { percentagePointChange, percentChange, sharePct } from './change';
import { findObservation, getSeries } from './series';

/** The series trade calculations read, by role. */
export const TRADE_SERIES = {
  exports: 'us-exports-to-china',
  imports: 'us-imports-from-china',
  publishedBalance: 'us-balance-with-china',
  chinaExportsToUs: 'china-exports-to-us',
  chinaExportsTotal: 'china-exports-total',
  monthlyExports: 'us-exports-to-china-monthly',
  monthlyImports: 'us-imports-from-china-monthly',
} as const satisfies Record<string, SeriesId>;

/** One year of U.S.–China goods trade, US$ billions; `undefined` where a figure is not verified. */
export interface TradeYear {
  readonly year: number;
  readonly exportsUsdBn: number | undefined;
  readonly importsUsdBn: number | undefined;
  /** Exports + imports. */
  readonly totalUsdBn: number | undefined;
  /** Exports − imports, computed. */
  readonly balanceUsdBn: number | undefined;
  /** The balance as its publisher reported it (can differ from the computed one by vintage). */
  readonly publishedBalanceUsdBn: number | undefined;
}

const figureFor = (dataset: Dataset, seriesId: SeriesId, year: number, vintageId?: string) =>
  findObservation(getSeries(dataset, seriesId), String(year), vintageId)?.value;

const yearsOf = (dataset: Dataset): number[] => {
  const ids = [TRADE_SERIES.exports, TRADE_SERIES.imports, TRADE_SERIES.publishedBalance];
  const years = ids.flatMap((id) =>
    getSeries(dataset, id).observations.map((o) => Number(o.period)),
  );
  return [...new Set(years)].sort((a, b) => a - b);
};

/**
 * U.S.–China goods trade for `year` (Census basis, headline vintage unless one is named):
 * exports, imports, their total and balance, and the published balance.
 */
export const tradeInYear = (dataset: Dataset, year: number, vintageId?: string): TradeYear => {
  const exportsUsdBn = figureFor(dataset, TRADE_SERIES.exports, year, vintageId);
  const importsUsdBn = figureFor(dataset, TRADE_SERIES.imports, year, vintageId);
  const both = exportsUsdBn !== undefined && importsUsdBn !== undefined;
  return {
    year,
    exportsUsdBn,
    importsUsdBn,
    totalUsdBn: both ? exportsUsdBn + importsUsdBn : undefined,
    balanceUsdBn: both ? exportsUsdBn - importsUsdBn : undefined,
    publishedBalanceUsdBn: figureFor(dataset, TRADE_SERIES.publishedBalance, year, vintageId),
  };
};

/** Every year with any trade figure, in order. */
export const tradeTable = (dataset: Dataset): readonly TradeYear[] =>
  yearsOf(dataset).map((year) => tradeInYear(dataset, year));

/** Years with both exports and imports, so a total and a change can be computed. */
export const tradeYearsWithTotals = (dataset: Dataset): readonly number[] =>
  tradeTable(dataset)
    .filter((row) => row.totalUsdBn !== undefined)
    .map((row) => row.year);

/** The change in U.S.–China goods trade between two years. */
export interface TradeChange {
  readonly from: TradeYear;
  readonly to: TradeYear;
  readonly totalChangeUsdBn: number;
  readonly totalChangePct: number;
  readonly exportsChangeUsdBn: number;
  readonly exportsChangePct: number;
  readonly importsChangeUsdBn: number;
  readonly importsChangePct: number;
  /** Change in the computed balance, US$ billions (negative: a wider deficit). */
  readonly balanceChangeUsdBn: number;
}

/**
 * Change between any two years with totals, in US$ billions and percent.
 * @throws RangeError when either year lacks exports or imports.
 */
export const tradeChange = (dataset: Dataset, fromYear: number, toYear: number): TradeChange => {
  const from = tradeInYear(dataset, fromYear);
  const to = tradeInYear(dataset, toYear);
  const f = flows(from);
  const t = flows(to);
  return {
    from,
    to,
    totalChangeUsdBn: t.total - f.total,
    totalChangePct: percentChange(f.total, t.total),
    exportsChangeUsdBn: t.exports - f.exports,
    importsChangeUsdBn: t.imports - f.imports,
    exportsChangePct: percentChange(f.exports, t.exports),
    importsChangePct: percentChange(f.imports, t.imports),
    balanceChangeUsdBn: t.exports - t.imports - (f.exports - f.imports),
  };
};

const flows = (row: TradeYear) => {
  const { exportsUsdBn: exports, importsUsdBn: imports } = row;
  if (exports === undefined || imports === undefined) {
    throw new RangeError(`no verified exports and imports for ${row.year}`);
  }
  return { exports, imports, total: exports + imports };
};

/** China's export share going to the U.S. in one year, from China-side figures. */
export interface ExportShare {
  readonly year: number;
  readonly chinaExportsToUsUsdBn: number;
  readonly chinaExportsTotalUsdBn: number;
  readonly sharePct: number;
}

/** Every year with both China-side figures, with the share computed (percent). */
export const exportShareToUs = (dataset: Dataset): readonly ExportShare[] => {
  const part = getSeries(dataset, TRADE_SERIES.chinaExportsToUs);
  const whole = getSeries(dataset, TRADE_SERIES.chinaExportsTotal);
  return part.observations.flatMap((p) => {
    const w = findObservation(whole, p.period);
    if (w === undefined) return [];
    return [
      {
        year: Number(p.period),
        chinaExportsToUsUsdBn: p.value,
        chinaExportsTotalUsdBn: w.value,
        sharePct: sharePct(p.value, w.value),
      },
    ];
  });
};

/** Change in the export share between its first and last year, percentage points. */
export const exportShareChangePp = (dataset: Dataset): number | undefined => {
  const shares = exportShareToUs(dataset);
  const first = shares[0];
  const last = shares[shares.length - 1];
  if (first === undefined || last === undefined || first === last) return undefined;
  return percentagePointChange(first.sharePct, last.sharePct);
};
