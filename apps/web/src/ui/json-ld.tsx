import { jsonLd } from '@/lib/claim-review';
import { StaticHtml } from './static-html';

/**
 * Structured data for search engines; a data block, so no script runs and CSP allows it. Pages
 * put it last: a browser that paints the page as it arrives need not wait for it (the
 * ClaimReview graph of /claims is 20 KB).
 */
export function JsonLd({ data }: { data: unknown }) {
  return <StaticHtml as="script" type="application/ld+json" html={jsonLd(data)} />;
}
