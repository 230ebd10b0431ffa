import type { Dataset, Economy, ScheduledChange } from '../types';
import { type DayProblem, parseIsoDay } from './dates';

/** The span of days the tariff data answers for, and how far each side is verified. */
export interface TariffCoverage {
  /** The first day a tariff date may be: 1 January of the first measure's year. */
  readonly from: string;
  /** The last day each side's stack is verified. */
  readonly verifiedThrough: Readonly<Record<Economy, string>>;
  /** The last day both sides are verified: the end of a two-sided view. */
  readonly bothVerifiedThrough: string;
}

/** What the tariff data covers: from its first year to the verified end of each side. */
export const tariffCoverage = (dataset: Dataset): TariffCoverage => {
  const first = dataset.tariffMeasures.map((m) => m.effectiveOn).sort()[0] ?? dataset.asOf;
  const verifiedThrough = {
    US: dataset.stacksVerifiedThrough.US ?? dataset.asOf,
    CN: dataset.stacksVerifiedThrough.CN ?? dataset.asOf,
  };
  return {
    from: `${first.slice(0, 4)}-01-01`,
    verifiedThrough,
    bothVerifiedThrough: [verifiedThrough.US, verifiedThrough.CN].sort()[0] as string,
  };
};

/** A tariff date asked for, answered: a verified day, a day after the verified data, or why not. */
export type TariffDateQuery =
  | {
      readonly ok: true;
      readonly date: string;
      /** Whether both sides' stacks are verified on `date`. */
      readonly verified: true;
    }
  | {
      readonly ok: true;
      readonly date: string;
      readonly verified: false;
      /** The last verified day: the stacks shown are the ones in force then. */
      readonly lastVerified: string;
      /** What was due between the verified data and `date`, and is not established. */
      readonly scheduled: readonly ScheduledChange[];
    }
  | {
      readonly ok: false;
      readonly problem: DayProblem | 'before-data';
      readonly reason: string;
    };

/**
 * Read a tariff date a person asked for against a coverage and the changes scheduled after
 * it: the rule `queryTariffDate` applies, for a surface that holds no dataset (a browser
 * island given `tariffDayIndex`). Never throws.
 */
export const queryTariffDateIn = <S extends Pick<ScheduledChange, 'date'>>(
  coverage: Pick<TariffCoverage, 'from' | 'bothVerifiedThrough'>,
  scheduled: readonly S[],
  input: string,
):
  | { readonly ok: true; readonly date: string; readonly verified: true }
  | {
      readonly ok: true;
      readonly date: string;
      readonly verified: false;
      readonly lastVerified: string;
      readonly scheduled: readonly S[];
    }
  | {
      readonly ok: false;
      readonly problem: DayProblem | 'before-data';
      readonly reason: string;
    } => {
  const parsed = parseIsoDay(input);
  if (!parsed.ok) return parsed;
  const { date } = parsed;
  if (date < coverage.from) {
    return {
      ok: false,
      problem: 'before-data',
      reason: `${date} is before the data, which starts on ${coverage.from}`,
    };
  }
  const last = coverage.bothVerifiedThrough;
  if (date <= last) return { ok: true, date, verified: true };
  return {
    ok: true,
    date,
    verified: false,
    lastVerified: last,
    scheduled: scheduled.filter((s) => s.date > last && s.date <= date),
  };
};

/**
 * Read a tariff date a person asked for. A malformed or impossible date, or one before the
 * data, is refused with a reason; a date after the verified data — today, say — is answered
 * with the last verified day, flagged, with the changes scheduled in between. Never throws.
 */
export const queryTariffDate = (dataset: Dataset, input: string): TariffDateQuery =>
  queryTariffDateIn(tariffCoverage(dataset), dataset.scheduled, input);
