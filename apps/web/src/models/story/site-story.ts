import {
  claimsView,
  dataset,
  type Overview,
  overview,
  type TariffDayView,
  tariffCoverage,
  tariffDay,
} from '@tradetalks/core';
import { BUILD_DAY } from '@/lib/site';

let cached: Overview | undefined;

/** The story's headline figures as of the build day: what the home page and "now" lines show. */
export const siteOverview = (): Overview => {
  cached ??= overview(dataset, BUILD_DAY);
  return cached;
};

/** "Data as of 6 Aug 2026, 3 months ago": core's short age line, to open a sentence. */
export const siteAgeLine = (): string => siteOverview().age.shortSentence;

/** Every claim re-checked, findings first (core's view). */
export const siteClaims = () => claimsView(dataset);

/** The coverage of the tariff data: its first day and the last verified day each way. */
export const siteCoverage = () => tariffCoverage(dataset);

/**
 * Both stacks on a verified day the site links to (a change date, the latest day): core's
 * view, or an error at build time, since the site only asks for days it knows.
 */
export const dayView = (date?: string): TariffDayView => {
  const result = tariffDay(dataset, date);
  if (!result.ok) throw new Error(`tariffDay(${date}): ${result.reason}`);
  return result.view;
};
