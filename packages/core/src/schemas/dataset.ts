import { z } from 'zod';
import { Actor } from './actor';
import { Claim } from './claim';
import { Id, IsoDate, Text } from './common';
import { Event } from './event';
import { checkReferences } from './references';
import { Series } from './series';
import { Source } from './source';
import { Statement } from './statement';
import { TariffLayer, TariffMeasure } from './tariff-measure';

/** The whole dataset; `parseDataset` checks every id it references as well as each field. */
export const Dataset = z
  .object({
    title: Text,
    /** Semantic version of the data (bumped with each data change). */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version, x.y.z'),
    /** The latest verified event the data covers. */
    asOf: IsoDate,
    licence: z.object({ name: Text, url: z.url() }),
    sources: z.array(Source).min(1),
    actors: z.array(Actor),
    events: z.array(Event),
    tariffLayers: z.array(TariffLayer),
    tariffMeasures: z.array(TariffMeasure),
    series: z.array(Series),
    statements: z.array(Statement),
    claims: z.array(Claim),
  })
  .superRefine(checkReferences);

export type Dataset = z.infer<typeof Dataset>;
export { Id };
