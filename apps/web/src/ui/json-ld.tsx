import { jsonLd } from '@/lib/claim-review';
import { StaticHtml } from './static-html';

/** Structured data for search engines; a data block, so no script runs and CSP allows it. */
export function JsonLd({ data }: { data: unknown }) {
  return <StaticHtml as="script" type="application/ld+json" html={jsonLd(data)} />;
}
