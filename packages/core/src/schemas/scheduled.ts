import { z } from 'zod';
import { Economy, Id, IsoDate, SourceIds, Text } from './common';

/**
 * A change that was due after the data's verified coverage (a suspension lapsing, a rate
 * scheduled to rise) and whose outcome no verified source establishes. Never part of a stack.
 */
export const ScheduledChange = z.object({
  id: Id,
  date: IsoDate,
  imposedBy: Economy,
  title: Text,
  summary: Text,
  sourceIds: SourceIds,
});

export type ScheduledChange = z.infer<typeof ScheduledChange>;
