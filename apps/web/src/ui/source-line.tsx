import type { Source } from '@tradetalks/core';
import { sourceHref } from '@/lib/hrefs';
import { groupByPublisher, sourcesFor } from '@/lib/sources';

/**
 * "Sources: U.S. Census Bureau; PIIE [1] [2]." Each link goes to the page the
 * figure was read on (or, without a URL, to its entry on /sources). Where one publisher has
 * several pages they are numbered, and the page title completes the link's name.
 */
export function SourceLine({
  ids,
  allSourcesLink = false,
}: {
  ids: readonly string[];
  /** Add a link to the full list of sources (charts do). */
  allSourcesLink?: boolean;
}) {
  const sources = sourcesFor(ids);
  const groups = groupByPublisher(sources);
  if (groups.length === 0) return null;
  return (
    <p className="source-line">
      <span className="source-line__label">{sources.length === 1 ? 'Source' : 'Sources'}:</span>{' '}
      {groups.map((group, gi) => (
        <span key={group.publisher}>
          {gi > 0 ? '; ' : null}
          {group.sources.length === 1 && group.sources[0] ? (
            <SourceAnchor source={group.sources[0]} text={group.publisher} />
          ) : (
            <>
              {group.publisher}
              {group.sources.map((source, i) => (
                <span key={source.id}>
                  {' '}
                  <SourceAnchor source={source} text={`[${i + 1}]`} />
                </span>
              ))}
            </>
          )}
        </span>
      ))}
      .
      {allSourcesLink ? (
        <>
          {' '}
          <a href="/sources">All sources</a>
        </>
      ) : null}
    </p>
  );
}

/** A link to one source; a numbered link carries the page title in hidden text. */
export function SourceAnchor({ source, text }: { source: Source; text: string }) {
  const full = `${source.publisher}: ${source.title}${source.via ? ` (via ${source.via})` : ''}`;
  const hidden =
    text === source.publisher ? null : <span className="visually-hidden"> {full}</span>;
  return (
    <a
      href={source.url ?? sourceHref(source.id)}
      rel={source.url ? 'external noreferrer' : undefined}
    >
      {text}
      {hidden}
    </a>
  );
}
