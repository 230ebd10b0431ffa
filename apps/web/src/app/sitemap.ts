import { dataset } from '@tradetalks/core';
import type { MetadataRoute } from 'next';
import { stretchStarts } from '@/components/tariffs/stack-states';
import { claimHref, tariffsDayHref } from '@/lib/hrefs';
import { absoluteUrl, NAV_ITEMS } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return [...NAV_ITEMS.map((item) => item.href), ...dataset.claims.map((c) => claimHref(c.id))].map(
    (path) => ({ url: absoluteUrl(path), lastModified: dataset.asOf }),
  );
}
