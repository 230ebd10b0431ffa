import type { MetadataRoute } from 'next';
import { EXPLORER_PANELS_HREF } from '@/lib/hrefs';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    // The tariff explorer's panels are a part of /tariffs, not a page to list on its own.
    rules: { userAgent: '*', allow: '/', disallow: EXPLORER_PANELS_HREF },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
