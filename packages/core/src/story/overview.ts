import { type DataAge, dataAge } from '../calc/age';
import { percentagePointChange, percentChange } from '../calc/change';
import { tariffCoverage } from '../calc/coverage';
import { compareIso } from '../calc/dates';
import { findObservation, getSeries, latestPoint } from '../calc/series';
import { exportShareToUs, TRADE_SERIES, tradeYearsWithTotals } from '../calc/trade';
import { formatDate } from '../format/date';
import { SERIES_DISPLAY_UNITS } from '../format/precision';
import type { Dataset, Observation, Series } from '../types';
import { type ChapterView, chaptersAfterArticle } from './chapters';
import { type ClaimsView, claimsView } from './claims-view';
import { type FigureView, figureView } from './figure';
import { heldUnlawfulPeriods } from './legal';
import { type ScheduledView, scheduledViews } from './scheduled-view';
import { type SideHeadline, sideHeadline } from './side-headline';
import { type TradeChangeView, tradeChangeView } from './trade-view';

/** The story's headline figures, decided once for the website's home and the terminal's overview. */
export interface Overview {
  readonly title: string;
  readonly version: string;
  /** The latest verified event, and how old that is on `today`. */
  readonly asOf: string;
  readonly asOfText: string;
  readonly age: DataAge;
  /** "Data as of 6 August 2026, 3 months ago". */
  readonly ageText: string;
  /** The last day each side's tariff stack is verified. */
  readonly verifiedThrough: { readonly US: string; readonly CN: string; readonly text: string };
  /** Changes due after the verified data whose outcome is not established. */
  readonly scheduled: readonly ScheduledView[];
  readonly tariffs: readonly [SideHeadline, SideHeadline];
  /** The first day both sides stood at their peaks: the later of the two peak days. */
  readonly bothAtPeak: { readonly date: string; readonly dateText: string };
  /**
   * The day a court first held a tariff layer unlawful outright, and the court: the Supreme
   * Court's IEEPA ruling. `undefined` if no layer has been.
   */
  readonly ruling:
    | { readonly date: string; readonly dateText: string; readonly court: string }
    | undefined;
  readonly trade: {
    /** The article's comparison: 2018 against 2024, as first reported. */
    readonly article: TradeChangeView;
    /** The latest full year against the year before it. */
    readonly latestYear: TradeChangeView;
    /** The latest full year against 2018. */
    readonly sinceTradeWar: TradeChangeView;
  };
  readonly exportShare: {
    /** China's exports to the U.S. as a share of all its exports, by year (China customs). */
    readonly points: readonly FigureView[];
    /** The change from the first year to the last, percentage points. */
    readonly change: FigureView | undefined;
  };
  readonly gdp: {
    /** The article's quarter (2025 Q1), first print and latest estimate, annualized. */
    readonly firstPrint: FigureView;
    readonly latest: FigureView;
    readonly revision: FigureView;
    /** The year-on-year change the article should have cited, computed from BEA's levels. */
    readonly yearOnYear: FigureView | undefined;
    /** The latest quarter in the data, latest estimate. */
    readonly latestQuarter: FigureView;
    readonly basis: string;
  };
  readonly pmi: {
    readonly april: FigureView;
    readonly march: FigureView | undefined;
    readonly expected: FigureView | undefined;
    /** April minus the 50 threshold, index points. */
    readonly gapToThreshold: FigureView;
    readonly threshold: number;
    /** The latest month in the data. */
    readonly latest: FigureView;
  };
  readonly claims: ClaimsView;
  /** What happened after the article, chapter by chapter. */
  readonly afterArticle: readonly ChapterView[];
}

const obsFigure = (
  dataset: Dataset,
  series: Series,
  observation: Observation,
  label: string,
): FigureView =>
  figureView(dataset, {
    label,
    value: observation.value,
    unit: SERIES_DISPLAY_UNITS[series.unit],
    date: observation.period,
    sourceIds: observation.sourceIds,
  });

const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new RangeError(`the dataset has no ${what}`);
  return value;
};

/** The quarter and months the article is about. */
export const ARTICLE_PERIODS = {
  tradeFrom: 2018,
  tradeTo: 2024,
  gdpQuarter: '2025-Q1',
  gdpYearEarlier: '2024-Q1',
  gdpFirstVintage: 'advance',
  pmiMonth: '2025-04',
  pmiPreviousMonth: '2025-03',
} as const;

/**
 * The story's headline figures on `today` (`YYYY-MM-DD`: the clock's day in a terminal, the
 * build day on a website): tariffs at their peak and on the last verified day, with their legal
 * status; trade; China's export share; U.S. GDP; China's PMI; the fact check; what came after.
 */
export const overview = (dataset: Dataset, today: string): Overview => {
  const coverage = tariffCoverage(dataset);
  const lastDay = coverage.bothVerifiedThrough;
  const age = dataAge(dataset, today);
  const years = tradeYearsWithTotals(dataset);
  const lastYear = required(years.at(-1), 'trade totals');
  const gdp = getSeries(dataset, 'us-real-gdp-growth');
  const pmi = getSeries(dataset, 'china-manufacturing-pmi');
  const consensus = getSeries(dataset, 'china-manufacturing-pmi-consensus');
  const p = ARTICLE_PERIODS;
  const firstGdp = required(
    findObservation(gdp, p.gdpQuarter, p.gdpFirstVintage),
    'first GDP print',
  );
  const latestGdp = required(findObservation(gdp, p.gdpQuarter), 'GDP estimate');
  const april = required(findObservation(pmi, p.pmiMonth), 'April PMI');
  const march = findObservation(pmi, p.pmiPreviousMonth);
  const expected = findObservation(consensus, p.pmiMonth);
  const threshold = required(pmi.threshold, 'PMI threshold');
  const levels = dataset.series.find((s) => s.id === 'us-real-gdp-level');
  const levelNow = levels && findObservation(levels, p.gdpQuarter);
  const levelBefore = levels && findObservation(levels, p.gdpYearEarlier);
  const shares = exportShareToUs(dataset);
  const shareSources = (year: number) =>
    [TRADE_SERIES.chinaExportsToUs, TRADE_SERIES.chinaExportsTotal].flatMap(
      (id) => findObservation(getSeries(dataset, id), String(year))?.sourceIds ?? [],
    );
  const firstShare = shares[0];
  const lastShare = shares.at(-1);
  const lastQuarter = latestPoint(gdp);
  const lastPmi = latestPoint(pmi);
  const tariffs = [
    sideHeadline(dataset, 'US', lastDay),
    sideHeadline(dataset, 'CN', lastDay),
  ] as const;
  const bothAtPeak = tariffs
    .map((t) => t.peak.date ?? '')
    .sort(compareIso)
    .at(-1) as string;
  const ruling = (['US', 'CN'] as const)
    .flatMap((side) => heldUnlawfulPeriods(dataset, side))
    .sort((a, b) => compareIso(a.heldOn, b.heldOn))[0];
  return {
    title: dataset.title,
    version: dataset.version,
    asOf: dataset.asOf,
    asOfText: formatDate(dataset.asOf),
    age,
    ageText: age.text,
    verifiedThrough: {
      US: coverage.verifiedThrough.US,
      CN: coverage.verifiedThrough.CN,
      text: `Tariff stacks verified through ${formatDate(lastDay)}`,
    },
    scheduled: scheduledViews(dataset),
    tariffs,
    bothAtPeak: { date: bothAtPeak, dateText: formatDate(bothAtPeak) },
    ruling: ruling && {
      date: ruling.heldOn,
      dateText: formatDate(ruling.heldOn),
      court: ruling.court,
    },
    trade: {
      article: tradeChangeView(dataset, p.tradeFrom, p.tradeTo),
      latestYear: tradeChangeView(dataset, required(years.at(-2), 'two trade years'), lastYear),
      sinceTradeWar: tradeChangeView(dataset, p.tradeFrom, lastYear),
    },
    exportShare: {
      points: shares.map((s) =>
        figureView(dataset, {
          label: `Share of China’s exports that went to the U.S., ${s.year}`,
          value: s.sharePct,
          unit: 'percent',
          date: String(s.year),
          sourceIds: shareSources(s.year),
        }),
      ),
      change:
        firstShare && lastShare && firstShare !== lastShare
          ? figureView(dataset, {
              label: `Change in the share, ${firstShare.year}–${lastShare.year}`,
              value: percentagePointChange(firstShare.sharePct, lastShare.sharePct),
              unit: 'pp',
              sourceIds: [...shareSources(firstShare.year), ...shareSources(lastShare.year)],
            })
          : undefined,
    },
    gdp: {
      firstPrint: obsFigure(
        dataset,
        gdp,
        firstGdp,
        'U.S. real GDP, 2025 Q1, first estimate (annualized)',
      ),
      latest: obsFigure(
        dataset,
        gdp,
        latestGdp,
        'U.S. real GDP, 2025 Q1, latest estimate (annualized)',
      ),
      revision: figureView(dataset, {
        label: 'Revision from the first estimate to the latest',
        value: percentagePointChange(firstGdp.value, latestGdp.value),
        unit: 'pp',
        sourceIds: [...firstGdp.sourceIds, ...latestGdp.sourceIds],
      }),
      yearOnYear:
        levelNow && levelBefore
          ? figureView(dataset, {
              label: 'U.S. real GDP, 2025 Q1 against 2024 Q1 (year on year)',
              value: percentChange(levelBefore.value, levelNow.value),
              unit: 'percent-change',
              date: p.gdpQuarter,
              sourceIds: [...levelNow.sourceIds, ...levelBefore.sourceIds],
            })
          : undefined,
      latestQuarter: obsFigure(
        dataset,
        gdp,
        lastQuarter,
        `U.S. real GDP, ${formatDate(lastQuarter.period)}, latest estimate (annualized)`,
      ),
      basis: gdp.basis,
    },
    pmi: {
      april: obsFigure(dataset, pmi, april, 'China’s manufacturing PMI, April 2025'),
      march: march && obsFigure(dataset, pmi, march, 'China’s manufacturing PMI, March 2025'),
      expected:
        expected && obsFigure(dataset, consensus, expected, 'Analysts’ expectation for April 2025'),
      gapToThreshold: figureView(dataset, {
        label: 'April 2025 against the 50 line',
        value: april.value - threshold,
        unit: 'index-points',
        sourceIds: april.sourceIds,
      }),
      threshold,
      latest: obsFigure(
        dataset,
        pmi,
        lastPmi,
        `China’s manufacturing PMI, ${formatDate(lastPmi.period)}`,
      ),
    },
    claims: claimsView(dataset),
    afterArticle: chaptersAfterArticle(dataset),
  };
};
