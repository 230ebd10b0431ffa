import { z } from 'zod';
import { Id, PartialDate, SourceIds, Text } from './common';

export const EventKind = z.enum([
  'talks',
  'tariff-action',
  'statement',
  'designation',
  'data-release',
  'meeting',
  'agreement',
]);

/** A dated happening; `date` is as precise as the sources allow (day, month or year). */
export const Event = z.object({
  id: Id,
  date: PartialDate,
  /** Last day of a multi-day event (talks over two days). */
  endDate: PartialDate.optional(),
  kind: EventKind,
  title: Text,
  summary: Text,
  place: Text.optional(),
  actorIds: z.array(Id),
  tariffMeasureIds: z.array(Id).optional(),
  sourceIds: SourceIds,
});

export type EventKind = z.infer<typeof EventKind>;
export type Event = z.infer<typeof Event>;
