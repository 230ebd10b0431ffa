import {
  dataset,
  ECONOMY_NAMES,
  EVENT_KIND_LABELS,
  eventKinds,
  eventsInOrder,
  eventYears,
} from '@tradetalks/core';
import type { Metadata } from 'next';
import { PageCite } from '@/components/page-cite';
import { EventCard } from '@/components/timeline/event-card';
import { StatementQuote } from '@/components/timeline/statement-quote';
import { TimelineWithFilter } from '@/components/timeline/timeline-filter';
import { WhoIsWho } from '@/components/timeline/who-is-who';
import { pageMetadata } from '@/lib/pages';
import { TIMELINE_ITEM_ATTR, TIMELINE_YEAR_ATTR } from '@/models/timeline/filter';
import { eventSide } from '@/models/timeline/side';

export const metadata: Metadata = pageMetadata('/timeline');

export default function TimelinePage() {
  const years = eventYears(dataset).map(String);
  const events = eventsInOrder(dataset);
  const statementsFor = (eventId: string) =>
    dataset.statements.filter((s) => s.eventId === eventId);
  const unattached = dataset.statements.filter((s) => s.eventId === undefined);
  const groups = years.map((year) => ({
    year,
    events: events.filter((e) => e.date.startsWith(year)),
  }));
  const kinds = eventKinds(dataset);

  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Timeline</p>
        <h1>
          {years[0]}–{years[years.length - 1]}, both ways
        </h1>
        <p className="lede">
          {events.length} dated events: each side’s tariff actions and answers, the meetings, what
          was said, and the data that came out in between. Dates are as precise as the sources
          allow; each event has its own link.
        </p>
      </header>
      <TimelineWithFilter
        options={{ years, actorIds: dataset.actors.map((a) => a.id), kinds }}
        actorGroups={(['US', 'CN'] as const).map((economy) => ({
          label: ECONOMY_NAMES[economy],
          actors: dataset.actors
            .filter((a) => a.economy === economy)
            .map((a) => ({ id: a.id, name: a.name })),
        }))}
        kindLabels={EVENT_KIND_LABELS}
        items={events.map((e) => ({
          id: e.id,
          year: e.date.slice(0, 4),
          kind: e.kind,
          actorIds: e.actorIds,
        }))}
      />
      {groups.map((group) =>
        group.events.length === 0 ? null : (
          <section
            key={group.year}
            className="timeline-year"
            aria-labelledby={`year-${group.year}`}
            {...{ [TIMELINE_YEAR_ATTR]: group.year }}
          >
            <h2 id={`year-${group.year}`} className="timeline-year__title">
              {group.year}
            </h2>
            <p className="timeline-sides" aria-hidden="true">
              <span>United States</span>
              <span>China</span>
            </p>
            <ol className="timeline">
              {group.events.map((e) => (
                <li
                  key={e.id}
                  className={`timeline__item timeline__item--${eventSide(dataset, e)}`}
                  {...{ [TIMELINE_ITEM_ATTR]: e.id }}
                >
                  <EventCard event={e} statements={statementsFor(e.id)} />
                </li>
              ))}
            </ol>
          </section>
        ),
      )}
      {unattached.length > 0 ? (
        <section className="section" aria-labelledby="also-said">
          <h2 id="also-said">Also said, with no single dated event</h2>
          <div className="grid-2">
            {unattached.map((s) => (
              <StatementQuote key={s.id} statement={s} />
            ))}
          </div>
        </section>
      ) : null}
      <section className="section" aria-labelledby="who">
        <h2 id="who">Who’s who</h2>
        <WhoIsWho />
      </section>
      <PageCite path="/timeline" />
    </>
  );
}
