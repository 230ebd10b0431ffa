'use client';

import { usePathname } from 'next/navigation';
import { NAV_ITEMS } from '@/lib/site';
import { Link } from '@/ui/link';

/** The main links; the current section is marked with aria-current. */
export function NavLinks() {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <ul>
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
