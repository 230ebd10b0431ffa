import { z } from 'zod';
import { Economy, Id, IsoDate, RateRange, SourceIds, Text, UsdBn } from './common';

/**
 * A tariff layer: a named line of duties that successive measures set, raise, cut or end
 * (for example the U.S. IEEPA "reciprocal" tariff, or Section 301 List 3).
 */
export const TariffLayer = z.object({
  id: Id,
  imposedBy: Economy,
  name: Text,
  /** `all-goods`: applies to everything the other side ships; `listed-goods`: a product list. */
  scope: z.enum(['all-goods', 'listed-goods']),
  legalBasis: Text,
  /** Order in which layers are listed in a stack (lower first). */
  order: z.number().int().min(0),
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
  });

export type TariffLayer = z.infer<typeof TariffLayer>;
export type TariffMeasure = z.infer<typeof TariffMeasure>;
