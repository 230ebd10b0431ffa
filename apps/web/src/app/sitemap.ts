import { dataset } from '@tradetalks/core';
import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';
import { sitePages } from '@/models/pages';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().map(({ path }) => ({
    url: absoluteUrl(path),
    lastModified: dataset.asOf,
  }));
}
