'use client';

import type { Verdict } from '@tradetalks/core';
import { type MouseEvent, type ReactNode, Suspense, useMemo } from 'react';
import { verdictHref, verdictReader } from '@/models/claims/verdict-order';
import { ParamNote } from '@/ui/param-note';
import { useUrlState } from '@/ui/use-url-state';

export interface VerdictGroup {
  readonly verdict: Verdict;
  /** The verdict pill, rendered on the server (symbol, label, count). */
  readonly pill: ReactNode;
  readonly heading: string;
  readonly meaning: string;
  readonly count: number;
  readonly cards: ReactNode;
}

/**
 * The claims grouped by verdict, findings first, with the verdicts as filters kept in the URL
 * (`?verdict=disputed`). The cards are rendered on the server; this island only decides which
 * groups to show. Without JavaScript every group is listed and each pill is a link to its
 * group.
 */
export function ClaimsByVerdict({
  groups,
  total,
}: {
  groups: readonly VerdictGroup[];
  total: number;
}) {
  return (
    <Suspense
      fallback={<ClaimsView groups={groups} total={total} verdict={undefined} problems={[]} />}
    >
      <ClaimsFromUrl groups={groups} total={total} />
    </Suspense>
  );
}

function ClaimsFromUrl({ groups, total }: { groups: readonly VerdictGroup[]; total: number }) {
  const readers = useMemo(
    () => ({ verdict: verdictReader(groups.map((g) => g.verdict)) }),
    [groups],
  );
  const { values, problems, set } = useUrlState(readers);
  return (
    <ClaimsView
      groups={groups}
      total={total}
      verdict={values.verdict as Verdict | undefined}
      problems={problems}
      onVerdict={(verdict) => set({ verdict })}
    />
  );
}

function ClaimsView({
  groups,
  total,
  verdict,
  problems,
  onVerdict,
}: {
  groups: readonly VerdictGroup[];
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
  const shown = groups.filter((g) => verdict === undefined || g.verdict === verdict);
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
          {groups.map((g) => (
            <li key={g.verdict}>
              <a
                href={verdictHref(g.verdict)}
                aria-current={verdict === g.verdict ? 'true' : undefined}
                onClick={pick(g.verdict)}
              >
                {g.pill}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="filters__count" aria-live="polite">
        {verdict === undefined
          ? `All ${total} claims, what the check found first`
          : `${shown.reduce((n, g) => n + g.count, 0)} of ${total} claims`}
      </p>
      {shown.map((g) => (
        <section
          key={g.verdict}
          className="section verdict-group"
          id={`verdict-${g.verdict}`}
          aria-labelledby={`verdict-${g.verdict}-heading`}
        >
          <h2 id={`verdict-${g.verdict}-heading`}>{g.heading}</h2>
          <p className="muted">{g.meaning}</p>
          <div className="claims">{g.cards}</div>
        </section>
      ))}
    </>
  );
}
