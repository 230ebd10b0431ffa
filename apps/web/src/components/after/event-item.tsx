import type { EventView } from '@tradetalks/core';
import { eventHref, statementHref } from '@/lib/hrefs';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';
import { ReportedFigure } from '../home/after-summary';

/**
 * One event of the story after the article: when, what, the figures it reports (each with
 * its sources), who said what, and the sources; "reported" where it rests only on reports.
 */
export function EventItem({ event, headingLevel = 3 }: { event: EventView; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <li className={`after-event${event.reported ? ' after-event--reported' : ''}`}>
      <p className="after-event__when">
        <time dateTime={event.date}>{event.dateText}</time>
        {event.place ? ` · ${event.place}` : ''}
        {event.reported ? (
          <span className="tag tag--warn" title="Known only from reports we could not verify">
            Reported, not verified
          </span>
        ) : null}
      </p>
      <Heading className="after-event__title">
        <Link href={eventHref(event.id)}>{event.title}</Link>
      </Heading>
      <p>{event.summary}</p>
      {event.figures.length > 0 ? (
        <ul className="after-figures">
          {event.figures.map((f) => (
            <ReportedFigure key={`${f.label}-${f.text}`} figure={f} />
          ))}
        </ul>
      ) : null}
      {event.statements.map((s) => (
        <figure className="statement" key={s.id} id={`after-${s.id}`}>
          <blockquote className={`statement__text statement__text--${s.kind}`}>
            <p>{s.kind === 'quote' ? `“${s.text}”` : s.text}</p>
          </blockquote>
          <figcaption className="small">
            <Link href={statementHref(s.id)}>{s.speaker.name}</Link>, {s.dateText}
            {s.kind === 'paraphrase' ? ' (paraphrased)' : ''}.
          </figcaption>
        </figure>
      ))}
      <SourceLine sources={event.sources} />
    </li>
  );
}
