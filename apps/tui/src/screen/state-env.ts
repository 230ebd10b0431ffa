import { adjacentChangeDates, type Dataset, tariffDateRange } from '@tradetalks/core';
import { focusOf } from '../state/app-state';
import type { StateEnv } from '../state/state-env';
import { listScreen } from './lists';
import { paneScreen } from './panes';

/** The reducer's view of the screen and the data: the same functions the views draw with. */
export const createStateEnv = (dataset: Dataset): StateEnv => ({
  list: (view, state) => listScreen(view, state, dataset),
  pane: (pane, state) => {
    const { visible, maxScroll } = paneScreen(pane, state, dataset);
    return { visible, maxScroll };
  },
  eventDay: (state) => {
    const day = listScreen('timeline', state, dataset).day(state.lists.timeline.cursor);
    if (day === undefined) return undefined;
    const { min, max } = tariffDateRange(dataset);
    return day >= min && day <= max ? day : undefined;
  },
  dates: {
    previous: (date) => adjacentChangeDates(dataset, date).previous,
    next: (date) => adjacentChangeDates(dataset, date).next,
  },
  links: (state) => {
    if (state.help) return [];
    const focus = focusOf(state);
    const view = focus.kind === 'list' ? focus.view : focus.pane.replace('-detail', '');
    if (!(view in state.lists)) return [];
    const list = state.lists[view as keyof typeof state.lists];
    return listScreen(view as keyof typeof state.lists, state, dataset).links(list.cursor);
  },
});
