import { queryTariffDateIn, tariffCoverage } from '../calc/coverage';
import { addDays, type DayProblem } from '../calc/dates';
import { tariffChangeDates } from '../calc/tariff-stack';
import { formatDate } from '../format/date';
import type { Dataset } from '../types';
import { afterDataNote } from './after-data-note';
import { perDataset } from './memo';

/**
 * What a surface that holds no dataset needs to answer any tariff date the way `tariffDay`
 * does: the stretches of days on which nothing it shows changes, the change dates and the
 * scheduled changes. Plain data, small enough to ship to a browser beside pre-rendered views
 * of each stretch.
 */
export interface TariffDayIndex {
  /** The first day of the data. */
  readonly from: string;
  /** The last day both stacks are verified. */
  readonly lastVerified: string;
  /**
   * Days, first to last inclusive, on which both stacks and every layer's standing in law hold
   * still: split on every change date and every court finding. Ascending, without gaps, from
   * `from` to `lastVerified`. `tariffDay` of any day in a stretch shows the same stacks as on
   * its first day.
   */
  readonly stretches: readonly { readonly from: string; readonly to: string }[];
  /** The days either stack changed, within the verified data (`tariffDayDates`). */
  readonly changeDates: readonly string[];
  /** The changes due after the verified data, by id and date. */
  readonly scheduled: readonly { readonly id: string; readonly date: string }[];
}

/** A tariff date read against the index: what `tariffDay` would show, by stretch. */
export interface TariffDayPick {
  readonly date: string;
  readonly dateText: string;
  /** The day whose stacks are shown: `date`, or the last verified day after the data. */
  readonly stacksOn: string;
  /** Index into `index.stretches` of the stretch holding `stacksOn`. */
  readonly stretch: number;
  /** Whether a stack changed on `stacksOn` (show what took effect that day). */
  readonly changeDay: boolean;
  /**
   * The change day the stacks shown date from: `stacksOn` on a change day, else the last
   * change before it (`undefined` before the first). Its day view tells what took effect.
   */
  readonly lastChange: string | undefined;
  readonly previousDate: string | undefined;
  readonly nextDate: string | undefined;
  readonly afterData:
    | {
        readonly lastVerified: string;
        readonly lastVerifiedText: string;
        readonly note: string;
        readonly scheduledIds: readonly string[];
      }
    | undefined;
}

export type TariffDayPickResult =
  | { readonly ok: true; readonly pick: TariffDayPick }
  | {
      readonly ok: false;
      readonly problem: DayProblem | 'before-data';
      readonly reason: string;
      /** The latest verified day, to show beside the note. */
      readonly pick: TariffDayPick;
    };

/** The index of the dataset's tariff days (see `TariffDayIndex`). */
export const tariffDayIndex = /* @__PURE__ */ perDataset((dataset: Dataset): TariffDayIndex => {
  const coverage = tariffCoverage(dataset);
  const last = coverage.bothVerifiedThrough;
  const inside = (d: string) => d > coverage.from && d <= last;
  const changeDates = tariffChangeDates(dataset).filter((d) => d <= last);
  const findings = dataset.tariffLayers.flatMap((l) => (l.legalHistory ?? []).map((f) => f.date));
  const starts = [
    coverage.from,
    ...[...new Set([...changeDates, ...findings])].filter(inside).sort(),
  ];
  return {
    from: coverage.from,
    lastVerified: last,
    stretches: starts.map((from, i) => {
      const next = starts[i + 1];
      return { from, to: next === undefined ? last : addDays(next, -1) };
    }),
    changeDates,
    scheduled: dataset.scheduled.map((s) => ({ id: s.id, date: s.date })),
  };
});

const lastIndexAtOrBefore = (dates: readonly string[], date: string): number => {
  let found = -1;
  for (const [i, d] of dates.entries()) {
    if (d <= date) found = i;
    else break;
  }
  return found;
};

const pickOn = (
  index: TariffDayIndex,
  date: string,
  stacksOn: string,
  afterData: TariffDayPick['afterData'],
): TariffDayPick => {
  const dates = index.changeDates;
  const at = lastIndexAtOrBefore(dates, stacksOn);
  const changeDay = dates[at] === stacksOn;
  const next = dates[at + 1];
  return {
    date,
    dateText: formatDate(date),
    stacksOn,
    stretch: Math.max(
      0,
      lastIndexAtOrBefore(
        index.stretches.map((s) => s.from),
        stacksOn,
      ),
    ),
    changeDay,
    lastChange: dates[at],
    previousDate: changeDay ? dates[at - 1] : dates[at],
    nextDate: next !== undefined && next <= index.lastVerified ? next : undefined,
    afterData,
  };
};

/**
 * A tariff date a person asked for (`YYYY-MM-DD`), read against the index exactly as
 * `tariffDay` reads it against the dataset: no input means the latest verified day; a day
 * after the verified data gets the last verified stretch with the note and the changes due in
 * between; a malformed, impossible or pre-data date gives `ok: false` with the reason and the
 * latest day. Pure and dataset-free, so a browser can run it. Never throws.
 */
export const pickTariffDay = (index: TariffDayIndex, input?: string): TariffDayPickResult => {
  const latest = pickOn(index, index.lastVerified, index.lastVerified, undefined);
  if (input === undefined || input.trim() === '') return { ok: true, pick: latest };
  const query = queryTariffDateIn(
    { from: index.from, bothVerifiedThrough: index.lastVerified },
    index.scheduled,
    input,
  );
  if (!query.ok) return { ok: false, problem: query.problem, reason: query.reason, pick: latest };
  if (query.verified) return { ok: true, pick: pickOn(index, query.date, query.date, undefined) };
  return {
    ok: true,
    pick: pickOn(index, query.date, query.lastVerified, {
      lastVerified: query.lastVerified,
      lastVerifiedText: formatDate(query.lastVerified),
      note: afterDataNote(query.date, query.lastVerified),
      scheduledIds: query.scheduled.map((s) => s.id),
    }),
  };
};
