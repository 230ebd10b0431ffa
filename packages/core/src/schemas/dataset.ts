import { z } from 'zod';
import { Actor } from './actor';
import { Claim } from './claim';
import { Economy, IsoDate, Text } from './common';
import { Event } from './event';
import { checkReferences } from './references';
import { Release, SemVer } from './release';
import { ScheduledChange } from './scheduled';
import { Series } from './series';
import { Source } from './source';
import { Statement } from './statement';
import { TariffLayer, TariffMeasure } from './tariff-measure';

/** The whole dataset; `parseDataset` checks every id it references as well as each field. */
export const Dataset = z
  .object({
    title: Text,
    /** Semantic version of the data (bumped with each data change). */
    version: SemVer,
    /** The latest verified event the data covers: how current the data is, not today. */
    asOf: IsoDate,
    /**
     * For each side, the last day its tariff stack is verified: no verified source reports a
     * change up to it, and what was scheduled after it (`scheduled`) is not established.
     */
    stacksVerifiedThrough: z.record(Economy, IsoDate),
    licence: z.object({ name: Text, url: z.url() }),
    /** Every published version of the data, oldest first; the last is this one. */
    releases: z.array(Release).min(1),
    sources: z.array(Source).min(1),
    actors: z.array(Actor),
    events: z.array(Event),
    tariffLayers: z.array(TariffLayer),
    tariffMeasures: z.array(TariffMeasure),
    /** Changes due after the verified coverage whose outcome is not established. */
    scheduled: z.array(ScheduledChange),
    series: z.array(Series),
    statements: z.array(Statement),
    claims: z.array(Claim),
  })
  .superRefine(checkReferences);

export type Dataset = z.infer<typeof Dataset>;
