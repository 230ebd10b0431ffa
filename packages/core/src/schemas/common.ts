import { z } from 'zod';

/** A stable, kebab-case record id: `bessent`, `us-301-list-1`, `gdp-q1-2025`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)');

const isRealDay = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

/** Years this dataset can speak about; anything else is a typo. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const isRealPartialDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d === undefined || isRealDay(y, m, d);
};

/** A calendar date that exists, `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, YYYY-MM-DD')
  .refine(isRealPartialDate, 'must be a date that exists, between 1990 and 2100');

/**
 * A date known to a day, a month or a year: `2025-05-06`, `2019-05`, `2018`.
 * The precision is read from the length.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'must be a date that exists, between 1990 and 2100');

/** A period of a time series: a year, a quarter (`2025-Q1`), a month or a day. */
export const Period = z
  .string()
  .regex(/^\d{4}(?:-Q[1-4]|-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD')
  .refine(
    (value) =>
      value.includes('Q') ? isRealPartialDate(value.slice(0, 4)) : isRealPartialDate(value),
    'must be a period that exists, between 1990 and 2100',
  );

/** One of the two sides of this story. */
export const Economy = z.enum(['US', 'CN']);

/** A finite number (never NaN or ±Infinity). */
export const Finite = z.number().finite();

/** A tariff rate in percent, 0–1000 (the highest stated rate in the story is 245%). */
const RatePct = z.number().finite().min(0).max(1000);

/** A rate or a range of rates in percent; a single rate has min === max. */
export const RateRange = z
  .object({ minPct: RatePct, maxPct: RatePct })
  .refine((range) => range.minPct <= range.maxPct, {
    message: 'minPct must not exceed maxPct',
    path: ['maxPct'],
  });

/** A non-negative amount in US$ billions. */
export const UsdBn = z.number().finite().min(0).max(100_000);

/** Ids of the sources a record rests on: at least one. */
export const SourceIds = z.array(Id).min(1, 'every record cites at least one source');

/** Plain text written in our own words; one line. */
export const Text = z.string().trim().min(1).max(600);

/** How a figure is measured; comparing two figures of different bases is a mislabel. */
export const Basis = z.enum([
  'level',
  'annualized-quarter-over-quarter',
  'year-on-year',
  'diffusion-index',
  'share',
  'average-tariff',
]);

export type Basis = z.infer<typeof Basis>;
export type Id = z.infer<typeof Id>;
export type IsoDate = z.infer<typeof IsoDate>;
export type PartialDate = z.infer<typeof PartialDate>;
export type Period = z.infer<typeof Period>;
export type Economy = z.infer<typeof Economy>;
export type RateRange = z.infer<typeof RateRange>;
