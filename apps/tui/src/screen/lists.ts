import type { Dataset } from '@tradetalks/core';
import { inverted, type Line, padLine, seg, spread } from '../lines/line';
import type { AppState, ListViewId } from '../state/app-state';
import { itemsFrom } from '../state/list-window';
import type { ListShape } from '../state/state-env';
import { listEntry } from '../views/registry';
import type { Link } from '../views/view-entry';
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
export interface ListScreen extends ListShape {
  readonly header: readonly Line[];
  /** An item's rows with the gutter: `›` and reversed when selected. The same lines each time. */
  readonly item: (index: number, selected?: boolean) => readonly Line[];
  readonly detail: (index: number, selectedUrl?: string) => Line[];
  readonly links: (index: number) => readonly Link[];
  readonly day: (index: number) => string | undefined;
  /** Items on screen from `top`. */
  readonly visibleFrom: (top: number) => number;
  /** "event 3 of 52". */
  readonly position: (index: number) => string;
}

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

const build = (view: ListViewId, state: AppState, dataset: Dataset): ListScreen => {
  const entry = listEntry(view);
  const { width, height } = bodySize(state.viewport);
  const items = entry.items(dataset, state.lists[view].filter);
  const total = entry.items(dataset, '').length;
  const header = [
    ...(entry.summary?.(dataset, width) ?? []),
    filterLine(state, view, entry.nouns, items.length, total, width),
  ];
  const rowsCache = new Map<string, readonly Line[]>();
  const rows = (index: number, selected: boolean): readonly Line[] => {
    const key = `${index}|${selected}`;
    let cached = rowsCache.get(key);
    if (cached === undefined) {
      const item = items[index];
      cached =
        item === undefined
          ? []
          : withGutter(entry.item(dataset, item, width - GUTTER), selected, width);
      rowsCache.set(key, cached);
    }
    return cached;
  };
  const shape: ListShape = {
    count: items.length,
    room: Math.max(1, height - header.length),
    height: (index) => Math.max(1, rows(index, false).length),
  };
  return {
    ...shape,
    header,
    item: (index, selected = false) => rows(index, selected),
    detail: (index, selectedUrl) => {
      const item = items[index];
      return item === undefined ? [] : entry.detail(dataset, item, width, selectedUrl);
    },
    links: (index) => {
      const item = items[index];
      return item === undefined ? [] : entry.links(dataset, item);
    },
    day: (index) => {
      const item = items[index];
      return item === undefined ? undefined : entry.day?.(item);
    },
    visibleFrom: (top) => itemsFrom(shape, top),
    position: (index) => `${entry.nouns[0]} ${index + 1} of ${items.length}`,
  };
};

const remember = createRemember<ListScreen>(12);

/** The list view `view` in this state, fitted to the screen. */
export const listScreen = (view: ListViewId, state: AppState, dataset: Dataset): ListScreen => {
  const { columns, rows } = state.viewport;
  const key = `${view}|${columns}|${rows}|${state.editing}|${state.lists[view].filter}`;
  return remember(key, () => build(view, state, dataset));
};
