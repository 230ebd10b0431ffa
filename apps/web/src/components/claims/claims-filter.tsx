'use client';

import type { Verdict } from '@tradetalks/core';
import { type MouseEvent, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { CLAIMS_LIST_ID, verdictHref, verdictReader } from '@/models/claims/verdict-order';
import { ParamNote } from '@/ui/param-note';
import { useUrlState } from '@/ui/use-url-state';

export interface VerdictPill {
  readonly verdict: Verdict;
  /** Core's label, for the note on an unknown `?verdict=`. */
  readonly label: string;
  /** The pill, rendered on the server (symbol, label, count). */
  readonly pill: ReactNode;
  readonly count: number;
}

/**
 * The verdicts as filters kept in the URL (`?verdict=disputed`). The claims are rendered on
 * the server, grouped by verdict; this island only marks which group to show (a data
 * attribute the stylesheet reads), so none of the cards is hydrated. Without JavaScript each
 * pill is a link to its group.
 */
export function ClaimsFilter(props: { pills: readonly VerdictPill[]; total: number }) {
  return (
    <Suspense fallback={<FilterView {...props} verdict={undefined} problems={[]} />}>
      <FilterFromUrl {...props} />
    </Suspense>
  );
}

function FilterFromUrl(props: { pills: readonly VerdictPill[]; total: number }) {
  const { pills } = props;
  const readers = useMemo(() => ({ verdict: verdictReader(pills) }), [pills]);
  const { values, problems, set } = useUrlState(readers);
  const verdict = values.verdict as Verdict | undefined;
  useEffect(() => {
    // Only a real change touches the list: setting the same value would restyle every card.
    const list = document.getElementById(CLAIMS_LIST_ID);
    const show = verdict ?? 'all';
    if (list !== null && list.dataset.show !== show) list.dataset.show = show;
  }, [verdict]);
  return (
    <FilterView
      {...props}
      verdict={verdict}
      problems={problems}
      onVerdict={(v) => set({ verdict: v })}
    />
  );
}

function FilterView({
  pills,
  total,
  verdict,
  problems,
  onVerdict,
}: {
  pills: readonly VerdictPill[];
  total: number;
  verdict: Verdict | undefined;
  problems: readonly string[];
  onVerdict?: (verdict: Verdict | undefined) => void;
}) {
  const pick = (to: Verdict | undefined) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (onVerdict === undefined || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onVerdict(to === verdict ? undefined : to);
  };
  const shown = pills.filter((p) => verdict === undefined || p.verdict === verdict);
  return (
    <>
      <ParamNote problems={problems} />
      <nav aria-label="Filter the claims by verdict" className="verdict-filter" id="verdicts">
        <ul>
          <li>
            <a
              href={verdictHref(undefined)}
              className="verdict-filter__all"
              aria-current={verdict === undefined ? 'true' : undefined}
              onClick={pick(undefined)}
            >
              All {total} claims
            </a>
          </li>
          {pills.map((p) => (
            <li key={p.verdict}>
              <a
                href={verdictHref(p.verdict)}
                aria-current={verdict === p.verdict ? 'true' : undefined}
                onClick={pick(p.verdict)}
              >
                {p.pill}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="filters__count" aria-live="polite">
        {verdict === undefined
          ? `All ${total} claims, what the check found first`
          : `${shown.reduce((n, p) => n + p.count, 0)} of ${total} claims`}
      </p>
    </>
  );
}
