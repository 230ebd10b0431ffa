// What a source's link may not be: a search-results page, an AI answer page, a page that is
// nothing but a query string, or a link carrying tracking parameters. Pure, so the schema,
// the tests and any consumer can ask the same question.

const SEARCH_PAGES: readonly { readonly host: RegExp; readonly path?: RegExp }[] = [
  { host: /(^|\.)datasetsearch\.research\.google\.com$/ },
  { host: /(^|\.)google\.[a-z.]+$/, path: /^\/search/ },
  { host: /(^|\.)bing\.com$/, path: /^\/search/ },
  { host: /(^|\.)duckduckgo\.com$/ },
  { host: /(^|\.)search\.yahoo\.com$/ },
  { host: /(^|\.)baidu\.com$/, path: /^\/s/ },
  { host: /(^|\.)perplexity\.ai$/ },
  { host: /(^|\.)chatgpt\.com$/ },
  { host: /(^|\.)studioglobal\.ai$/, path: /^\/discover\/answers/ },
];

const TRACKING = /^(utm_.+|ref|fbclid|gclid|mod|sck|source|BC|outputType|amp)$/i;

/**
 * Why `url` cannot be a source's link, or `undefined` when it can. A link names a page: not
 * search results, not an AI answer, not a bare query on a site's root (`https://x.com/?p=1`),
 * and without tracking parameters (`?utm_source=…`, `?ref=…`).
 */
export const sourceUrlProblem = (url: string): string | undefined => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  const host = parsed.hostname.toLowerCase();
  if (SEARCH_PAGES.some((p) => p.host.test(host) && (p.path?.test(parsed.pathname) ?? true))) {
    return 'is a search-results or AI-answer page, not a source';
  }
  const params = [...parsed.searchParams.keys()];
  if ((parsed.pathname === '/' || parsed.pathname === '') && params.length > 0) {
    return 'is a bare query on a site’s root, which names no page';
  }
  const tracking = params.filter((key) => TRACKING.test(key));
  if (tracking.length > 0) return `carries tracking parameters (${tracking.join(', ')})`;
  return undefined;
};

/**
 * Sites that host or print other bodies' documents (a code host, the Federal Register, a web
 * archive, a document host). A page on one of them is never its publisher's own page, so a
 * source read there names the site in `via`.
 */
const HOSTING_SITES: readonly RegExp[] = [
  /(^|\.)github\.com$/,
  /(^|\.)githubusercontent\.com$/,
  /(^|\.)govinfo\.gov$/,
  /(^|\.)federalregister\.gov$/,
  /(^|\.)archive\.org$/,
  /(^|\.)archive\.(ph|today|is)$/,
  /(^|\.)scribd\.com$/,
  /^docs\.google\.com$/,
  /^drive\.google\.com$/,
];

/** Whether `url` is on a site that hosts other bodies' documents (see `HOSTING_SITES`). */
export const isHostingSite = (url: string): boolean => {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return HOSTING_SITES.some((site) => site.test(host));
  } catch {
    return false;
  }
};
