import { z } from 'zod';
import { Finite, Id, IsoDate, PartialDate, SourceIds, Text } from './common';

export const EventKind = z.enum([
  'talks',
  'tariff-action',
  'statement',
  'designation',
  'data-release',
  'meeting',
  'agreement',
  'ruling',
  'refunds',
  'non-tariff',
  'investigation',
  'litigation',
]);

/** A figure an event reports (money refunded, importers affected), with its own sources. */
export const EventFigure = z.object({
  label: Text,
  value: Finite,
  unit: z.enum(['usd-bn', 'count', 'percent', 'mmt']),
  /** Decimals the figure was given to (−3: to the thousand; 0 for "53 million" given as 53). */
  decimals: z.number().int().min(-9).max(6),
  /** How the source words it: "about $166 billion", "over 330,000 importers". */
  qualifier: z.enum(['about', 'over', 'at-least']).optional(),
  /** The day the figure describes, where it differs from the event's. */
  asOf: IsoDate.optional(),
  sourceIds: SourceIds,
});

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
  /**
   * `reported`: known only from reports we could not verify (stored copies whose origin is
   * not known, or a single unconfirmed report). Shown as reported; never changes a stack.
   */
  status: z.literal('reported').optional(),
  figures: z.array(EventFigure).optional(),
  actorIds: z.array(Id),
  tariffMeasureIds: z.array(Id).optional(),
  sourceIds: SourceIds,
});

export type EventKind = z.infer<typeof EventKind>;
export type EventFigure = z.infer<typeof EventFigure>;
export type Event = z.infer<typeof Event>;
