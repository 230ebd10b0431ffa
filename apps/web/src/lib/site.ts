import { isoDayOf, parseIsoDay } from '@tradetalks/core';

/** The site's name, and the origin absolute URLs (JSON-LD, sitemap) are built on. */
export const SITE_NAME = 'tradetalks';

/**
 * Where the site is deployed, for absolute URLs. Read at build time from `SITE_URL`;
 * the default suits `pnpm start` on this machine.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

const buildDay = (raw: string | undefined): string => {
  if (raw === undefined || raw.trim() === '') return isoDayOf(new Date());
  const parsed = parseIsoDay(raw);
  if (!parsed.ok) throw new Error(`BUILD_DATE: ${parsed.reason}`);
  return parsed.date;
};

/**
 * The day the site was built (UTC), or `BUILD_DATE` (YYYY-MM-DD) when set: the "today" the
 * pages measure the data's age against ("data as of 6 Aug 2026, 3 months ago").
 */
export const BUILD_DAY = buildDay(process.env.BUILD_DATE);

/** The main navigation, in reading order. */
export const NAV_ITEMS = [
  { href: '/', label: 'Story' },
  { href: '/after', label: 'After' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/tariffs', label: 'Tariffs' },
  { href: '/trade', label: 'Trade' },
  { href: '/economy', label: 'Economy' },
  { href: '/claims', label: 'Fact check' },
  { href: '/data', label: 'Data' },
  { href: '/sources', label: 'Sources' },
] as const;

export const absoluteUrl = (path: string): string => `${SITE_URL}${path}`;
