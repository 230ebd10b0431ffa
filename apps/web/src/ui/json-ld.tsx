import { jsonLd } from '@/lib/claim-review';

/** Structured data for search engines; a data block, so no script runs and CSP allows it. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with <, > and & escaped
      dangerouslySetInnerHTML={{ __html: jsonLd(data) }}
    />
  );
}
