import { adjacentChangeDates, type Dataset } from '@tradetalks/core';
import type { StateEnv } from '../state/reduce';
import { listScreen } from './lists';
import { paneScreen } from './panes';

/** The reducer's view of the screen and the data: the same functions the views draw with. */
export const createStateEnv = (dataset: Dataset): StateEnv => ({
  list: (view, state) => {
    const { count, visible } = listScreen(view, state, dataset);
    return { count, visible };
  },
  pane: (pane, state) => {
    const { visible, maxScroll } = paneScreen(pane, state, dataset);
    return { visible, maxScroll };
  },
  dates: {
    previous: (date) => adjacentChangeDates(dataset, date).previous,
    next: (date) => adjacentChangeDates(dataset, date).next,
  },
});
