import {
  dataset,
  ECONOMY_NAMES,
  EVENT_KIND_LABELS,
  eventKinds,
  eventYears,
  statementViews,
  timelineView,
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
import { Static } from '@/ui/static';

export const metadata: Metadata = pageMetadata('/timeline');

export default function TimelinePage() {
  const years = eventYears(dataset).map(String);
  const events = timelineView(dataset);
  const unattached = statementViews(dataset).filter((s) => s.eventId === undefined);
  const groups = years.map((year) => ({
    year,
    events: events.filter((e) => e.date.startsWith(year)),
  }));
  const kinds = eventKinds(dataset);

  return (
    <>
      <Static>
        <header className="page-intro">
          <p className="eyebrow">Timeline</p>
          <h1>
            {years[0]}–{years[years.length - 1]}, both ways
          </h1>
          <p className="lede">
            {events.length} dated events: each side’s tariff actions and answers, the rulings, the
            meetings, what was said, and the data that came out in between. Dates are as precise as
            the sources allow; each event has its own link. Events that rest only on reports we
            could not verify are marked as reported.
          </p>
        </header>
      </Static>
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
          actorIds: e.actors.map((a) => a.id),
        }))}
      />
      <Static>
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
                <span>{ECONOMY_NAMES.US}</span>
                <span>{ECONOMY_NAMES.CN}</span>
              </p>
              <ol className="timeline">
                {group.events.map((e) => (
                  <li
                    key={e.id}
                    className={`timeline__item timeline__item--${eventSide(e)}`}
                    {...{ [TIMELINE_ITEM_ATTR]: e.id }}
                  >
                    <EventCard event={e} />
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
      </Static>
    </>
  );
}
