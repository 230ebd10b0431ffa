import type { ChapterView, FigureView } from '@tradetalks/core';
import { afterHref } from '@/lib/hrefs';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';

/** A figure an event reports: what it counts, the number as the source words it, its sources. */
export function ReportedFigure({ figure }: { figure: FigureView }) {
  return (
    <li className="after-figure">
      <span className="after-figure__label">{figure.label}</span>{' '}
      <strong className="after-figure__value num">{figure.text}</strong>
      {figure.dateText ? <span className="muted small"> (as of {figure.dateText})</span> : null}
      <SourceLine sources={figure.sources} />
    </li>
  );
}

/**
 * What happened after the article, chapter by chapter, in brief: each chapter's lead, when it
 * ran, and the figures its events report (with their sources), linking to the page that tells
 * it in full.
 */
export function AfterSummary({ chapters }: { chapters: readonly ChapterView[] }) {
  return (
    <>
      <ol className="after-summary">
        {chapters.map((c) => (
          <li key={c.id} className="after-summary__chapter">
            <h3 className="after-summary__title">
              <Link href={afterHref(c.id)}>{c.title}</Link>
            </h3>
            {c.events.length > 0 ? (
              <p className="after-summary__when small muted">
                {c.span.text} · {c.eventsText}
              </p>
            ) : null}
            <p>{c.lead}</p>
            {c.figures.length > 0 ? (
              <ul className="after-figures">
                {c.figures.map((f) => (
                  <ReportedFigure key={`${f.label}-${f.text}`} figure={f} />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <p>
        <Link href={afterHref()} className="cta">
          What happened after the article, event by event, with every source
        </Link>
      </p>
    </>
  );
}
