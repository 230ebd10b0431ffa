'use client';

import { formatDate } from '@tradetalks/core';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { neighbourDates, resolveDateParam, stateIndexFor } from '@/models/tariffs/resolve-date';

/** One side's stretches: where each starts, and its panel as HTML built on the server. */
export interface ExplorerSide {
  readonly key: string;
  readonly starts: readonly string[];
  readonly panels: readonly string[];
}

export interface ExplorerProps {
  readonly min: string;
  readonly max: string;
  /** Every date on which either side's stack changes. */
  readonly changeDates: readonly string[];
  readonly sides: readonly ExplorerSide[];
}

/**
 * The date control of /tariffs. The date lives in the URL (`?date=YYYY-MM-DD`); every date's
 * panels were written on the server, so this island only picks which to show, and draws
 * nothing itself. Without JavaScript (and in the static HTML) it shows the latest date.
 */
export function TariffExplorer(props: ExplorerProps) {
  return (
    <Suspense fallback={<ExplorerView {...props} raw={null} />}>
      <ExplorerFromUrl {...props} />
    </Suspense>
  );
}

function ExplorerFromUrl(props: ExplorerProps) {
  const params = useSearchParams();
  return <ExplorerView {...props} raw={params.get('date')} />;
}

const showDate = (date: string) => {
  const url = new URL(window.location.href);
  url.searchParams.set('date', date);
  // Next.js keeps useSearchParams in step with the History API.
  window.history.replaceState(null, '', url);
};

function ExplorerView({
  min,
  max,
  changeDates,
  sides,
  raw,
}: ExplorerProps & { raw: string | null }) {
  const { date, problem } = resolveDateParam(raw, { min, max });
  const { previous, next } = neighbourDates(changeDates, date);
  return (
    <div className="explorer">
      {problem ? (
        <div className="notice" role="status">
          <p>
            <strong>That date could not be used.</strong> {problem}. Showing the latest date
            instead, {formatDate(max)}.
          </p>
        </div>
      ) : null}
      <div className="explorer__controls">
        <label className="explorer__label" htmlFor="tariff-date">
          Show the tariffs in force on
        </label>
        <div className="explorer__inputs">
          <input
            id="tariff-date"
            name="date"
            type="date"
            min={min}
            max={max}
            value={date}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (resolveDateParam(value, { min, max }).problem === undefined && value !== '') {
                showDate(value);
              }
            }}
          />
          <button
            type="button"
            className="button"
            disabled={previous === undefined}
            onClick={() => previous && showDate(previous)}
          >
            <span aria-hidden="true">← </span>Previous change
          </button>
          <button
            type="button"
            className="button"
            disabled={next === undefined}
            onClick={() => next && showDate(next)}
          >
            Next change<span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="button"
            disabled={date === max}
            onClick={() => showDate(max)}
          >
            Latest
          </button>
        </div>
        <p className="explorer__range small muted">
          Any day from {formatDate(min)} to {formatDate(max)}.
        </p>
      </div>
      <p className="explorer__date" aria-live="polite">
        In force on <strong>{formatDate(date)}</strong>
      </p>
      <div className="grid-2 explorer__panels">
        {sides.map((side) => (
          <div
            key={side.key}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: panels built on the server from the dataset, every text escaped
            dangerouslySetInnerHTML={{
              __html: side.panels[stateIndexFor(side.starts, date)] ?? '',
            }}
          />
        ))}
      </div>
    </div>
  );
}
