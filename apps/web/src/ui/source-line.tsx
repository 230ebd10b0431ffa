import type { SourceRef } from '@tradetalks/core';
import { sourceLineHtml } from '@/lib/source-html';
import { StaticHtml } from './static-html';

/**
 * "Sources: U.S. Census Bureau, via CNS News (original, not read); PIIE [1] [2]." (see
 * `sourceLineHtml`): each link names the originating body and the site read, and goes to the
 * page read; the primary document follows as "original". Nothing without sources.
 */
export function SourceLine({
  sources,
  allSourcesLink = false,
  label,
}: {
  sources: readonly SourceRef[];
  /** Add a link to the full list of sources (charts do). */
  allSourcesLink?: boolean;
  /** The lead word, "Source"/"Sources" by default. */
  label?: string;
}) {
  const html = sourceLineHtml(sources, { allSourcesLink, ...(label ? { label } : {}) });
  if (html === '') return null;
  return <StaticHtml as="p" className="source-line" html={html} />;
}
