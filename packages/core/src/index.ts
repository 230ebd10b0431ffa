// @tradetalks/core: the dataset, the calculations on it, the story model every surface
// renders, and the formatting. Nothing here imports zod at run time; the schemas live in
// '@tradetalks/core/schema'.

// — Calculations
export { agoText, type DataAge, dataAge } from './calc/age';
export {
  annualizedChangePct,
  cagr,
  percentagePointChange,
  percentChange,
  sharePct,
} from './calc/change';
export { evaluateCheck } from './calc/check-claim';
export { formatStated, type Recomputed } from './calc/claim-figures';
export {
  type AlternativeResult,
  type ClaimResult,
  checkClaim,
  checkClaims,
  formatRecomputed,
  verdictCounts,
} from './calc/claims';
export {
  queryTariffDate,
  queryTariffDateIn,
  type TariffCoverage,
  type TariffDateQuery,
  tariffCoverage,
} from './calc/coverage';
export {
  addDays,
  type DateInput,
  type DatePrecision,
  type DayParse,
  type DayProblem,
  dateContains,
  datePrecision,
  daysBetween,
  eventsInOrder,
  firstDayOf,
  isoDayOf,
  isRealDay,
  monthsBetween,
  parseDateInput,
  parseIsoDay,
  toUtcDate,
} from './calc/dates';
export { type Interval, overlaps, roundingInterval } from './calc/interval';
export { type LegalStanding, legalStandingOn } from './calc/legal-status';
export { type Citation, citationsBySource, getActor, getSource } from './calc/lookup';
export {
  findObservation,
  findSeries,
  getSeries,
  latestPoint,
  type ResolvedObservation,
  resolveObservation,
  seriesPoints,
} from './calc/series';
export {
  adjacentChangeDates,
  type LayerLegalStatus,
  peakListedStack,
  peakStack,
  STACK_SCOPE,
  type StackLayer,
  type TariffStack,
  type TariffStep,
  tariffChangeDates,
  tariffStackOn,
  tariffSteps,
} from './calc/tariff-stack';
export {
  type EventFilter,
  eventKinds,
  eventPassesFilter,
  eventYears,
  filterEvents,
} from './calc/timeline';
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
// — The data
export { dataset } from './data/dataset';
export type {
  ActorId,
  ClaimId,
  EventId,
  SeriesId,
  SourceId,
  StatementId,
  TariffLayerId,
  TariffMeasureId,
} from './data/ids';
// — Downloads
export { toCsv } from './export/csv';
export { CSV_TABLES, type CsvField, type CsvTable } from './export/csv-tables';
export { csvFileName, datapackageDescriptor } from './export/datapackage';
// — Formatting and labels
export { CHANGE_LABELS, COLLECTION_LABELS } from './format/collection-labels';
export { formatDate, formatDateRange } from './format/date';
export { GLOSSARY, type GlossaryEntry, type GlossaryId, glossaryEntry } from './format/glossary';
export {
  BASIS_PHRASES,
  CHECKED_AGAINST,
  CLAIM_TOPICS,
  ECONOMY_NAMES,
  EVENT_KIND_LABELS,
  LEGAL_STANDINGS,
  ORIGINAL_LABELS,
  PROGRAM_LABELS,
  REPORTED_LABEL,
  SCOPE_LABELS,
  SIDE_TITLES,
  SOURCE_KINDS,
  VERDICT_ORDER,
  VERDICTS,
  type Verdict,
} from './format/labels';
export {
  asciiMinus,
  formatChangePct,
  formatCount,
  formatIndex,
  formatNumber,
  formatPercent,
  formatPp,
  formatRate,
  formatUsdBn,
  formatUsdBnChange,
  formatUsdMn,
  formatValue,
  MISSING,
} from './format/number';
export {
  DERIVED_DECIMALS,
  DISPLAY_DECIMALS,
  type DisplayUnit,
  roundDerived,
  roundTo,
} from './format/precision';
// — The story model: what every surface shows, already decided
export { afterDataNote } from './story/after-data-note';
export { type ChangelogRelease, changelogView } from './story/changelog-view';
export {
  AFTER_ARTICLE_TEXT,
  ARTICLE_DATE,
  type ChapterView,
  chaptersAfterArticle,
} from './story/chapters';
export {
  type ClaimNoteView,
  type ClaimsView,
  type ClaimView,
  claimsView,
} from './story/claims-view';
export { type FigureView, figureView } from './story/figure';
export {
  type FindingView,
  type HeldUnlawfulPeriod,
  type HeldUnlawfulSpan,
  heldUnlawfulPeriods,
  heldUnlawfulSpans,
  type LegalView,
  lastChargedDay,
  legalView,
} from './story/legal';
export { ARTICLE_PERIODS, type Overview, overview } from './story/overview';
export { type ReleaseView, releasesView } from './story/releases-view';
export { type ScheduledView, scheduledViews } from './story/scheduled-view';
export {
  type SeriesPoint,
  type SeriesView,
  type StorySeries,
  storySeries,
} from './story/series-view';
export type { LayerView, SideDayView } from './story/side-day-view';
export type { SideHeadline } from './story/side-headline';
export { type SourceRef, sourceLabel, sourceRef, sourceRefs } from './story/source-ref';
export { type SourceUse, sourceUses } from './story/source-uses';
export {
  type ChangeView,
  latestTariffDay,
  type TariffDayResult,
  type TariffDayView,
  tariffDay,
  tariffDayDates,
  tariffScaleMaxPct,
} from './story/tariff-day';
export {
  pickTariffDay,
  type TariffDayIndex,
  type TariffDayPick,
  type TariffDayPickResult,
  tariffDayIndex,
} from './story/tariff-day-index';
export {
  type DayWindow,
  firstAllGoodsTariffDay,
  type SideWindowView,
  type StepFigure,
  tariffWindow,
} from './story/tariff-window';
export {
  type ActorRef,
  actorRef,
  type EventView,
  eventViewOf,
  type StatementView,
  statementViews,
  timelineView,
} from './story/timeline-view';
export {
  type TradeRevisionView,
  type TradeTableView,
  type TradeYearView,
  tradeTableView,
} from './story/trade-table-view';
export { type FlowChangeView, type TradeChangeView, tradeChangeView } from './story/trade-view';
export { type VintageView, vintageViews } from './story/vintage-view';

export type {
  Actor,
  Basis,
  Claim,
  ClaimCheck,
  ClaimContext,
  Dataset,
  DeepReadonly,
  Economy,
  Event,
  EventFigure,
  EventKind,
  IsoDate,
  LegalFinding,
  Observation,
  ObservationRef,
  OriginalDocument,
  PartialDate,
  Period,
  RateRange,
  RecordCollection,
  Release,
  ScheduledChange,
  Series,
  Source,
  StatedFigure,
  Statement,
  TariffLayer,
  TariffMeasure,
  TariffProgram,
} from './types';
