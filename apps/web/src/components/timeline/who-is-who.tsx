import { dataset, ECONOMY_NAMES, sourceRefs, timelineView } from '@tradetalks/core';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';

/** Everyone in the story, by side, with how many events they appear in. */
export function WhoIsWho() {
  const events = timelineView(dataset);
  return (
    <div className="grid-2">
      {(['US', 'CN'] as const).map((economy) => (
        <section key={economy} aria-labelledby={`who-${economy}`}>
          <h3 id={`who-${economy}`}>{ECONOMY_NAMES[economy]}</h3>
          <ul className="people">
            {dataset.actors
              .filter((a) => a.economy === economy)
              .map((actor) => {
                const count = events.filter((e) => e.actors.some((a) => a.id === actor.id)).length;
                return (
                  <li key={actor.id} id={`actor-${actor.id}`} className="person">
                    <p className="person__name">{actor.name}</p>
                    <p className="person__role small">{actor.role}</p>
                    <p className="small">
                      {count > 0 ? (
                        <Link href={`/timeline?actor=${actor.id}`}>
                          {count === 1 ? '1 event' : `${count} events`}
                        </Link>
                      ) : (
                        'No dated event'
                      )}
                    </p>
                    <SourceLine sources={sourceRefs(dataset, actor.sourceIds)} />
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
