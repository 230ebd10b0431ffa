'use client';

import { formatDate, pickTariffDay, type TariffDayIndex } from '@tradetalks/core';
import { type MouseEvent, Suspense, useMemo } from 'react';
import { tariffsDayHref } from '@/lib/hrefs';
import { dateOf } from '@/models/url/date-param';
import { useUrlState } from '@/ui/use-url-state';

interface ChipsProps {
  readonly index: TariffDayIndex;
  /** The days with a page of their own (/tariffs/on/<date>). */
  readonly dayPages: readonly string[];
}

/**
 * Every date a stack changed, as links to each day's page; with JavaScript a click changes
 * the explorer in place (the date goes into the URL, which the explorer reads).
 */
export function DateChips(props: ChipsProps) {
  return (
    <Suspense fallback={<ChipsView {...props} current={undefined} />}>
      <ChipsFromUrl {...props} />
    </Suspense>
  );
}

function ChipsFromUrl(props: ChipsProps) {
  const readers = useMemo(() => ({ date: dateOf(props.index) }), [props.index]);
  const { values, set } = useUrlState(readers);
  return (
    <ChipsView
      {...props}
      current={values.date.date}
      onChip={(date) => {
        const result = pickTariffDay(props.index, date);
        if (result.ok) set({ date: result.pick });
      }}
    />
  );
}

function ChipsView({
  dayPages,
  current,
  onChip,
}: ChipsProps & { current: string | undefined; onChip?: (date: string) => void }) {
  const chip = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (onChip === undefined || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChip(to);
  };
  return (
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
              aria-current={d === current ? 'true' : undefined}
            >
              {formatDate(d, { short: true })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
