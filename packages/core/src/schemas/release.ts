import { z } from 'zod';
import { Id, IsoDate, Text } from './common';

export const SemVer = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version, x.y.z');

/** The collections a release note can point into. */
export const RecordCollection = z.enum([
  'sources',
  'actors',
  'events',
  'tariffLayers',
  'tariffMeasures',
  'series',
  'statements',
  'claims',
  'scheduled',
]);

/** One published version of the data: when, what in a line, and which records it touched. */
export const Release = z.object({
  version: SemVer,
  date: IsoDate,
  summary: Text,
  changes: z.array(
    z.object({
      change: z.enum(['added', 'revised', 'removed']),
      collection: RecordCollection,
      ids: z.array(Id).min(1),
    }),
  ),
});

export type RecordCollection = z.infer<typeof RecordCollection>;
export type Release = z.infer<typeof Release>;
