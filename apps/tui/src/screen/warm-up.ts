import { adjacentChangeDates, type Dataset } from '@tradetalks/core';
import { type AppState, LIST_VIEWS, PAGE_VIEWS } from '../state/app-state';
import { listScreen } from './lists';
import { paneScreen } from './panes';

/**
 * The work to build every view's first screen at this size, one step at a time, so that it
 * can run while the app waits for the first key: the first visit to a view then draws from
 * cache. Each step takes a few milliseconds; a key pressed meanwhile is handled between two.
 */
export const warmUpSteps = (state: AppState, dataset: Dataset): (() => void)[] => [
  ...PAGE_VIEWS.map((pane) => () => {
    paneScreen(pane, state, dataset);
  }),
  // The days `[` and `]` lead to from the day shown.
  ...Object.values(adjacentChangeDates(dataset, state.tariffDate)).map((date) => () => {
    if (date !== undefined) paneScreen('tariffs', { ...state, tariffDate: date }, dataset);
  }),
  ...LIST_VIEWS.map((view) => () => {
    const screen = listScreen(view, state, dataset);
    const end = Math.min(screen.count, screen.visibleFrom(0));
    for (let i = 0; i < end; i++) screen.item(i, i === 0);
  }),
];

/** Run `steps` one per turn of the event loop; the returned function stops them. */
export const runInIdleSteps = (steps: readonly (() => void)[]): (() => void) => {
  let next = 0;
  let timer: NodeJS.Immediate | undefined;
  const run = () => {
    const step = steps[next];
    next += 1;
    if (step === undefined) return;
    step();
    timer = setImmediate(run);
  };
  timer = setImmediate(run);
  return () => {
    if (timer !== undefined) clearImmediate(timer);
  };
};
