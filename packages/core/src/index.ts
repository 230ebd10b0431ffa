// @tradetalks/core: the dataset, the calculations on it and the formatting both apps use.
// Nothing here imports zod at run time; the schemas live in '@tradetalks/core/schema'.

export { cagr, percentagePointChange, percentChange, sharePct } from './calc/change';
export { evaluateCheck, formatStated, type Recomputed } from './calc/check-claim';
export {
  type AlternativeResult,
  type ClaimResult,
  checkClaim,
  checkClaims,
  formatRecomputed,
  verdictCounts,
} from './calc/claims';
export {
  type DateInput,
  type DatePrecision,
  dateContains,
  datePrecision,
  eventsInOrder,
  firstDayOf,
  parseDateInput,
  tariffDateRange,
} from './calc/dates';
export { type Interval, overlaps, roundingInterval } from './calc/interval';
export { type Citation, citationsBySource, getActor, getSource } from './calc/lookup';
export {
  findObservation,
  getSeries,
  latestPoint,
  type ResolvedObservation,
  resolveObservation,
  seriesPoints,
} from './calc/series';
export { type SeriesFigure, STORY_PERIODS, type Story, story } from './calc/story';
export {
  adjacentChangeDates,
  peakStack,
  STACK_SCOPE,
  type StackLayer,
  type TariffStack,
  type TariffStep,
  tariffChangeDates,
  tariffStackOn,
  tariffSteps,
} from './calc/tariff-stack';
export { type EventFilter, eventKinds, eventYears, filterEvents } from './calc/timeline';
export {
  type ExportShare,
  exportShareChangePp,
  exportShareToUs,
  TRADE_SERIES,
  type TradeChange,
  type TradeYear,
  tradeChange,
  tradeInYear,
  tradeTable,
  tradeYearsWithTotals,
} from './calc/trade';
export { largestRevisionUsdBn, type TradeRevision, tradeRevisions } from './calc/trade-revisions';
export { dataset } from './data/dataset';
export { toCsv } from './export/csv';
export { CSV_TABLES, type CsvField, type CsvTable } from './export/csv-tables';
export { csvFileName, datapackageDescriptor } from './export/datapackage';
export { formatDate, formatDateRange } from './format/date';
export { GLOSSARY, type GlossaryEntry, type GlossaryId, glossaryEntry } from './format/glossary';
export {
  BASIS_PHRASES,
  ECONOMY_NAMES,
  EVENT_KIND_LABELS,
  VERDICTS,
  type Verdict,
} from './format/labels';
export {
  formatChangePct,
  formatIndex,
  formatNumber,
  formatPercent,
  formatPp,
  formatRate,
  formatUsdBn,
  formatUsdBnChange,
  MISSING,
} from './format/number';

export type {
  Actor,
  Basis,
  Claim,
  ClaimCheck,
  Dataset,
  DeepReadonly,
  Economy,
  Event,
  EventKind,
  IsoDate,
  Observation,
  ObservationRef,
  PartialDate,
  Period,
  RateRange,
  Series,
  Source,
  StatedFigure,
  Statement,
  TariffLayer,
  TariffMeasure,
} from './types';
