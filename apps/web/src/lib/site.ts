/** The site's name, and the origin absolute URLs (JSON-LD, sitemap) are built on. */
export const SITE_NAME = 'tradetalks';

/**
 * Where the site is deployed, for absolute URLs. Read at build time from `SITE_URL`;
 * the default suits `pnpm start` on this machine.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** The main navigation, in reading order. */
export const NAV_ITEMS = [
  { href: '/', label: 'Story' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/tariffs', label: 'Tariffs' },
  { href: '/trade', label: 'Trade' },
  { href: '/economy', label: 'Economy' },
  { href: '/claims', label: 'Fact check' },
  { href: '/data', label: 'Data' },
  { href: '/sources', label: 'Sources' },
] as const;

export const absoluteUrl = (path: string): string => `${SITE_URL}${path}`;
