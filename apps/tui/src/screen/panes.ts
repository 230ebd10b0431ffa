import type { Dataset } from '@tradetalks/core';
import { helpLines } from '../content/help';
import { overviewLines } from '../content/overview';
import { tariffBody, tariffHeader } from '../content/tariffs';
import { tradeLines } from '../content/trade';
import { type Line, seg, spread } from '../lines/line';
import type { AppState, ListViewId, PaneId } from '../state/app-state';
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
    lines: remember(`${view}|${width}|${filter}|${cursor}`, () => list.detail(cursor)),
  };
};

const paneContent = (pane: PaneId, state: AppState, dataset: Dataset, width: number) => {
  switch (pane) {
    case 'overview':
      return {
        header: [],
        lines: remember(`overview|${width}`, () => overviewLines(dataset, width)),
      };
    case 'trade':
      return { header: [], lines: remember(`trade|${width}`, () => tradeLines(dataset, width)) };
    case 'tariffs':
      return {
        header: [tariffHeader(dataset, state.tariffDate, width)],
        lines: remember(`tariffs|${width}|${state.tariffDate}|${state.tariffZoom}`, () =>
          tariffBody(dataset, state.tariffDate, width, { zoom: state.tariffZoom }),
        ),
      };
    case 'help':
      return { header: [], lines: remember(`help|${width}`, () => helpLines(width)) };
    case 'timeline-detail':
      return detailPane('timeline', state, dataset, width);
    case 'claims-detail':
      return detailPane('claims', state, dataset, width);
    case 'sources-detail':
      return detailPane('sources', state, dataset, width);
  }
};

/** A scrolling pane in this state, fitted to the screen. */
export const paneScreen = (pane: PaneId, state: AppState, dataset: Dataset): PaneScreen => {
  const { width, height } = bodySize(state.viewport);
  const { header, lines } = paneContent(pane, state, dataset, width);
  const visible = Math.max(1, height - header.length);
  return { header, lines, visible, maxScroll: Math.max(0, lines.length - visible) };
};
