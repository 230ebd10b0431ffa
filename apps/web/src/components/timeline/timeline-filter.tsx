'use client';

import { type ChangeEvent, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import {
  type TimelineFilter as Filter,
  type FilterableItem,
  type FilterOptions,
  isEmpty,
  matches,
  TIMELINE_ITEM_ATTR,
  TIMELINE_YEAR_ATTR,
  timelineReaders,
} from '@/models/timeline/filter';
import { ParamNote } from '@/ui/param-note';
import { useUrlState } from '@/ui/use-url-state';

/** What the filter needs of an event: its id and what it is filtered by (not its card). */
export interface TimelineItem extends FilterableItem {
  readonly id: string;
}

export interface TimelineProps {
  readonly options: FilterOptions;
  readonly actorGroups: readonly {
    readonly label: string;
    readonly actors: readonly { readonly id: string; readonly name: string }[];
  }[];
  readonly kindLabels: Readonly<Record<string, string>>;
  readonly items: readonly TimelineItem[];
}

/**
 * The timeline's filters (year, actor, kind), kept in the URL. The events are rendered on the
 * server, outside this island; it only hides the ones that do not match (the `hidden`
 * attribute on their list items and on years left empty), so no event card is hydrated.
 * Without JavaScript, and in the static HTML, every event is listed; a list changed before
 * React has hydrated is applied once it has (scripts/first-paint.mjs replays it).
 */
export function TimelineWithFilter(props: TimelineProps) {
  return (
    <Suspense fallback={<TimelineView {...props} filter={NO_FILTER} />}>
      <TimelineFromUrl {...props} />
    </Suspense>
  );
}

const NO_FILTER: Filter = { year: undefined, actor: undefined, kind: undefined };

function TimelineFromUrl(props: TimelineProps) {
  const readers = useMemo(() => timelineReaders(props.options), [props.options]);
  const { values, problems, set } = useUrlState(readers);
  const { items } = props;
  useEffect(() => {
    const shownYears = new Set<string>();
    for (const item of items) {
      const el = document.querySelector(`[${TIMELINE_ITEM_ATTR}="${item.id}"]`);
      const show = matches(item, values);
      if (el instanceof HTMLElement) el.hidden = !show;
      if (show) shownYears.add(item.year);
    }
    for (const el of document.querySelectorAll<HTMLElement>(`[${TIMELINE_YEAR_ATTR}]`)) {
      el.hidden = !shownYears.has(el.getAttribute(TIMELINE_YEAR_ATTR) ?? '');
    }
  }, [items, values]);
  return (
    <TimelineView {...props} filter={values} problems={problems} onFilter={(next) => set(next)} />
  );
}

function TimelineView({
  actorGroups,
  kindLabels,
  options,
  items,
  filter,
  problems = [],
  onFilter,
}: TimelineProps & {
  filter: Filter;
  problems?: readonly string[];
  onFilter?: (filter: Filter) => void;
}) {
  const total = items.length;
  const shown = items.filter((i) => matches(i, filter)).length;
  const set = (key: keyof Filter) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    onFilter?.({ ...filter, [key]: value === '' ? undefined : value });
  };

  return (
    <>
      <ParamNote problems={problems} />
      <form className="filters" aria-label="Filter the events" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect name="year" label="Year" value={filter.year ?? ''} onChange={set('year')}>
          <option value="">All years</option>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="actor" label="Who" value={filter.actor ?? ''} onChange={set('actor')}>
          <option value="">Anyone</option>
          {actorGroups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          ))}
        </FilterSelect>
        <FilterSelect name="kind" label="Kind" value={filter.kind ?? ''} onChange={set('kind')}>
          <option value="">All kinds</option>
          {options.kinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k] ?? k}
            </option>
          ))}
        </FilterSelect>
        <button
          type="button"
          className="button"
          disabled={isEmpty(filter)}
          onClick={() => onFilter?.(NO_FILTER)}
        >
          Clear filters
        </button>
      </form>
      <p className="filters__count" aria-live="polite">
        {shown === total ? `All ${total} events` : `${shown} of ${total} events`}
      </p>
      {shown === 0 ? (
        <p className="notice">No event matches these filters. Clear one to see more.</p>
      ) : null}
    </>
  );
}

/** One labelled filter: a select whose id the URL-state code and the tests rely on. */
function FilterSelect({
  name,
  label,
  value,
  onChange,
  children,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  children: ReactNode;
}) {
  return (
    <div className="filters__field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} value={value} onChange={onChange}>
        {children}
      </select>
    </div>
  );
}
