import type { Dataset } from '@tradetalks/core';
import { helpLines } from '../content/help';
import { type Line, seg, spread } from '../lines/line';
import type { AppState, ListViewId, PageViewId, PaneId } from '../state/app-state';
import { pageEntry } from '../views/registry';
import { bodySize } from './layout';
import { listScreen } from './lists';
import { createRemember } from './remember';

/** A page of lines: a pinned header, and the body that scrolls under it. */
export interface PaneScreen {
  readonly header: readonly Line[];
  readonly lines: readonly Line[];
  /** Body rows on screen. */
  readonly visible: number;
  readonly maxScroll: number;
}

const remember = createRemember<readonly Line[]>(24);

const detailPane = (view: ListViewId, state: AppState, dataset: Dataset, width: number) => {
  const list = listScreen(view, state, dataset);
  const { cursor, filter } = state.lists[view];
  return {
    header: [
      spread(
        [seg('‹ Esc ', 'key', true), seg('back', 'muted')],
        [seg(list.position(cursor), 'muted')],
        width,
      ),
    ],
    lines: remember(`${view}|${width}|${filter}|${cursor}|${state.link}`, () => {
      const links = list.links(cursor);
      // The marked source is the one o and y act on; with one link there is nothing to pick.
      const selected = links.length > 1 ? links[state.link % links.length]?.url : undefined;
      return list.detail(cursor, selected);
    }),
  };
};

const pagePane = (view: PageViewId, state: AppState, dataset: Dataset) => {
  const entry = pageEntry(view);
  const { width, height } = bodySize(state.viewport);
  const header = entry.header?.(dataset, state, width) ?? [];
  const size = { width, height: height - header.length };
  const key = `${view}|${width}|${size.height}|${entry.bodyKey?.(state) ?? ''}`;
  return { header, lines: remember(key, () => entry.body(dataset, state, size)) };
};

const paneContent = (pane: PaneId, state: AppState, dataset: Dataset, width: number) => {
  if (pane === 'help')
    return { header: [], lines: remember(`help|${width}`, () => helpLines(width)) };
  if (pane.endsWith('-detail')) {
    return detailPane(pane.slice(0, -'-detail'.length) as ListViewId, state, dataset, width);
  }
  return pagePane(pane as PageViewId, state, dataset);
};

/** A scrolling pane in this state, fitted to the screen. */
export const paneScreen = (pane: PaneId, state: AppState, dataset: Dataset): PaneScreen => {
  const { width, height } = bodySize(state.viewport);
  const { header, lines } = paneContent(pane, state, dataset, width);
  const visible = Math.max(1, height - header.length);
  return { header, lines, visible, maxScroll: Math.max(0, lines.length - visible) };
};
