// The zod schemas, for consumers who validate their own copy of the data or compose them.
// Kept apart from the root entry so that importing calculations never loads zod.

export { isHostingSite, sourceUrlProblem } from './calc/source-url';
export { datasetJsonSchema } from './export/json-schema';
export { Actor } from './schemas/actor';
export { Claim, ClaimCheck, ClaimContext, ObservationRef, StatedFigure } from './schemas/claim';
export {
  Basis,
  Economy,
  Id,
  IsoDate,
  PartialDate,
  Period,
  RateRange,
  UsdBn,
} from './schemas/common';
export { Dataset } from './schemas/dataset';
export { Event, EventFigure, EventKind } from './schemas/event';
export { type DatasetIssue, type ParseResult, parseDataset } from './schemas/parse';
export { RecordCollection, Release } from './schemas/release';
export { ScheduledChange } from './schemas/scheduled';
export { Observation, Series, Vintage } from './schemas/series';
export { OriginalDocument, Source } from './schemas/source';
export { Statement } from './schemas/statement';
export { LegalFinding, TariffLayer, TariffMeasure, TariffProgram } from './schemas/tariff-measure';
