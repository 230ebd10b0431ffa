'use client';

import { usePathname } from 'next/navigation';
import { NAV_ITEMS } from '@/lib/site';
import { Link } from '@/ui/link';

/**
 * The main links; the current section is marked with aria-current. On a wide screen they sit
 * in one row; on a phone they fold into a “Menu” disclosure (a `<details>`, so it opens
 * without JavaScript too) that names the section the reader is in.
 */
export function NavLinks() {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  const current = NAV_ITEMS.find((item) => isCurrent(item.href));
  const list = (className: string) => (
    <ul className={className}>
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <details className="nav-menu">
        <summary>
          Menu
          {current ? <span className="nav-menu__current"> · {current.label}</span> : null}
        </summary>
        {list('nav-menu__list')}
      </details>
      {list('nav-wide')}
    </>
  );
}
