import type { EventView } from '@tradetalks/core';
import { actorHref, measureHref } from '@/lib/hrefs';
import { eventSide } from '@/models/timeline/side';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';
import { StatementQuote } from './statement-quote';

const SIDE_LABELS = { US: 'United States', CN: 'China', both: 'Both sides' } as const;

/** One event of the timeline (core's view): people, figures, tariff measures, statements, sources. */
export function EventCard({ event }: { event: EventView }) {
  const side = eventSide(event);
  const titleId = `${event.id}-title`;
  return (
    <article className={`event event--${side}`} id={event.id} aria-labelledby={titleId}>
      <p className="event__meta">
        <time dateTime={event.date}>{event.dateText}</time>
        <span className="tag">{event.kindLabel}</span>
        {side === 'none' ? null : <span className={`tag tag--${side}`}>{SIDE_LABELS[side]}</span>}
        {event.reported ? <span className="tag tag--warn">Reported, not verified</span> : null}
        {event.place ? <span className="event__place">{event.place}</span> : null}
      </p>
      <h3 className="event__title" id={titleId}>
        {event.title}{' '}
        <a className="permalink" href={`#${event.id}`}>
          <span aria-hidden="true">#</span>
          <span className="visually-hidden">Link to this event</span>
        </a>
      </h3>
      <p>{event.summary}</p>
      {event.actors.length > 0 ? (
        <p className="event__who small">
          <span className="muted">Who: </span>
          {event.actors.map((a, i) => (
            <span key={a.id}>
              {i > 0 ? ', ' : ''}
              <Link href={actorHref(a.id)}>{a.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {event.figures.length > 0 ? (
        <ul className="event__figures small">
          {event.figures.map((f) => (
            <li key={`${f.label}-${f.text}`}>
              <strong className="num">{f.text}</strong> {f.label}
              {f.dateText ? <span className="muted"> (as of {f.dateText})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {event.measures.length > 0 ? (
        <ul className="event__measures small">
          {event.measures.map((m) => (
            <li key={m.id}>
              <Link href={measureHref(m.id)}>{m.action}</Link> · {m.rateText}
            </li>
          ))}
        </ul>
      ) : null}
      {event.statements.map((s) => (
        <StatementQuote key={s.id} statement={s} />
      ))}
      <SourceLine sources={event.sources} />
    </article>
  );
}
