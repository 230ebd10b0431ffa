import { changelogView, dataset } from '@tradetalks/core';
import type { Metadata } from 'next';
import { PageCite } from '@/components/page-cite';
import { changesHref, eventHref, FEED_HREF } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';

export const metadata: Metadata = pageMetadata('/changes');

const anchor = (version: string) => changesHref(version).split('#')[1];

export default function ChangesPage() {
  const releases = changelogView(dataset);
  return (
    <Static>
      <header className="page-intro">
        <p className="eyebrow">What changed</p>
        <h1>What changed in the data</h1>
        <p className="lede">
          Each release of the dataset behind this site, newest first: what it added, revised and
          removed, and the events it brought in. The same list is an{' '}
          <a href={FEED_HREF} type="application/atom+xml">
            Atom feed
          </a>{' '}
          for a feed reader.
        </p>
      </header>
      <ol className="releases">
        {releases.map((r) => (
          <li key={r.version} className="release" id={anchor(r.version)}>
            <h2 className="release__title">
              Version {r.version}{' '}
              <span className="muted release__date">
                <time dateTime={r.date}>{r.dateText}</time>
              </span>
            </h2>
            <p>{r.summary}</p>
            {r.newEvents.length > 0 ? (
              <details className="release__events">
                <summary>
                  {r.newEvents.length} {r.newEvents.length === 1 ? 'event' : 'events'} added
                </summary>
                <ul>
                  {r.newEvents.map((e) => (
                    <li key={e.id}>
                      <time dateTime={e.date}>{e.dateText}</time>:{' '}
                      <Link href={eventHref(e.id)}>{e.title}</Link>
                      {e.reported ? <span className="muted"> (reported, not verified)</span> : null}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {r.groups.length > 0 ? (
              <ul className="release__groups">
                {r.groups.map((g) => (
                  <li key={`${g.change}-${g.collection}`}>
                    <details>
                      <summary>
                        {g.label}: {g.records.length}
                      </summary>
                      <ul className="small">
                        {g.records.map((rec) => (
                          <li key={rec.id}>{rec.label}</li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">The first release: every record is new.</p>
            )}
          </li>
        ))}
      </ol>
      <PageCite path="/changes" />
    </Static>
  );
}
