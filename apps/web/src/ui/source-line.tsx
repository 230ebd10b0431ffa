import type { SourceRef } from '@tradetalks/core';
import { sourceLineHtml } from '@/lib/source-html';
import { groupByLabel } from '@/lib/sources';
import { StaticHtml } from './static-html';

/** Past this many names, a source line folds into a disclosure that says how many. */
const FOLD_AFTER = 4;

/**
 * "Sources: U.S. Census Bureau, via CNS News (original at census.gov, not read); PIIE [1] [2]." (see
 * `sourceLineHtml`): each link names the originating body and the site read, and goes to the
 * page read; the primary document follows as "original". A long list folds into "Sources
 * (12)", open on a click and without JavaScript. Nothing without sources.
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
  const count = groupByLabel(sources).reduce((n, g) => n + g.sources.length, 0);
  if (count <= FOLD_AFTER) return <StaticHtml as="p" className="source-line" html={html} />;
  return (
    <details className="source-fold">
      <summary>
        {label ?? 'Sources'} ({count})
      </summary>
      <StaticHtml as="p" className="source-line" html={html} />
    </details>
  );
}
