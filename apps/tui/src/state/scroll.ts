// Moving through a view: a list's cursor and window, a pane's scroll, a page at a time, and
// everything kept in bounds when the screen changes size.
import {
  type AppState,
  focusOf,
  LIST_VIEWS,
  type ListState,
  type ListViewId,
  PANES,
  type PaneId,
} from './app-state';
import { itemsFrom, keepVisible } from './list-window';
import type { StateEnv } from './state-env';

export const clamp = (value: number, min: number, max: number) =>
  Math.min(Math.max(value, min), Math.max(min, max));

export const withList = (state: AppState, view: ListViewId, list: ListState): AppState => ({
  ...state,
  lists: { ...state.lists, [view]: list },
});

/** Move the focus: a list's cursor or a pane's scroll, by `delta` or to an end. */
export const move = (
  state: AppState,
  env: StateEnv,
  how: 'delta' | 'top' | 'bottom',
  delta = 0,
): AppState => {
  const focus = focusOf(state);
  if (focus.kind === 'list') {
    const list = state.lists[focus.view];
    const shape = env.list(focus.view, state);
    const cursor = how === 'top' ? 0 : how === 'bottom' ? shape.count - 1 : list.cursor + delta;
    const moved = keepVisible({ ...list, cursor }, shape);
    return moved.cursor === list.cursor && moved.top === list.top
      ? state
      : { ...withList(state, focus.view, moved), link: 0 };
  }
  const { maxScroll } = env.pane(focus.pane, state);
  const current = scrollOf(state, focus.pane);
  const next = clamp(
    how === 'top' ? 0 : how === 'bottom' ? maxScroll : current + delta,
    0,
    maxScroll,
  );
  return next === current ? state : setScroll(state, focus.pane, next);
};

/** How far a pane is scrolled. */
export const scrollOf = (state: AppState, pane: PaneId): number => {
  if (pane === 'help') return state.helpScroll;
  if (pane.endsWith('-detail'))
    return state.lists[pane.replace('-detail', '') as ListViewId].detailScroll;
  return state.scroll[pane as keyof AppState['scroll']];
};

export const setScroll = (state: AppState, pane: PaneId, value: number): AppState => {
  if (pane === 'help') return { ...state, helpScroll: value };
  if (pane.endsWith('-detail')) {
    const view = pane.replace('-detail', '') as ListViewId;
    return withList(state, view, { ...state.lists[view], detailScroll: value });
  }
  return { ...state, scroll: { ...state.scroll, [pane]: value } };
};

export const page = (state: AppState, env: StateEnv, direction: 1 | -1): AppState => {
  const focus = focusOf(state);
  const rows =
    focus.kind === 'list'
      ? itemsFrom(env.list(focus.view, state), state.lists[focus.view].top)
      : env.pane(focus.pane, state).visible - 1;
  return move(state, env, 'delta', direction * Math.max(1, rows));
};

/** Every list and pane kept in bounds after the screen changed size. */
export const refit = (state: AppState, env: StateEnv): AppState => {
  const lists = LIST_VIEWS.reduce((s, view) => {
    return withList(s, view, keepVisible(s.lists[view], env.list(view, s)));
  }, state);
  return PANES.reduce((s, pane) => {
    const current = scrollOf(s, pane);
    return current === 0 ? s : setScroll(s, pane, clamp(current, 0, env.pane(pane, s).maxScroll));
  }, lists);
};
