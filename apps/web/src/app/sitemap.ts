import { dataset } from '@tradetalks/core';
import type { MetadataRoute } from 'next';
import { stretchStarts } from '@/components/tariffs/stack-states';
import { claimHref, tariffsDayHref } from '@/lib/hrefs';
import { absoluteUrl, NAV_ITEMS } from '@/lib/site';

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
