import {
  COLLECTION_LABELS,
  dataset,
  SOURCE_KINDS,
  type Source,
  sourceRef,
  sourceUses,
} from '@tradetalks/core';
import type { Metadata } from 'next';
import { PageCite } from '@/components/page-cite';
import { citationHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';

export const metadata: Metadata = pageMetadata('/sources');

/** The kinds in reading order: the originating bodies first, the article last. */
const KIND_ORDER: readonly Source['kind'][] = [
  'official',
  'research',
  'news',
  'secondary',
  'article',
];

export default function SourcesPage() {
  const citations = sourceUses(dataset);
  const refs = dataset.sources.map((s) => sourceRef(dataset, s.id));
  const kinds = KIND_ORDER.filter((k) => refs.some((r) => r.kind === k));
  return (
    <Static>
      <header className="page-intro">
        <p className="eyebrow">Sources</p>
        <h1>Every source</h1>
        <p className="lede">
          {refs.length} sources stand behind the figures on this site. Each entry names the body the
          figure comes from and, where we read it elsewhere, the site we read it on (“U.S. Census
          Bureau, via …”); the link goes to the page read. Where the primary document is known it is
          shown as the original, and marked “not read” where the figure was not read on it.
        </p>
        <ul className="toc">
          {kinds.map((kind) => (
            <li key={kind}>
              <a href={`#kind-${kind}`}>
                {SOURCE_KINDS[kind].label} ({refs.filter((r) => r.kind === kind).length})
              </a>
            </li>
          ))}
        </ul>
      </header>
      {kinds.map((kind) => {
        const sources = refs
          .filter((s) => s.kind === kind)
          .sort((a, b) => a.label.localeCompare(b.label, 'en') || a.title.localeCompare(b.title));
        return (
          <section
            key={kind}
            className="section"
            id={`kind-${kind}`}
            aria-labelledby={`kind-${kind}-heading`}
          >
            <h2 id={`kind-${kind}-heading`}>{SOURCE_KINDS[kind].label}</h2>
            <p className="muted">{SOURCE_KINDS[kind].meaning}</p>
            <ol className="sources">
              {sources.map((s) => {
                const cited = citations.get(s.id) ?? [];
                return (
                  <li key={s.id} id={s.id} className="source">
                    <p className="source__publisher">{s.label}</p>
                    <p className="source__title">
                      {s.href ? (
                        <a href={s.href} rel="external noreferrer">
                          {s.title}
                        </a>
                      ) : (
                        <>
                          {s.title} <span className="muted small">(no page to link)</span>
                        </>
                      )}
                    </p>
                    {s.original ? (
                      <p className="source__original small">
                        <span className="source__original-label">Original:</span>{' '}
                        <a href={s.original.href} rel="external noreferrer">
                          {s.original.title ?? s.original.href}
                        </a>
                        {s.original.read ? null : <span className="muted"> (not read)</span>}
                      </p>
                    ) : null}
                    <p className="small muted">
                      {s.publishedText ? `Published ${s.publishedText}` : 'Date not given'}
                    </p>
                    {s.note ? <p className="small">{s.note}</p> : null}
                    {cited.length > 0 ? (
                      <details className="source__cited">
                        <summary className="small">
                          Cited by {cited.length} {cited.length === 1 ? 'record' : 'records'}
                        </summary>
                        <ul className="small">
                          {cited.map((c) => (
                            <li key={`${c.collection}-${c.id}`}>
                              <span className="muted">{COLLECTION_LABELS[c.collection].one}:</span>{' '}
                              <Link href={citationHref(c)}>{c.label}</Link>
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : (
                      <p className="small muted">Not cited by any record.</p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      <PageCite path="/sources" />
    </Static>
  );
}
