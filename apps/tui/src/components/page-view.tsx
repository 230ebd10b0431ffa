import type { Dataset } from '@tradetalks/core';
import { paneScreen } from '../screen/panes';
import type { AppState, PaneId } from '../state/app-state';
import { scrollOf } from '../state/reduce';
import { ScrollPane } from './scroll-pane';

/** Overview, Tariffs, Trade, help and every detail: a page of lines that scrolls. */
export const PageView = ({
  pane,
  state,
  dataset,
  height,
}: {
  readonly pane: PaneId;
  readonly state: AppState;
  readonly dataset: Dataset;
  readonly height: number;
}) => (
  <ScrollPane
    pane={paneScreen(pane, state, dataset)}
    scroll={scrollOf(state, pane)}
    height={height}
  />
);
