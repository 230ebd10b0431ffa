import {
  type Dataset,
  type ExportShare,
  findObservation,
  getSeries,
  type TariffStack,
  TRADE_SERIES,
  type TradeChange,
} from '@tradetalks/core';

/** Sources of the all-goods layers that make up a stack. */
export const stackSourceIds = (stack: TariffStack): string[] =>
  stack.layers.filter((l) => l.layer.scope === 'all-goods').flatMap((l) => l.measure.sourceIds);

const observationSources = (data: Dataset, seriesId: string, period: string): string[] =>
  findObservation(getSeries(data, seriesId), period)?.sourceIds.slice() ?? [];

/** Sources of the exports and imports both years of a trade change rests on. */
export const tradeChangeSourceIds = (data: Dataset, change: TradeChange): string[] =>
  [change.from.year, change.to.year].flatMap((year) => [
    ...observationSources(data, TRADE_SERIES.exports, String(year)),
    ...observationSources(data, TRADE_SERIES.imports, String(year)),
  ]);

/** Sources of the China-side figures behind export shares. */
export const exportShareSourceIds = (data: Dataset, shares: readonly ExportShare[]): string[] =>
  shares.flatMap((s) => [
    ...observationSources(data, TRADE_SERIES.chinaExportsToUs, String(s.year)),
    ...observationSources(data, TRADE_SERIES.chinaExportsTotal, String(s.year)),
  ]);
