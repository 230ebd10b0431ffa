import type { Metadata } from 'next';
import { SiteFrame } from '@/components/site-frame';
import { NAV_ITEMS } from '@/lib/site';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address. Here is where to find the numbers.',
};

const HINTS: Readonly<Record<string, string>> = {
  '/': 'the headline figures, each with its source',
  '/after': 'the ruling, the refunds and what replaced the tariffs',
  '/timeline': 'every event, both ways, with its sources',
  '/tariffs': 'the tariffs in force on any day, layer by layer',
  '/trade': 'exports, imports and the balance by year',
  '/economy': 'U.S. GDP and China’s factory index',
  '/claims': 'a news article’s claims, re-checked',
  '/data': 'JSON, CSV and the npm package',
  '/sources': 'every source, with what cites it',
  '/glossary': 'what IEEPA, Section 301, the PMI and the rest mean',
};

const LINKS = [...NAV_ITEMS, { href: '/glossary', label: 'Glossary' }] as const;

export default function NotFound() {
  return (
    <SiteFrame>
      <Static className="not-found">
        <p className="eyebrow">Error 404</p>
        <h1>There is no page here</h1>
        <p className="lede">
          The address may be mistyped, or the page may have moved. Tariff dates go in the query,
          like <code>/tariffs?date=YYYY-MM-DD</code>; claims have their own pages under{' '}
          <Link href="/claims">/claims</Link>.
        </p>
        <h2>Where to go instead</h2>
        <ul className="not-found__links">
          {LINKS.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
              <span className="muted"> — {HINTS[item.href]}</span>
            </li>
          ))}
        </ul>
      </Static>
    </SiteFrame>
  );
}
