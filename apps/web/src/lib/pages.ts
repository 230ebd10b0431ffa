import { dataset, tariffCoverage } from '@tradetalks/core';
import type { Metadata } from 'next';
import { FEED_TITLE } from './feed';
import { FEED_HREF, ogImageHref } from './hrefs';
import { absoluteUrl, SITE_NAME } from './site';

const coverage = tariffCoverage(dataset);
const years = `${coverage.from.slice(0, 4)} to ${coverage.bothVerifiedThrough.slice(0, 4)}`;

/** A page's words for search results, share cards and its og:image. */
export interface PageInfo {
  readonly title: string;
  readonly description: string;
  /** The chart its share picture shows, if it has one (an id of the chart registry). */
  readonly chart?: string;
}

/** The site's fixed pages. Pages made from records (a claim, a tariff day) build their own. */
export const PAGES = {
  '/': {
    title: `${SITE_NAME}: the U.S.–China trade conflict in numbers`,
    description:
      'Tariffs both ways from the first trade war to the last verified day, with what the courts later found; what happened after the May 2025 article; U.S.–China trade, China’s export share, U.S. GDP and China’s PMI: each figure sourced and explained.',
    chart: 'tariff-history',
  },
  '/after': {
    title: 'After the article: the ruling, the refunds and what replaced the tariffs',
    description:
      'What happened after the May 2025 article, chapter by chapter: the Supreme Court’s IEEPA ruling, the refunds, the Section 122 surcharge, the forced-labour Section 301, the 2026 summits and China’s answers, each figure with its sources.',
  },
  '/changes': {
    title: 'What changed in the data',
    description:
      'Every release of the tradetalks dataset, newest first: what it added, revised and removed, and the events it brought in. Also as an Atom feed.',
  },
  '/timeline': {
    title: 'Timeline',
    description: `Every tariff action, meeting, statement and data release of the U.S.–China trade conflict from ${years}, both ways, filterable by year, person and kind.`,
  },
  '/tariffs': {
    title: 'Tariffs, layer by layer',
    description: `The additional tariffs the U.S. and China charged each other on any day from ${years}, what each stack was made of, and how the headline rates compare with the average tariff.`,
    chart: 'tariff-steps-recent',
  },
  '/tariffs/measures': {
    title: 'Every tariff measure',
    description: `Each dated tariff action the U.S. and China took against each other from ${years}: rate, goods covered, legal basis, what it replaced, and its sources.`,
  },
  '/trade': {
    title: 'Trade',
    description:
      'U.S. goods exports to and imports from China year by year, the balance, China’s export share going to the U.S., and the change between any two years.',
    chart: 'trade-flows',
  },
  '/economy': {
    title: 'Economy',
    description:
      'U.S. GDP growth in early 2025, estimate by estimate, and China’s manufacturing PMI month by month: the figures the talks were held against.',
    chart: 'gdp-revisions',
  },
  '/claims': {
    title: 'Fact check: the article’s claims, re-checked',
    description:
      'Every figure in a May 2025 news article on the U.S.–China talks, recomputed from the sources: stated against recomputed, the arithmetic, the verdict and why.',
  },
  '/glossary': {
    title: 'Glossary: the words behind the numbers',
    description:
      'IEEPA, Section 301 and its lists, Section 232, MFN, percentage points, annualized rates, the Census basis, the PMI: what each term on this site means, in plain words.',
  },
  '/data': {
    title: 'Data: download everything',
    description:
      'The whole tradetalks dataset as JSON with its JSON Schema, one CSV per table with a Frictionless datapackage.json, the data behind every chart, and the npm package.',
  },
  '/sources': {
    title: 'Sources',
    description:
      'Every source behind the tradetalks figures, official, research and secondary, with the records that cite each one.',
  },
} as const satisfies Record<string, PageInfo>;

export type PagePath = keyof typeof PAGES;

/**
 * A page's canonical address and the feed every page advertises in its head (a page's
 * `alternates` replace the layout's, so each page carries both).
 */
export const feedAlternates = (canonical?: string): Metadata['alternates'] => ({
  ...(canonical ? { canonical } : {}),
  types: { 'application/atom+xml': [{ url: absoluteUrl(FEED_HREF), title: FEED_TITLE }] },
});

/**
 * A page's metadata: its title and description, its canonical address on SITE_URL, and its
 * share card with the og:image the build draws for it.
 */
export const metadataFor = (path: string, info: PageInfo): Metadata => {
  const url = absoluteUrl(path);
  const image = { url: absoluteUrl(ogImageHref(path)), width: 1200, height: 630, alt: info.title };
  return {
    title: path === '/' ? { absolute: info.title } : info.title,
    description: info.description,
    alternates: feedAlternates(url),
    openGraph: {
      title: info.title,
      description: info.description,
      url,
      siteName: SITE_NAME,
      type: 'website',
      locale: 'en_GB',
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: info.title,
      description: info.description,
      images: [image.url],
    },
  };
};

/** The metadata of one of the fixed pages. */
export const pageMetadata = (path: PagePath): Metadata => metadataFor(path, PAGES[path]);
