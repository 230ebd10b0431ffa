import { z } from 'zod';
import {
  Basis,
  Economy,
  Finite,
  Id,
  IsoDate,
  PartialDate,
  Period,
  SourceIds,
  Text,
} from './common';

/** A pointer to one observation of a series (the headline vintage unless one is named). */
export const ObservationRef = z.object({
  seriesId: Id,
  period: Period,
  vintageId: Id.optional(),
});

/** How core recomputes a claim from the dataset. */
export const ClaimCheck = z.discriminatedUnion('kind', [
  /**
   * A tariff stack one side imposed, in force on a date: the all-goods sum (default), or the
   * most a single listed good carried (the all-goods sum plus the highest listed-goods layer).
   */
  z.object({
    kind: z.literal('tariff-stack'),
    imposedBy: Economy,
    date: IsoDate,
    figure: z.enum(['all-goods', 'highest-on-listed-goods']).optional(),
  }),
  /** The rate or the coverage of one tariff measure. */
  z.object({
    kind: z.literal('tariff-measure'),
    measureId: Id,
    field: z.enum(['rate', 'coverage']),
  }),
  z.object({ kind: z.literal('observation'), ref: ObservationRef }),
  z.object({ kind: z.literal('sum'), terms: z.array(ObservationRef).min(2) }),
  /** Percent change from the sum of `from` to the sum of `to`. */
  z.object({
    kind: z.literal('percent-change'),
    from: z.array(ObservationRef).min(1),
    to: z.array(ObservationRef).min(1),
    /** What the change measures, where that matters (a change between years is year on year). */
    basis: Basis.optional(),
  }),
  /** Annualized growth between two consecutive quarterly levels: ((to ÷ from)⁴ − 1) × 100. */
  z.object({
    kind: z.literal('annualized-change'),
    from: ObservationRef,
    to: ObservationRef,
  }),
  /** `part` as a percentage of `whole`. */
  z.object({ kind: z.literal('share'), part: ObservationRef, whole: ObservationRef }),
  /** Whether an observation is below another (`than`) or, without one, its series' threshold. */
  z.object({ kind: z.literal('below'), ref: ObservationRef, than: ObservationRef.optional() }),
  /** Whether the sum of some observations is zero ("not trading at all"). */
  z.object({ kind: z.literal('zero'), terms: z.array(ObservationRef).min(1) }),
  z.object({ kind: z.literal('event-date'), eventId: Id }),
  /** No verified figure to check against; `reason` says what is missing. */
  z.object({ kind: z.literal('unverifiable'), reason: Text }),
]);

/** A figure as the article states it; `decimals` is the precision it is given to. */
export const StatedFigure = z.union([
  z.object({
    value: Finite,
    unit: z.enum(['percent', 'usd-bn', 'index', 'percent-change']),
    decimals: z.number().int().min(0).max(6),
    basis: Basis.optional(),
  }),
  z.object({ date: PartialDate }),
  z.object({ holds: z.boolean() }),
]);

/**
 * Evidence beside a claim: a note from another source that bears on it, with, where it
 * rests on a figure, the check that computes that figure (never typed into the text).
 */
export const ClaimContext = z.object({
  text: Text,
  figure: ClaimCheck.optional(),
  sourceIds: SourceIds,
});

/** What the article asserts, in our words, and how to check it. */
export const Claim = z.object({
  id: Id,
  topic: z.enum(['tariffs', 'trade', 'export-share', 'gdp', 'pmi', 'talks', 'history']),
  text: Text,
  /** Who made the claim (an actor id); absent: the article. */
  speakerId: Id.optional(),
  /** When the claim was made, where it is not the article's date. */
  statedOn: PartialDate.optional(),
  stated: StatedFigure,
  check: ClaimCheck,
  /**
   * `own-figures`: the article's arithmetic on its own numbers (a miss is "inconsistent");
   * `sources`: against independent sources (a miss is "disputed").
   */
  checkedAgainst: z.enum(['own-figures', 'sources']),
  /** The same check on other vintages or definitions, shown beside the main result. */
  alternatives: z.array(z.object({ label: Text, check: ClaimCheck })).optional(),
  context: z.array(ClaimContext).optional(),
  /** What happened after the claim was made that bears on it (a later ruling, a revision). */
  after: z.array(ClaimContext).optional(),
  sourceIds: SourceIds,
});

export type ObservationRef = z.infer<typeof ObservationRef>;
export type ClaimCheck = z.infer<typeof ClaimCheck>;
export type StatedFigure = z.infer<typeof StatedFigure>;
export type ClaimContext = z.infer<typeof ClaimContext>;
export type Claim = z.infer<typeof Claim>;
