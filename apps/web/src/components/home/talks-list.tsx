import { dataset, ECONOMY_NAMES, type Event, formatDateRange, getActor } from '@tradetalks/core';
import { actorHref, eventHref } from '@/lib/hrefs';
import { Link } from '@/ui/link';

const TALK_KINDS = new Set<Event['kind']>(['talks', 'meeting']);

/** Who sat across from whom: talks and leaders' meetings in the data's latest year. */
export function TalksList() {
  const year = dataset.asOf.slice(0, 4);
  const talks = dataset.events
    .filter((e) => TALK_KINDS.has(e.kind) && e.date.startsWith(year))
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="talks">
      {talks.map((event) => {
        const actors = event.actorIds.map((id) => getActor(dataset, id));
        const bySide = (['US', 'CN'] as const)
          .map((economy) => ({ economy, people: actors.filter((a) => a.economy === economy) }))
          .filter((side) => side.people.length > 0);
        return (
          <li key={event.id} className="talks__item">
            <p className="talks__when">
              <time dateTime={event.date}>{formatDateRange(event.date, event.endDate)}</time>
              {event.place ? ` · ${event.place}` : ''}
            </p>
            <h3 className="talks__title">
              <Link href={eventHref(event.id)}>{event.title}</Link>
            </h3>
            <dl className="talks__sides">
              {bySide.map((side) => (
                <div key={side.economy}>
                  <dt>{ECONOMY_NAMES[side.economy]}</dt>
                  <dd>
                    {side.people.map((a, i) => (
                      <span key={a.id}>
                        {i > 0 ? ', ' : ''}
                        <Link href={actorHref(a.id)}>{a.name}</Link>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="talks__summary">{event.summary}</p>
          </li>
        );
      })}
    </ol>
  );
}
