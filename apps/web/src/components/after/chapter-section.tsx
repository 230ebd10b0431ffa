import type { ChapterView } from '@tradetalks/core';
import { EventItem } from './event-item';

/** One chapter of what happened after the article, every event in full. */
export function ChapterSection({ chapter }: { chapter: ChapterView }) {
  return (
    <section className="section chapter" id={chapter.id} aria-labelledby={`${chapter.id}-title`}>
      <h2 id={`${chapter.id}-title`}>{chapter.title}</h2>
      <p className="lede chapter__lead">{chapter.lead}</p>
      <ol className="after-events">
        {chapter.events.map((e) => (
          <EventItem key={e.id} event={e} />
        ))}
      </ol>
    </section>
  );
}
