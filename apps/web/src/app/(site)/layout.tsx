import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { Static } from '@/ui/static';

/** The content's id: the skip link's target, and the element the first paint waits for. */
const MAIN_ID = 'main';

/** Every page of the site: the header with the navigation, the content, the footer. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {/* React puts this link in <head>: the browser holds the first paint until the content
          has begun, so the header is never painted half-parsed (its brand and navigation
          would move as the rest arrived, a layout shift). Browsers without it ignore it. */}
      <link rel="expect" href={`#${MAIN_ID}`} blocking="render" />
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Skip to content
      </a>
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1}>
        {children}
      </main>
      <Static>
        <SiteFooter />
      </Static>
    </>
  );
}
