import type { ChapterView } from '@tradetalks/core';
import { afterHref, eventHref } from '@/lib/hrefs';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';

/**
 * What happened after the article, chapter by chapter, in brief: each chapter's lead, the
 * figures its events report (with their sources) and its events by date, linking to the page
 * that tells it in full.
 */
export function AfterSummary({ chapters }: { chapters: readonly ChapterView[] }) {
  return (
    <>
      <ol className="after-summary">
        {chapters.map((c) => (
          <li key={c.id} className="after-summary__chapter">
            <h3>
              <Link href={afterHref(c.id)}>{c.title}</Link>
            </h3>
            <p>{c.lead}</p>
            {c.figures.length > 0 ? (
              <ul className="after-figures">
                {c.figures.map((f) => (
                  <li key={`${f.label}-${f.text}`}>
                    <span className="after-figures__value num">{f.text}</span>{' '}
                    <span className="after-figures__label">{f.label}</span>
                    <SourceLine sources={f.sources} />
                  </li>
                ))}
              </ul>
            ) : null}
            <ul className="after-summary__events small">
              {c.events.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.date}>{e.dateText}</time>:{' '}
                  <Link href={eventHref(e.id)}>{e.title}</Link>
                  {e.reported ? <span className="muted"> (reported, not verified)</span> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p>
        <Link href={afterHref()} className="cta">
          What happened after the article, in full, with every source
        </Link>
      </p>
    </>
  );
}
