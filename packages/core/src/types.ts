// Read-only views of the schema types: what the dataset and the calculations hand out.
// Inferred from the zod schemas with type-only imports, so they cost nothing at run time.
import type { Actor as ActorT } from './schemas/actor';
import type {
  ClaimCheck as ClaimCheckT,
  ClaimContext as ClaimContextT,
  Claim as ClaimT,
  ObservationRef as ObservationRefT,
  StatedFigure as StatedFigureT,
} from './schemas/claim';
import type {
  Basis,
  Economy,
  IsoDate,
  PartialDate,
  Period,
  RateRange as RateRangeT,
} from './schemas/common';
import type { Dataset as DatasetT } from './schemas/dataset';
import type { EventFigure as EventFigureT, EventKind, Event as EventT } from './schemas/event';
import type { RecordCollection, Release as ReleaseT } from './schemas/release';
import type { ScheduledChange as ScheduledChangeT } from './schemas/scheduled';
import type { Observation as ObservationT, Series as SeriesT } from './schemas/series';
import type { OriginalDocument as OriginalDocumentT, Source as SourceT } from './schemas/source';
import type { Statement as StatementT } from './schemas/statement';
import type {
  LegalFinding as LegalFindingT,
  TariffLayer as TariffLayerT,
  TariffMeasure as TariffMeasureT,
  TariffProgram,
} from './schemas/tariff-measure';

/** `T` with every property and array read-only, all the way down. */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type Dataset = DeepReadonly<DatasetT>;
export type Source = DeepReadonly<SourceT>;
export type OriginalDocument = DeepReadonly<OriginalDocumentT>;
export type Actor = DeepReadonly<ActorT>;
export type Event = DeepReadonly<EventT>;
export type EventFigure = DeepReadonly<EventFigureT>;
export type TariffLayer = DeepReadonly<TariffLayerT>;
export type TariffMeasure = DeepReadonly<TariffMeasureT>;
export type LegalFinding = DeepReadonly<LegalFindingT>;
export type RateRange = DeepReadonly<RateRangeT>;
export type ScheduledChange = DeepReadonly<ScheduledChangeT>;
export type Release = DeepReadonly<ReleaseT>;
export type Series = DeepReadonly<SeriesT>;
export type Observation = DeepReadonly<ObservationT>;
export type Statement = DeepReadonly<StatementT>;
export type Claim = DeepReadonly<ClaimT>;
export type ClaimCheck = DeepReadonly<ClaimCheckT>;
export type ClaimContext = DeepReadonly<ClaimContextT>;
export type ObservationRef = DeepReadonly<ObservationRefT>;
export type StatedFigure = DeepReadonly<StatedFigureT>;
export type {
  Basis,
  Economy,
  EventKind,
  IsoDate,
  PartialDate,
  Period,
  RecordCollection,
  TariffProgram,
};
