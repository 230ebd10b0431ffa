import {
  dataset,
  ECONOMY_NAMES,
  EVENT_KIND_LABELS,
  type Event,
  formatDateRange,
  formatRate,
  getActor,
  type Statement,
} from '@tradetalks/core';
import { actorHref, measureHref } from '@/lib/hrefs';
import { eventSide } from '@/models/timeline/side';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';
import { StatementQuote } from './statement-quote';

const SIDE_LABELS = { US: ECONOMY_NAMES.US, CN: ECONOMY_NAMES.CN, both: 'Both sides' } as const;

/** One event of the timeline, with its people, tariff measures, statements and sources. */
export function EventCard({
  event,
  statements,
}: {
  event: Event;
  statements: readonly Statement[];
}) {
  const actors = event.actorIds.map((id) => getActor(dataset, id));
  const side = eventSide(dataset, event);
  const measures = (event.tariffMeasureIds ?? []).flatMap((id) => {
    const m = dataset.tariffMeasures.find((x) => x.id === id);
    return m ? [m] : [];
  });
  const titleId = `${event.id}-title`;
  return (
    <article className={`event event--${side}`} id={event.id} aria-labelledby={titleId}>
      <p className="event__meta">
        <time dateTime={event.date}>{formatDateRange(event.date, event.endDate)}</time>
        <span className="tag">{EVENT_KIND_LABELS[event.kind]}</span>
        {side === 'none' ? null : <span className={`tag tag--${side}`}>{SIDE_LABELS[side]}</span>}
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
      {actors.length > 0 ? (
        <p className="event__who small">
          <span className="muted">Who: </span>
          {actors.map((a, i) => (
            <span key={a.id}>
              {i > 0 ? ', ' : ''}
              <Link href={actorHref(a.id)}>{a.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {measures.length > 0 ? (
        <ul className="event__measures small">
          {measures.map((m) => (
            <li key={m.id}>
              <Link href={measureHref(m.id)}>{m.action}</Link>
              {m.rate ? ` · ${formatRate(m.rate)}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {statements.map((s) => (
        <StatementQuote key={s.id} statement={s} />
      ))}
      <SourceLine ids={event.sourceIds} />
    </article>
  );
}
