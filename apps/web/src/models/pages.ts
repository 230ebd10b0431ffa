import {
  type ClaimResult,
  checkClaims,
  type Dataset,
  dataset,
  formatDate,
  formatRate,
  VERDICTS,
} from '@tradetalks/core';
import { claimHref, tariffsDayHref } from '@/lib/hrefs';
import { PAGES, type PageInfo } from '@/lib/pages';
import { stateIndexFor } from './tariffs/resolve-date';
import { sideStates, stretchStarts } from './tariffs/stack-states';

/** A claim's page: its verdict and the claim, and what was stated against what was found. */
export const claimPageInfo = (result: ClaimResult): PageInfo => ({
  title: `${VERDICTS[result.verdict].label}: ${result.claim.text}`,
  description: `${result.explanation} Stated: ${result.stated}. Recomputed: ${result.recomputedText}.`,
});

/** The stacks both ways in force on a date (the stretch each side is in). */
export const statesOn = (data: Dataset, date: string) =>
  (['US', 'CN'] as const).map((side) => {
    const states = sideStates(data, side);
    return states[
      stateIndexFor(
        states.map((s) => s.from),
        date,
      )
    ];
  });

/** A tariff day's page: both all-goods stacks on that day. */
export const tariffDayInfo = (data: Dataset, date: string): PageInfo => {
  const [us, cn] = statesOn(data, date);
  return {
    title: `Tariffs in force on ${formatDate(date)}`,
    description: `On ${formatDate(date)} the U.S. charged ${formatRate(us?.stack.allGoods)} on all goods from China and China ${formatRate(cn?.stack.allGoods)} on all goods from the U.S.: every layer, with its sources.`,
  };
};

/** Every page of the site with its words: the sitemap and the share pictures come from it. */
export const sitePages = (data: Dataset = dataset): readonly { path: string; info: PageInfo }[] => [
  ...Object.entries(PAGES).map(([path, info]) => ({ path, info: info as PageInfo })),
  ...stretchStarts(data).map((date) => ({
    path: tariffsDayHref(date),
    info: tariffDayInfo(data, date),
  })),
  ...checkClaims(data).map((r) => ({ path: claimHref(r.claim.id), info: claimPageInfo(r) })),
];
