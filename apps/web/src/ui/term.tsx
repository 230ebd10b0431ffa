import { type GlossaryId, glossaryEntry } from '@tradetalks/core';
import type { ReactNode } from 'react';
import { glossaryHref } from '@/lib/hrefs';

/**
 * The first use of a term on a page: a link to its glossary entry, with the expansion of an
 * abbreviation (`<abbr>`) and the plain-words definition as its title.
 */
export function Term({ id, children }: { id: GlossaryId; children?: ReactNode }) {
  const entry = glossaryEntry(id);
  const label = children ?? entry.term;
  return (
    <a className="term" href={glossaryHref(id)} title={entry.short}>
      {entry.expansion ? <abbr title={entry.expansion}>{label}</abbr> : label}
    </a>
  );
}
