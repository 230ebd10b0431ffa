import { type ClaimView, dataset, tariffDayDates } from '@tradetalks/core';
import { claimHref, tariffsDayHref } from '@/lib/hrefs';
import { PAGES, type PageInfo } from '@/lib/pages';
import { allGoodsLine } from './story/headline';
import { dayView, siteClaims } from './story/site-story';

/**
 * A claim's page: its verdict and the claim, and core's explanation of what was found (which
 * names the figures). Never "Stated: −0.3%. Recomputed: −0.3%." beside a mislabelled claim,
 * which would read as a match.
 */
export const claimPageInfo = (claim: ClaimView): PageInfo => ({
  title: `${claim.verdictLabel}: ${claim.text}`,
  description: claim.explanation,
});

/** A tariff day's page: both all-goods stacks on that day, with the lists beside a 0%. */
export const tariffDayInfo = (date: string): PageInfo => {
  const view = dayView(date);
  const [us, cn] = view.sides;
  return {
    title: `Tariffs in force on ${view.dateText}`,
    description: `On ${view.dateText} the U.S. charged ${allGoodsLine(us)} from China, and China ${allGoodsLine(cn)} from the U.S.: every layer, with its legal status and its sources.`,
  };
};

/** Every page of the site with its words: the sitemap and the share pictures come from it. */
export const sitePages = (): readonly { path: string; info: PageInfo }[] => [
  ...Object.entries(PAGES).map(([path, info]) => ({ path, info: info as PageInfo })),
  ...tariffDayDates(dataset).map((date) => ({
    path: tariffsDayHref(date),
    info: tariffDayInfo(date),
  })),
  ...siteClaims().claims.map((c) => ({ path: claimHref(c.id), info: claimPageInfo(c) })),
];
