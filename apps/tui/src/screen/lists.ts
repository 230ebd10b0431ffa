import type { Dataset } from '@tradetalks/core';
import {
  claimDetailLines,
  claimItem,
  claimItemHeight,
  claimResults,
  filteredClaims,
  verdictSummary,
} from '../content/claims';
import {
  filteredSources,
  sourceDetailLines,
  sourceItem,
  sourceItemHeight,
} from '../content/sources';
import { eventDetailLines, eventItem, eventItemHeight, timelineEvents } from '../content/timeline';
import { inverted, type Line, padLine, seg, spread } from '../lines/line';
import type { AppState, ListViewId } from '../state/app-state';
import { bodySize } from './layout';
import { createRemember } from './remember';

/** Cells at the left of every item for the › that marks the selected one. */
const GUTTER = 2;

/**
 * An item's rows behind the gutter. The selected item is reversed across the width and
 * marked with ›, so it shows without colour or reverse video too.
 */
const withGutter = (rows: readonly Line[], selected: boolean, width: number): Line[] =>
  rows.map((line, row) => {
    const marked: Line = [
      seg(selected && row === 0 ? '› ' : '  ', selected ? 'accent' : 'plain', selected),
      ...line,
    ];
    return selected ? inverted(padLine(marked, width)) : marked;
  });

/** One list view as drawn: the lines above it, its items, and the detail behind each. */
export interface ListScreen {
  readonly header: readonly Line[];
  readonly count: number;
  readonly itemHeight: number;
  /** Items that fit under the header. */
  readonly visible: number;
  /** An item's rows with the gutter: `›` and reversed when selected. The same lines each time. */
  readonly item: (index: number, selected?: boolean) => readonly Line[];
  readonly detail: (index: number) => Line[];
  /** "event 3 of 52". */
  readonly position: (index: number) => string;
}

interface Spec<T> {
  readonly nouns: readonly [string, string];
  readonly items: (dataset: Dataset, filter: string) => readonly T[];
  readonly itemHeight: (width: number) => number;
  readonly item: (dataset: Dataset, item: T, width: number) => Line[];
  readonly detail: (dataset: Dataset, item: T, width: number) => Line[];
  readonly summary?: (dataset: Dataset, width: number) => Line[];
}

const TIMELINE: Spec<ReturnType<typeof timelineEvents>[number]> = {
  nouns: ['event', 'events'],
  items: timelineEvents,
  itemHeight: eventItemHeight,
  item: (_dataset, event, width) => eventItem(event, width),
  detail: eventDetailLines,
};

const CLAIMS: Spec<ReturnType<typeof filteredClaims>[number]> = {
  nouns: ['claim', 'claims'],
  items: filteredClaims,
  itemHeight: claimItemHeight,
  item: (_dataset, result, width) => claimItem(result, width),
  detail: claimDetailLines,
  summary: (dataset, width) => [verdictSummary(claimResults(dataset), width)],
};

const SOURCES: Spec<ReturnType<typeof filteredSources>[number]> = {
  nouns: ['source', 'sources'],
  items: filteredSources,
  itemHeight: sourceItemHeight,
  item: sourceItem,
  detail: sourceDetailLines,
};

/** The line under a list's title: what the filter is, or how to start one. */
const filterLine = (
  state: AppState,
  view: ListViewId,
  [one, many]: readonly [string, string],
  count: number,
  total: number,
  width: number,
): Line => {
  const { filter } = state.lists[view];
  const shown = `${count} of ${total} ${total === 1 ? one : many}`;
  if (state.editing) {
    return spread(
      [seg('/ ', 'key', true), seg(filter), seg('▏', 'accent')],
      [seg(shown, 'muted')],
      width,
    );
  }
  if (filter !== '') {
    return spread(
      [seg('filter ', 'muted'), seg(`“${filter}”`, 'accent', true), seg('  Esc clears', 'muted')],
      [seg(shown, 'muted')],
      width,
    );
  }
  return spread(
    [seg(`${total} ${total === 1 ? one : many}`, 'muted')],
    [seg('/ filters', 'muted')],
    width,
  );
};

const build = <T>(
  spec: Spec<T>,
  view: ListViewId,
  state: AppState,
  dataset: Dataset,
): ListScreen => {
  const { width, height } = bodySize(state.viewport);
  const items = spec.items(dataset, state.lists[view].filter);
  const total = spec.items(dataset, '').length;
  const header = [
    ...(spec.summary?.(dataset, width) ?? []),
    filterLine(state, view, spec.nouns, items.length, total, width),
  ];
  const itemHeight = spec.itemHeight(width - GUTTER);
  const at = (index: number): T | undefined => items[index];
  const rowsCache = new Map<string, readonly Line[]>();
  return {
    header,
    count: items.length,
    itemHeight,
    visible: Math.max(1, Math.floor((height - header.length) / itemHeight)),
    item: (index, selected = false) => {
      const key = `${index}|${selected}`;
      let rows = rowsCache.get(key);
      if (rows === undefined) {
        const item = at(index);
        rows =
          item === undefined
            ? []
            : withGutter(spec.item(dataset, item, width - GUTTER), selected, width);
        rowsCache.set(key, rows);
      }
      return rows;
    },
    detail: (index) => {
      const item = at(index);
      return item === undefined ? [] : spec.detail(dataset, item, width);
    },
    position: (index) => `${spec.nouns[0]} ${index + 1} of ${items.length}`,
  };
};

const remember = createRemember<ListScreen>(12);

/** The list view `view` in this state, fitted to the screen. */
export const listScreen = (view: ListViewId, state: AppState, dataset: Dataset): ListScreen => {
  const { columns, rows } = state.viewport;
  const key = `${view}|${columns}|${rows}|${state.editing}|${state.lists[view].filter}`;
  return remember(key, () => buildFor(view, state, dataset));
};

const buildFor = (view: ListViewId, state: AppState, dataset: Dataset): ListScreen => {
  switch (view) {
    case 'timeline':
      return build(TIMELINE, view, state, dataset);
    case 'claims':
      return build(CLAIMS, view, state, dataset);
    case 'sources':
      return build(SOURCES, view, state, dataset);
  }
};
