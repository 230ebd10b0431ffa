import { type Dataset, queryTariffDate } from '@tradetalks/core';
import { tariffDayOn } from '../model/story';
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
    // Any day core answers for: before the data there are no stacks to show.
    return day !== undefined && queryTariffDate(dataset, day).ok ? day : undefined;
  },
  dates: {
    previous: (date) => tariffDayOn(dataset, date).previousDate,
    next: (date) => tariffDayOn(dataset, date).nextDate,
    check: (input) => {
      const query = queryTariffDate(dataset, input);
      return query.ok ? { ok: true, date: query.date } : { ok: false, reason: query.reason };
    },
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
