import { z } from 'zod';
import { Basis, Finite, Id, IsoDate, Period, SourceIds, Text } from './common';

/** One vintage of a series: a release or revision whose values differ from the others. */
export const Vintage = z.object({
  id: Id,
  label: Text,
  releasedOn: IsoDate.optional(),
});

export const Observation = z.object({
  period: Period,
  value: Finite,
  /** Id of one of the series' vintages; omitted where the series has a single vintage. */
  vintageId: Id.optional(),
  /** Absent: verified. `derived`: computed by the fact sheet from other published figures, arithmetic in note. */
  status: z.enum(['derived', 'conflict']).optional(),
  /** Release date of this value, where the vintage's own date does not apply (each quarter's estimates come out on different days). */
  releasedOn: IsoDate.optional(),
  /** Decimals this value was published to, where it differs from the series' (−2: to the hundred). */
  decimals: z.number().int().min(-3).max(6).optional(),
  note: Text.optional(),
  sourceIds: SourceIds,
});

/** A time series with its unit and basis: read `basis` before comparing two series. */
export const Series = z
  .object({
    id: Id,
    title: Text,
    /** `usd-bn-chained-2017`: real (inflation-adjusted) billions of chained 2017 dollars. */
    unit: z.enum(['usd-bn', 'usd-mn', 'usd-bn-chained-2017', 'percent', 'index']),
    basis: Text,
    /** Machine-readable basis, compared with a claim's stated basis. */
    basisCode: Basis,
    frequency: z.enum(['annual', 'quarterly', 'monthly', 'irregular']),
    /** For indexes: the value separating expansion from contraction (50 for a PMI). */
    threshold: Finite.optional(),
    /** Decimals the values are published to: the rounding a check allows for. */
    decimals: z.number().int().min(0).max(6),
    /** Who compiles the figures and how, where series on one subject measure it differently. */
    method: Text.optional(),
    /** Vintages in release order. */
    vintages: z.array(Vintage).optional(),
    /** Which vintage a period shows by default: the first published (default) or the latest. */
    headline: z.enum(['first', 'latest']).optional(),
    /** Values in this series are never negative (trade flows). */
    nonNegative: z.literal(true).optional(),
    observations: z.array(Observation).min(1),
    note: Text.optional(),
  })
  .superRefine((series, ctx) => {
    const vintageIds = new Set((series.vintages ?? []).map((v) => v.id));
    const seen = new Set<string>();
    series.observations.forEach((obs, index) => {
      if (series.nonNegative && obs.value < 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${series.id} values must not be negative`,
          path: ['observations', index, 'value'],
        });
      }
      if (obs.vintageId !== undefined && !vintageIds.has(obs.vintageId)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown vintage "${obs.vintageId}" in series ${series.id}`,
          path: ['observations', index, 'vintageId'],
        });
      }
      const key = `${obs.period}|${obs.vintageId ?? ''}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate observation for ${obs.period} (${obs.vintageId ?? 'no vintage'})`,
          path: ['observations', index, 'period'],
        });
      }
      seen.add(key);
    });
  });

export type Vintage = z.infer<typeof Vintage>;
export type Observation = z.infer<typeof Observation>;
export type Series = z.infer<typeof Series>;
