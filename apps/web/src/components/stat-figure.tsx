import type { SourceRef } from '@tradetalks/core';
import type { ReactNode } from 'react';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';

/**
 * One headline figure: what it is, the number, the detail that makes it honest, its
 * sources, and links to where it is explained and to the fact check.
 */
export function StatFigure({
  id,
  label,
  value,
  children,
  sources,
  explain,
  check,
}: {
  id: string;
  label: string;
  value: string;
  children: ReactNode;
  sources: readonly SourceRef[];
  /** Where the figure is explained; no link when there is nowhere to go. */
  explain?: { href: string; label: string } | undefined;
  check?: { href: string; label: string } | undefined;
}) {
  return (
    <article className="stat" id={id} aria-labelledby={`${id}-label`}>
      <h3 className="stat__label" id={`${id}-label`}>
        {label}
      </h3>
      <p className="stat__value num">{value}</p>
      <div className="stat__detail">{children}</div>
      <SourceLine sources={sources} />
      <ul className="stat__links">
        {explain ? (
          <li>
            <Link href={explain.href}>{explain.label}</Link>
          </li>
        ) : null}
        {check ? (
          <li>
            <Link href={check.href}>{check.label}</Link>
          </li>
        ) : null}
      </ul>
    </article>
  );
}
