import { citationsBySource, dataset, formatDate, type Source } from '@tradetalks/core';
import type { Metadata } from 'next';
import { PageCite } from '@/components/page-cite';
import { citationHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { SOURCE_KIND_LABELS } from '@/lib/sources';
import { Link } from '@/ui/link';

export const metadata: Metadata = pageMetadata('/sources');

const KIND_ORDER: readonly Source['kind'][] = ['official', 'research', 'secondary', 'article'];

const COLLECTION_LABELS = {
  actors: 'Person or institution',
  events: 'Event',
  tariffMeasures: 'Tariff measure',
  series: 'Series',
  statements: 'Statement',
  claims: 'Claim',
} as const;

export default function SourcesPage() {
  const citations = citationsBySource(dataset);
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Sources</p>
        <h1>Every source</h1>
        <p className="lede">
          {dataset.sources.length} sources stand behind the figures on this site. Each entry names
          the body that published the figure and the page where it was read; where that page is a
          secondary one quoting the original, it says so.
        </p>
        <ul className="toc">
          {KIND_ORDER.map((kind) => (
            <li key={kind}>
              <a href={`#kind-${kind}`}>
                {SOURCE_KIND_LABELS[kind].replace(/ \(.*\)$/, '')} (
                {dataset.sources.filter((s) => s.kind === kind).length})
              </a>
            </li>
          ))}
        </ul>
      </header>
      {KIND_ORDER.map((kind) => {
        const sources = dataset.sources
          .filter((s) => s.kind === kind)
          .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
        if (sources.length === 0) return null;
        return (
          <section
            key={kind}
            className="section"
            id={`kind-${kind}`}
            aria-labelledby={`kind-${kind}-heading`}
          >
            <h2 id={`kind-${kind}-heading`}>{SOURCE_KIND_LABELS[kind]}</h2>
            <ol className="sources">
              {sources.map((s) => {
                const cited = citations.get(s.id) ?? [];
                return (
                  <li key={s.id} id={s.id} className="source">
                    <p className="source__publisher">{s.publisher}</p>
                    <p className="source__title">
                      {s.url ? (
                        <a href={s.url} rel="external noreferrer">
                          {s.title}
                        </a>
                      ) : (
                        s.title
                      )}
                    </p>
                    <p className="small muted">
                      {s.publishedOn ? `Published ${formatDate(s.publishedOn)}` : 'Date not given'}
                      {s.via ? ` · read via ${s.via}` : ''}
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
                              <span className="muted">{COLLECTION_LABELS[c.collection]}:</span>{' '}
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
    </>
  );
}
