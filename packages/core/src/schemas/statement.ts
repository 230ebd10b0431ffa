import { z } from 'zod';
import { Id, PartialDate, SourceIds, Text } from './common';

/** A short attributed quote (a few words, verbatim) or a paraphrase in our words. */
export const Statement = z.object({
  id: Id,
  actorId: Id,
  date: PartialDate,
  kind: z.enum(['quote', 'paraphrase']),
  text: z.string().trim().min(1).max(240),
  context: Text,
  eventId: Id.optional(),
  sourceIds: SourceIds,
});

export type Statement = z.infer<typeof Statement>;
