import { dataset } from '@tradetalks/core';
import { changesHref, FEED_HREF } from '@/lib/hrefs';
import { Link } from '@/ui/link';
import { DataAgeShort } from './data-age';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>
            <DataAgeShort />
          </strong>{' '}
          · dataset version {dataset.version} ·{' '}
          <a href={dataset.licence.url} rel="external license noreferrer">
            {dataset.licence.name}
          </a>
        </p>
        <p>
          Every figure on this site is read from <Link href="/data">one open dataset</Link>, or
          computed from it, and each one cites its sources. This site paraphrases a translated news
          article of May 2025 and re-checks its claims.
        </p>
        <ul aria-label="More">
          <li>
            <Link href="/claims">How the claims were checked</Link>
          </li>
          <li>
            <Link href="/sources">Every source</Link>
          </li>
          <li>
            <Link href="/glossary">Glossary</Link>
          </li>
          <li>
            <Link href={changesHref()}>What changed</Link>
          </li>
          <li>
            <a href={FEED_HREF} type="application/atom+xml">
              Feed (Atom)
            </a>
          </li>
          <li>
            <Link href="/data">Download the data</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
