import { dataset } from '@tradetalks/core';
import type { MetadataRoute } from 'next';
import { claimHref, tariffsDayHref } from '@/lib/hrefs';
import { absoluteUrl, NAV_ITEMS } from '@/lib/site';
import { stretchStarts } from '@/models/tariffs/stack-states';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    ...NAV_ITEMS.map((item) => item.href),
    '/tariffs/measures',
    ...stretchStarts(dataset).map(tariffsDayHref),
    ...dataset.claims.map((c) => claimHref(c.id)),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path), lastModified: dataset.asOf }));
}
