import { adjacentChangeDates, type Dataset, tariffDateRange } from '@tradetalks/core';
import { timelineEvents } from '../content/timeline';
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
  eventDay: (state) => {
    const event = timelineEvents(dataset, state.lists.timeline.filter)[state.lists.timeline.cursor];
    if (event === undefined || event.date.length !== 10) return undefined;
    const { min, max } = tariffDateRange(dataset);
    return event.date >= min && event.date <= max ? event.date : undefined;
  },
  dates: {
    previous: (date) => adjacentChangeDates(dataset, date).previous,
    next: (date) => adjacentChangeDates(dataset, date).next,
  },
});
