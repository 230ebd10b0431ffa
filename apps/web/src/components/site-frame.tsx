import type { ReactNode } from 'react';
import { Static } from '@/ui/static';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The content's id: the skip link's target, and the element the first paint waits for. */
const MAIN_ID = 'main';

/**
 * What frames every page of the site, the 404 included: the skip link, the header with the
 * navigation, the content, the footer.
 */
export function SiteFrame({ children }: { children: ReactNode }) {
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
