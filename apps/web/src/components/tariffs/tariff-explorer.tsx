'use client';

import {
  formatDate,
  pickTariffDay,
  type TariffDayIndex,
  type TariffDayPick,
} from '@tradetalks/core';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { EXPLORER_PANELS_HREF, tariffsDayHref } from '@/lib/hrefs';
import {
  CHANGE_DAY_ATTR,
  PANELS_ATTR,
  STRETCHES_ATTR,
  servesStretch,
} from '@/models/tariffs/explorer-attrs';
import { dateOf } from '@/models/url/date-param';
import { ParamNote } from '@/ui/param-note';
import { useUrlState } from '@/ui/use-url-state';

export interface ExplorerProps {
  /** Core's index of tariff days: the stretches, the change dates, what was scheduled. */
  readonly index: TariffDayIndex;
  /** The changes due after the verified data, as the after-data note lists them. */
  readonly scheduled: readonly { id: string; dateText: string; title: string }[];
}

/** Where every stretch's panels stand: on their way, in the page, or not loaded (an error). */
type Panels = 'loading' | 'ready' | 'failed';

/** How long typing may pause before the view follows the control. */
const TYPING_PAUSE_MS = 700;

const short = (date: string) => formatDate(date, { short: true });

/**
 * The date control of /tariffs. The date lives in the URL (`?date=YYYY-MM-DD`) and each change
 * pushes a history entry, so Back steps back. Core's `pickTariffDay` reads it (a day after the
 * verified data is answered with the last verified stacks, marked as such). Every stretch's
 * panels were written on the server, into a file of their own (`EXPLORER_PANELS_HREF`) that the island
 * fetches once, as it wakes; it then only shows the right ones. Without JavaScript (and in the
 * static HTML) it shows the latest verified day, whose panels the page holds.
 */
export function TariffExplorer(props: ExplorerProps) {
  const latest = pickTariffDay(props.index).pick;
  return (
    <Suspense fallback={<ExplorerView {...props} pick={latest} problems={[]} />}>
      <ExplorerFromUrl {...props} />
    </Suspense>
  );
}

function ExplorerFromUrl(props: ExplorerProps) {
  const readers = useMemo(() => ({ date: dateOf(props.index) }), [props.index]);
  const { values, problems, set } = useUrlState(readers);
  const pick = values.date;
  const [panels, setPanels] = useState<Panels>('loading');
  useEffect(() => {
    let live = true;
    fetch(EXPLORER_PANELS_HREF)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
      .then(
        (html) => {
          const box = document.querySelector(`[${PANELS_ATTR}]`);
          if (!live || !box) return;
          // Written by this site's build from core, like the page itself.
          box.innerHTML = html;
          setPanels('ready');
        },
        () => live && setPanels('failed'),
      );
    return () => {
      live = false;
    };
  }, []);
  // Until every stretch's panels are in, the page holds the latest verified day's only.
  const shown = panels === 'ready' || pick.stretch === pickTariffDay(props.index).pick.stretch;
  useEffect(() => {
    const box = document.querySelector<HTMLElement>(`[${PANELS_ATTR}]`);
    if (box) box.hidden = !shown;
    for (const el of document.querySelectorAll<HTMLElement>(`[${STRETCHES_ATTR}]`)) {
      el.hidden = !servesStretch(el.getAttribute(STRETCHES_ATTR), pick.stretch);
    }
    for (const el of document.querySelectorAll<HTMLElement>(`[${CHANGE_DAY_ATTR}]`)) {
      el.hidden = !(pick.changeDay && el.getAttribute(CHANGE_DAY_ATTR) === pick.stacksOn);
    }
  }, [pick, shown]);
  return (
    <ExplorerView
      {...props}
      pick={pick}
      problems={problems}
      panels={shown ? 'ready' : panels}
      onPick={(next, mode) => set({ date: next }, mode)}
    />
  );
}

function ExplorerView({
  index,
  scheduled,
  pick,
  problems,
  panels = 'ready',
  onPick,
}: ExplorerProps & {
  pick: TariffDayPick;
  problems: readonly string[];
  panels?: Panels;
  onPick?: (pick: TariffDayPick, mode: 'push' | 'replace') => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // While a reader types, the first change they make pushes a history entry and the later
  // ones replace it, so Back goes to the date before they started, not to each keystroke.
  const editing = useRef(false);
  const [typed, setTyped] = useState<string | undefined>(undefined);

  // Back and Forward change the URL: the control follows, unless the reader is in it. Not on
  // mount, where it was rendered with this date: a date typed before React hydrated (and
  // replayed since, see scripts/first-paint.mjs) must stay.
  const shownDate = useRef(pick.date);
  useEffect(() => {
    if (shownDate.current === pick.date) return;
    shownDate.current = pick.date;
    const el = input.current;
    if (el && el.value !== pick.date && document.activeElement !== el) el.value = pick.date;
  }, [pick.date]);

  const go = (value: string, mode: 'push' | 'replace') => {
    const result = pickTariffDay(index, value);
    if (result.ok && result.pick.date !== pick.date) onPick?.(result.pick, mode);
  };
  const commit = (final: boolean) => {
    clearTimeout(pending.current);
    pending.current = undefined;
    const value = input.current?.value ?? '';
    if (value === '') return;
    const result = pickTariffDay(index, value);
    if (result.ok) {
      go(value, editing.current ? 'replace' : 'push');
      editing.current = !final;
      setTyped(undefined);
    } else if (final || /^[1-9]\d{3}-/.test(value)) {
      // A whole date the data cannot answer gets its note as soon as typing pauses; a year
      // still being typed (0020-06-01) gets none.
      setTyped(result.reason);
    }
    if (final) editing.current = false;
  };
  const step = (to: string) => {
    editing.current = false;
    setTyped(undefined);
    go(to, 'push');
  };
  const after = pick.afterData;
  const due = after ? scheduled.filter((s) => after.scheduledIds.includes(s.id)) : [];

  return (
    <>
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
            min={index.from}
            defaultValue={pick.date}
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
            disabled={pick.previousDate === undefined}
            onClick={() => pick.previousDate && step(pick.previousDate)}
          >
            <span aria-hidden="true">← </span>Previous change
          </button>
          <button
            type="button"
            className="button"
            disabled={pick.nextDate === undefined}
            onClick={() => pick.nextDate && step(pick.nextDate)}
          >
            Next change<span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="button"
            disabled={pick.date === index.lastVerified}
            onClick={() => step(index.lastVerified)}
          >
            Latest verified
          </button>
        </form>
        <p className="explorer__range small muted" id="tariff-date-range">
          Verified from {short(index.from)} to {short(index.lastVerified)}; a later day shows the
          last verified stacks.
        </p>
        {typed ? (
          <p className="notice small" role="status">
            {typed}. Still showing {short(pick.date)}.
          </p>
        ) : null}
      </div>
      <div aria-live="polite">
        <p className="explorer__date">
          In force on <strong>{short(pick.stacksOn)}</strong>
          {after ? (
            <>
              {' '}
              <span className="tag tag--warn">last verified day</span>
            </>
          ) : null}
        </p>
        {panels === 'loading' ? (
          <p className="small muted" role="status">
            Loading the stacks…
          </p>
        ) : null}
        {panels === 'failed' ? (
          <p className="notice small" role="status">
            The stacks for this day could not be loaded here.{' '}
            {pick.lastChange ? (
              <a href={tariffsDayHref(pick.lastChange)}>See them on the day’s own page</a>
            ) : (
              'Reload the page to try again'
            )}
            .
          </p>
        ) : null}
        {after ? (
          <div className="notice explorer__after" role="status">
            <p>{after.note}</p>
            {due.length > 0 ? (
              <>
                <p className="small">Due in between, not verified:</p>
                <ul className="small">
                  {due.map((s) => (
                    <li key={s.id}>
                      {s.dateText}: {s.title}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
