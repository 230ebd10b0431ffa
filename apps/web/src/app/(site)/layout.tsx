import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';

/** Every page of the site, in the site's frame (header, content, footer). */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
