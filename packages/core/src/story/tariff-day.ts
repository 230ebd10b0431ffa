import { queryTariffDate, type TariffCoverage, tariffCoverage } from '../calc/coverage';
import { adjacentChangeDates, peakListedStack, tariffChangeDates } from '../calc/tariff-stack';
import { formatDate } from '../format/date';
import { formatRate } from '../format/number';
import type { Dataset, Economy } from '../types';
import { afterDataNote } from './after-data-note';
import { type ScheduledView, scheduledViews } from './scheduled-view';
import { type SideDayView, sideView } from './side-day-view';
import { type SourceRef, sourceRefs } from './source-ref';

/** A measure that took effect on the day shown. */
export interface ChangeView {
  readonly side: Economy;
  readonly measureId: string;
  readonly layerName: string;
  readonly action: string;
  readonly rateText: string;
  readonly sources: readonly SourceRef[];
}

/** Both sides' stacks on a day, with what changed and where to step next. */
export interface TariffDayView {
  /** The day asked for (the latest verified day when none was). */
  readonly date: string;
  readonly dateText: string;
  /** The day whose stacks are shown: `date`, or the last verified day after the data. */
  readonly stacksOn: string;
  /** Set when `date` is after the verified data. */
  readonly afterData:
    | {
        readonly lastVerified: string;
        readonly lastVerifiedText: string;
        /** "After the verified data, which ends on 9 November 2026: these are the stacks in force then." */
        readonly note: string;
        /** Changes due between the verified data and `date`, whose outcome is not established. */
        readonly scheduled: readonly ScheduledView[];
      }
    | undefined;
  /** The U.S. first, then China. */
  readonly sides: readonly [SideDayView, SideDayView];
  readonly changes: readonly ChangeView[];
  /** Events on the day shown. */
  readonly events: readonly { readonly id: string; readonly title: string }[];
  /**
   * Where the day shown sits among the change days (`tariffDayDates`), counted from 1, when a
   * stack changed on it; `undefined` between changes and after the verified data.
   */
  readonly change: { readonly number: number; readonly of: number } | undefined;
  /** The change dates before and after the day shown (either side), within the verified data. */
  readonly previousDate: string | undefined;
  readonly nextDate: string | undefined;
  readonly coverage: TariffCoverage;
}

export type TariffDayResult =
  | { readonly ok: true; readonly view: TariffDayView }
  | {
      readonly ok: false;
      readonly problem: 'malformed' | 'no-such-month' | 'no-such-day' | 'before-data';
      /** What was wrong, in words a reader can act on. */
      readonly reason: string;
      /** The latest verified day, to show beside the note. */
      readonly view: TariffDayView;
    };

const view = (
  dataset: Dataset,
  date: string,
  stacksOn: string,
  afterData: TariffDayView['afterData'],
): TariffDayView => {
  const coverage = tariffCoverage(dataset);
  const { previous, next } = adjacentChangeDates(dataset, stacksOn);
  const changeDates = tariffDayDates(dataset);
  const at = afterData === undefined ? changeDates.indexOf(stacksOn) : -1;
  const layerNames = new Map(dataset.tariffLayers.map((l) => [l.id, l.name]));
  return {
    date,
    dateText: formatDate(date),
    stacksOn,
    afterData,
    sides: [
      sideView(dataset, 'US', stacksOn, coverage),
      sideView(dataset, 'CN', stacksOn, coverage),
    ],
    changes: dataset.tariffMeasures
      .filter((m) => m.effectiveOn === stacksOn)
      .map((m) => ({
        side: m.imposedBy,
        measureId: m.id,
        layerName: layerNames.get(m.layerId) ?? m.layerId,
        action: m.action,
        rateText: m.endsLayer ? 'ended' : formatRate(m.rate),
        sources: sourceRefs(dataset, m.sourceIds),
      })),
    events: dataset.events
      .filter((e) => e.date === stacksOn && e.status !== 'reported')
      .map((e) => ({ id: e.id, title: e.title })),
    change: at >= 0 ? { number: at + 1, of: changeDates.length } : undefined,
    previousDate: previous,
    nextDate: next !== undefined && next <= coverage.bothVerifiedThrough ? next : undefined,
    coverage,
  };
};

/**
 * The day a tariff view opens on when none is asked for: the last day both sides' stacks are
 * verified. Cheap beside `tariffDay(dataset).view.date`, which builds that day's whole view.
 */
export const latestTariffDay = (dataset: Dataset): string =>
  tariffCoverage(dataset).bothVerifiedThrough;

/**
 * Both sides' tariff stacks on a day a person asked for (`YYYY-MM-DD`), decided for every
 * surface: layers with their legal status, what changed, where to step next. No input means
 * the latest verified day. A day after the verified data is answered with the last verified
 * stacks, flagged `afterData` with what was scheduled meanwhile; a malformed, impossible or
 * pre-data date gives `ok: false` with the reason and the latest day to show beside it.
 */
export const tariffDay = (dataset: Dataset, input?: string): TariffDayResult => {
  const latest = latestTariffDay(dataset);
  if (input === undefined || input.trim() === '')
    return { ok: true, view: view(dataset, latest, latest, undefined) };
  const query = queryTariffDate(dataset, input);
  if (!query.ok) {
    return {
      ok: false,
      problem: query.problem,
      reason: query.reason,
      view: view(dataset, latest, latest, undefined),
    };
  }
  if (query.verified) return { ok: true, view: view(dataset, query.date, query.date, undefined) };
  const lastText = formatDate(query.lastVerified);
  return {
    ok: true,
    view: view(dataset, query.date, query.lastVerified, {
      lastVerified: query.lastVerified,
      lastVerifiedText: lastText,
      note: afterDataNote(query.date, query.lastVerified),
      scheduled: scheduledViews(dataset, query.scheduled),
    }),
  };
};

/** Every day on which either side's stack changes, within the verified data: the pages to link. */
export const tariffDayDates = (dataset: Dataset): readonly string[] => {
  const coverage = tariffCoverage(dataset);
  return tariffChangeDates(dataset).filter((d) => d <= coverage.bothVerifiedThrough);
};

/**
 * The one scale for every drawing of a stack, so bars and charts compare across days and
 * sides: the highest rate a single good paid on either side on any day of the data (the U.S.
 * peak on a listed good, 245%).
 */
export const tariffScaleMaxPct = (dataset: Dataset): number =>
  Math.max(
    peakListedStack(dataset, 'US').highestOnListedGoods.maxPct,
    peakListedStack(dataset, 'CN').highestOnListedGoods.maxPct,
  );
