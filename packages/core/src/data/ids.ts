// Ids as types, derived from the `as const` records: a misspelt id fails to compile in core
// and in every app that passes one to `getSeries`, `getSource` and their kin.
import type { actors } from './actors/index';
import type { claims } from './claims';
import type { events } from './events/index';
import type { series } from './series/index';
import type { sources } from './sources/index';
import type { statements } from './statements/index';
import type { tariffLayers, tariffMeasures } from './tariffs/index';

export type SourceId = (typeof sources)[number]['id'];
export type ActorId = (typeof actors)[number]['id'];
export type EventId = (typeof events)[number]['id'];
export type SeriesId = (typeof series)[number]['id'];
export type StatementId = (typeof statements)[number]['id'];
export type ClaimId = (typeof claims)[number]['id'];
export type TariffLayerId = (typeof tariffLayers)[number]['id'];
export type TariffMeasureId = (typeof tariffMeasures)[number]['id'];
