import { formatDate, type ScheduledView } from '@tradetalks/core';
import { BUILD_DAY } from '@/lib/site';
import { siteAgeLine, siteOverview } from '@/models/story/site-story';
import { SourceLine } from '@/ui/source-line';

/**
 * How old the data is, for a page that shows "now": as of which date (the latest verified
 * event), how long before this page was built, the last day the stacks are verified, and what
 * was due after that and is not verified. Core decides every date and word; nothing here is
 * today's news.
 */
export function DataAge({ scheduled }: { scheduled?: readonly ScheduledView[] }) {
  const o = siteOverview();
  const due = scheduled ?? o.scheduled;
  return (
    <aside className="data-age" aria-labelledby="data-age-title">
      <p className="data-age__title" id="data-age-title">
        <strong>{o.ageText}</strong>{' '}
        <span className="muted">
          (counted on {formatDate(BUILD_DAY)}, when this page was built)
        </span>
      </p>
      <p className="data-age__line">
        {o.verifiedThrough.text}. Nothing after that day is shown as fact.
      </p>
      {due.length > 0 ? (
        <details className="data-age__scheduled">
          <summary>Due after the verified data, not verified ({due.length})</summary>
          <ul>
            {due.map((s) => (
              <li key={s.id} id={`scheduled-${s.id}`}>
                <time dateTime={s.date}>{formatDate(s.date, { short: true })}</time>{' '}
                <strong>{s.title}.</strong> {s.summary}
                <SourceLine sources={s.sources} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </aside>
  );
}

/** The age in a few words, for the footer of every page. */
export function DataAgeShort() {
  return (
    <>
      {siteAgeLine()} (built {formatDate(BUILD_DAY, { short: true })})
    </>
  );
}
