'use client';

import { formatDate } from '@tradetalks/core';
import { type MouseEvent, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { tariffsDayHref } from '@/lib/hrefs';
import { neighbourDates, resolveDateParam, stateIndexFor } from '@/models/tariffs/resolve-date';
import { dateOf } from '@/models/url/date-param';
import { ParamNote } from '@/ui/param-note';
import { useUrlState } from '@/ui/use-url-state';

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
  /** The dates with a page of their own (/tariffs/on/<date>), shown as chips. */
  readonly dayPages: readonly string[];
  readonly sides: readonly ExplorerSide[];
}

/** How long typing may pause before the view follows the control. */
const TYPING_PAUSE_MS = 700;

/**
 * The date control of /tariffs. The date lives in the URL (`?date=YYYY-MM-DD`) and each
 * change pushes a history entry, so Back steps back; every date's panels were written on the
 * server, so this island only picks which to show. Without JavaScript (and in the static
 * HTML) it shows the latest date, and the date chips are links to each date's own page.
 */
export function TariffExplorer(props: ExplorerProps) {
  return (
    <Suspense fallback={<ExplorerView {...props} date={props.max} problems={[]} />}>
      <ExplorerFromUrl {...props} />
    </Suspense>
  );
}

function ExplorerFromUrl(props: ExplorerProps) {
  const readers = useMemo(() => ({ date: dateOf(props) }), [props]);
  const { values, problems, set } = useUrlState(readers);
  return (
    <ExplorerView
      {...props}
      date={values.date}
      problems={problems}
      onDate={(date, mode) => set({ date }, mode)}
    />
  );
}

function ExplorerView({
  min,
  max,
  changeDates,
  dayPages,
  sides,
  date,
  problems,
  onDate,
}: ExplorerProps & {
  date: string;
  problems: readonly string[];
  onDate?: (date: string, mode: 'push' | 'replace') => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // While a reader types, the first change they make pushes a history entry and the later
  // ones replace it, so Back goes to the date before they started, not to each keystroke.
  const editing = useRef(false);
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const { previous, next } = neighbourDates(changeDates, date);

  // Back and Forward change the URL: the control follows, unless the reader is in it.
  useEffect(() => {
    const el = input.current;
    if (el && el.value !== date && document.activeElement !== el) el.value = date;
  }, [date]);

  const go = (value: string, mode: 'push' | 'replace') => {
    if (value !== date) onDate?.(value, mode);
  };
  const commit = (final: boolean) => {
    clearTimeout(pending.current);
    pending.current = undefined;
    const value = input.current?.value ?? '';
    if (value === '') return;
    const resolved = resolveDateParam(value, { min, max });
    if (resolved.problem === undefined) {
      go(value, editing.current ? 'replace' : 'push');
      editing.current = !final;
      setTyped(undefined);
    } else if (final || /^[1-9]\d{3}-/.test(value)) {
      // A whole date the data cannot answer gets its note as soon as typing pauses; a year
      // still being typed (0020-06-01) gets none.
      setTyped(resolved.problem);
    }
    if (final) editing.current = false;
  };
  const step = (to: string) => {
    editing.current = false;
    setTyped(undefined);
    go(to, 'push');
  };
  const chip = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (onDate === undefined || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    step(to);
  };

  return (
    <div className="explorer">
      <ParamNote problems={problems} />
      <div className="explorer__controls">
        <label className="explorer__label" htmlFor="tariff-date">
          Show the tariffs in force on
        </label>
        <form
          className="explorer__inputs"
          onSubmit={(event) => {
            event.preventDefault();
            commit(true);
          }}
        >
          <input
            ref={input}
            id="tariff-date"
            name="date"
            type="date"
            min={min}
            max={max}
            defaultValue={date}
            aria-describedby="tariff-date-range"
            onChange={() => {
              clearTimeout(pending.current);
              pending.current = setTimeout(() => commit(false), TYPING_PAUSE_MS);
            }}
            onBlur={() => commit(true)}
          />
          <button
            type="button"
            className="button"
            disabled={previous === undefined}
            onClick={() => previous && step(previous)}
          >
            <span aria-hidden="true">← </span>Previous change
          </button>
          <button
            type="button"
            className="button"
            disabled={next === undefined}
            onClick={() => next && step(next)}
          >
            Next change<span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="button"
            disabled={date === max}
            onClick={() => step(max)}
          >
            Latest
          </button>
        </form>
        <p className="explorer__range small muted" id="tariff-date-range">
          Any day from {formatDate(min, { short: true })} to {formatDate(max, { short: true })}.
        </p>
        {typed ? (
          <p className="notice small" role="status">
            {typed}. Still showing {formatDate(date, { short: true })}.
          </p>
        ) : null}
      </div>
      <p className="explorer__date" aria-live="polite">
        In force on <strong>{formatDate(date, { short: true })}</strong>
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
      <nav className="change-dates" aria-labelledby="change-dates-title">
        <h3 id="change-dates-title" className="change-dates__title">
          Every date a stack changed
        </h3>
        <ul>
          {dayPages.map((d) => (
            <li key={d}>
              <a
                href={tariffsDayHref(d)}
                onClick={chip(d)}
                aria-current={d === date ? 'true' : undefined}
              >
                {formatDate(d, { short: true })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
