import { z } from 'zod';
import { Economy, Id, IsoDate, RateRange, SourceIds, Text, UsdBn } from './common';

/** The legal programme a layer belongs to; labels and grouping come from it. */
export const TariffProgram = z.enum([
  'ieepa',
  'section-122',
  'section-301-lists',
  'section-301-review',
  'section-301-forced-labour',
  'section-301-semiconductors',
  'cn-across-the-board',
  'cn-retaliation-2018',
  'cn-retaliation-2025',
]);

/**
 * A court's later word on a layer: held unlawful (for everyone or for the named plaintiffs),
 * a stay of such a ruling, or a pending challenge. The stack on an earlier day still shows
 * what was charged; the finding travels with the layer so every surface can say both.
 */
export const LegalFinding = z.object({
  date: IsoDate,
  kind: z.enum(['held-unlawful', 'held-unlawful-for-plaintiffs', 'ruling-stayed', 'challenged']),
  /** The court (an actor id). */
  courtId: Id,
  /** What was decided, in our words. */
  summary: Text,
  eventId: Id.optional(),
  /** What followed for the money already paid, in our words ("refunds under way"). */
  remedy: Text.optional(),
  remedyEventIds: z.array(Id).optional(),
  sourceIds: SourceIds,
});

/**
 * A tariff layer: a named line of duties that successive measures set, raise, cut or end
 * (for example the U.S. IEEPA "reciprocal" tariff, or Section 301 List 3).
 */
export const TariffLayer = z.object({
  id: Id,
  imposedBy: Economy,
  name: Text,
  program: TariffProgram,
  /** `all-goods`: applies to everything the other side ships; `listed-goods`: a product list. */
  scope: z.enum(['all-goods', 'listed-goods']),
  /** For listed goods: what the list covers, in our words. */
  covers: Text.optional(),
  legalBasis: Text,
  /** Order in which layers are listed in a stack (lower first). */
  order: z.number().int().min(0),
  /** Later rulings on the layer, oldest first. */
  legalHistory: z.array(LegalFinding).optional(),
  note: Text.optional(),
});

/**
 * One dated action that sets a layer's rate from `effectiveOn` until a later measure
 * supersedes or ends it. A measure with `endsLayer: true` stops the layer (rate 0 from then).
 */
export const TariffMeasure = z
  .object({
    id: Id,
    layerId: Id,
    imposedBy: Economy,
    on: Economy,
    action: Text,
    /** The additional duty in percent; a range where rates differ by product. */
    rate: RateRange.optional(),
    coverageUsdBn: UsdBn.optional(),
    legalBasis: Text,
    /** Absent where the announcement date is not verified. */
    announcedOn: IsoDate.optional(),
    effectiveOn: IsoDate,
    /** Ids of earlier measures this one replaces from `effectiveOn`. */
    supersedes: z.array(Id).optional(),
    /** Ids of measures this one ends without replacement. */
    ends: z.array(Id).optional(),
    endsLayer: z.literal(true).optional(),
    note: Text.optional(),
    status: z.enum(['verified', 'conflict']),
    sourceIds: SourceIds,
  })
  .refine((m) => m.imposedBy !== m.on, { message: 'imposedBy and on must differ', path: ['on'] })
  .refine((m) => m.announcedOn === undefined || m.effectiveOn >= m.announcedOn, {
    message: 'effectiveOn must not be before announcedOn',
    path: ['effectiveOn'],
  })
  .refine((m) => m.rate !== undefined || m.endsLayer || m.note !== undefined, {
    message: 'a measure without a rate must say why in its note',
    path: ['rate'],
  })
  .refine((m) => !m.endsLayer || (m.ends?.length ?? 0) > 0, {
    message: 'a measure that ends its layer names the measures it ends',
    path: ['ends'],
  });

export type TariffProgram = z.infer<typeof TariffProgram>;
export type LegalFinding = z.infer<typeof LegalFinding>;
export type TariffLayer = z.infer<typeof TariffLayer>;
export type TariffMeasure = z.infer<typeof TariffMeasure>;
