import { cleanPaste } from '../input/decode-input';
import type { Command } from '../keys/key-bindings';
import { type KeyContext, resolveKey } from '../keys/resolve-key';
import {
  type AppState,
  focusOf,
  isListView,
  LIST_VIEWS,
  type ListState,
  type ListViewId,
  type PaneId,
  VIEWS,
  type ViewId,
} from './app-state';

export type Action =
  /** A key as `input/decode-input.ts` names it, and the text it typed, if any. */
  | { readonly type: 'key'; readonly key: string; readonly typed?: string | undefined }
  | { readonly type: 'command'; readonly command: Command; readonly key?: string }
  | { readonly type: 'type'; readonly text: string }
  /** Text pasted (bracketed paste): into the filter, never read as keys. */
  | { readonly type: 'paste'; readonly text: string }
  | { readonly type: 'wheel'; readonly direction: 'up' | 'down' }
  | { readonly type: 'resize'; readonly columns: number; readonly rows: number };

/** What the reducer needs to know about the screen and the data, as pure functions of state. */
export interface StateEnv {
  /** Items in a list after its filter, and how many fit on the screen at once. */
  readonly list: (view: ListViewId, state: AppState) => { count: number; visible: number };
  /** How many rows a pane shows and how far it can scroll. */
  readonly pane: (pane: PaneId, state: AppState) => { visible: number; maxScroll: number };
  /** The day of the event selected on the Timeline, when it is known to the day. */
  readonly eventDay: (state: AppState) => string | undefined;
  /** The tariff action days just before and just after a day. */
  readonly dates: {
    readonly previous: (date: string) => string | undefined;
    readonly next: (date: string) => string | undefined;
  };
}

/** Rows a page scrolls for one step of the mouse wheel (a list moves one item). */
const WHEEL_ROWS = 3;

const clamp = (value: number, min: number, max: number) =>
  Math.min(Math.max(value, min), Math.max(min, max));

/** The first item on screen, moved as little as needed for the cursor to be on it. */
const keepVisible = (list: ListState, count: number, visible: number): ListState => {
  const cursor = clamp(list.cursor, 0, count - 1);
  let top = list.top;
  if (cursor < top) top = cursor;
  if (cursor >= top + visible) top = cursor - visible + 1;
  return { ...list, cursor, top: clamp(top, 0, count - visible) };
};

const withList = (state: AppState, view: ListViewId, list: ListState): AppState => ({
  ...state,
  lists: { ...state.lists, [view]: list },
});

const goView = (state: AppState, view: ViewId): AppState => ({
  ...state,
  view,
  help: false,
  editing: false,
});

const stepView = (state: AppState, delta: number): AppState => {
  const index = VIEWS.findIndex((v) => v.id === state.view);
  const next = VIEWS[(index + delta + VIEWS.length) % VIEWS.length];
  return next ? goView(state, next.id) : state;
};

/** Move the focus: a list's cursor or a pane's scroll, by `delta` or to an end. */
const move = (
  state: AppState,
  env: StateEnv,
  how: 'delta' | 'top' | 'bottom',
  delta = 0,
): AppState => {
  const focus = focusOf(state);
  if (focus.kind === 'list') {
    const list = state.lists[focus.view];
    const { count, visible } = env.list(focus.view, state);
    const cursor = how === 'top' ? 0 : how === 'bottom' ? count - 1 : list.cursor + delta;
    return withList(state, focus.view, keepVisible({ ...list, cursor }, count, visible));
  }
  const { maxScroll } = env.pane(focus.pane, state);
  const current = scrollOf(state, focus.pane);
  const next = clamp(
    how === 'top' ? 0 : how === 'bottom' ? maxScroll : current + delta,
    0,
    maxScroll,
  );
  return setScroll(state, focus.pane, next);
};

/** How far a pane is scrolled. */
export const scrollOf = (state: AppState, pane: PaneId): number => {
  if (pane === 'help') return state.helpScroll;
  if (pane.endsWith('-detail'))
    return state.lists[pane.replace('-detail', '') as ListViewId].detailScroll;
  return state.scroll[pane as keyof AppState['scroll']];
};

const setScroll = (state: AppState, pane: PaneId, value: number): AppState => {
  if (pane === 'help') return { ...state, helpScroll: value };
  if (pane.endsWith('-detail')) {
    const view = pane.replace('-detail', '') as ListViewId;
    return withList(state, view, { ...state.lists[view], detailScroll: value });
  }
  return { ...state, scroll: { ...state.scroll, [pane]: value } };
};

const page = (state: AppState, env: StateEnv, direction: 1 | -1): AppState => {
  const focus = focusOf(state);
  const rows =
    focus.kind === 'list'
      ? env.list(focus.view, state).visible
      : env.pane(focus.pane, state).visible - 1;
  return move(state, env, 'delta', direction * Math.max(1, rows));
};

/** Change the current list's filter, going back to its first item. */
const editFilter = (state: AppState, edit: (filter: string) => string): AppState => {
  if (!isListView(state.view)) return state;
  const list = state.lists[state.view];
  return withList(state, state.view, {
    ...list,
    filter: edit(list.filter),
    cursor: 0,
    top: 0,
    open: false,
  });
};

const listCommand = (state: AppState, env: StateEnv, command: Command): AppState => {
  if (!isListView(state.view)) return state;
  const view = state.view;
  const list = state.lists[view];
  switch (command) {
    case 'next-item':
    case 'previous-item': {
      if (!list.open) return state;
      const { count, visible } = env.list(view, state);
      const cursor = list.cursor + (command === 'next-item' ? 1 : -1);
      if (cursor < 0 || cursor >= count) return state;
      return withList(
        state,
        view,
        keepVisible({ ...list, cursor, detailScroll: 0 }, count, visible),
      );
    }
    case 'open':
      return env.list(view, state).count > 0
        ? withList(state, view, { ...list, open: true, detailScroll: 0 })
        : state;
    case 'filter':
      return { ...withList(state, view, { ...list, open: false }), editing: true };
    case 'back':
      if (list.open) return withList(state, view, { ...list, open: false });
      return list.filter === '' ? state : editFilter(state, () => '');
    default:
      return state;
  }
};

const runCommand = (
  state: AppState,
  env: StateEnv,
  command: Command,
  key: string | undefined,
): AppState => {
  switch (command) {
    case 'quit':
      return { ...state, quit: true };
    case 'help':
      return { ...state, help: !state.help, helpScroll: 0, editing: false };
    case 'next-view':
      return stepView(state, 1);
    case 'previous-view':
      return stepView(state, -1);
    case 'go-view': {
      const target = VIEWS[Number(key) - 1];
      return target ? goView(state, target.id) : state;
    }
    case 'down':
      return move(state, env, 'delta', 1);
    case 'up':
      return move(state, env, 'delta', -1);
    case 'page-down':
      return page(state, env, 1);
    case 'page-up':
      return page(state, env, -1);
    case 'top':
      return move(state, env, 'top');
    case 'bottom':
      return move(state, env, 'bottom');
    case 'filter-done':
      return { ...state, editing: false };
    case 'filter-cancel':
      return { ...editFilter(state, () => ''), editing: false };
    case 'filter-delete':
      return editFilter(state, (f) => [...f].slice(0, -1).join(''));
    case 'previous-date':
    case 'next-date': {
      if (state.view !== 'tariffs' || state.help) return state;
      const date =
        command === 'next-date'
          ? env.dates.next(state.tariffDate)
          : env.dates.previous(state.tariffDate);
      if (date === undefined) return state;
      const moved = { ...state, tariffDate: date };
      const { maxScroll } = env.pane('tariffs', moved);
      return {
        ...moved,
        scroll: { ...moved.scroll, tariffs: Math.min(moved.scroll.tariffs, maxScroll) },
      };
    }
    case 'event-tariffs': {
      const day = env.eventDay(state);
      if (day === undefined || state.view !== 'timeline') return state;
      return {
        ...goView(state, 'tariffs'),
        tariffDate: day,
        scroll: { ...state.scroll, tariffs: 0 },
      };
    }
    case 'zoom':
      return state.view === 'tariffs' && !state.help
        ? { ...state, tariffZoom: !state.tariffZoom }
        : state;
    case 'back':
      if (state.help) return { ...state, help: false };
      return listCommand(state, env, command);
    case 'open':
    case 'filter':
    case 'next-item':
    case 'previous-item':
      return state.help ? state : listCommand(state, env, command);
  }
};

const PANES: readonly PaneId[] = [
  'overview',
  'tariffs',
  'trade',
  'timeline-detail',
  'claims-detail',
  'sources-detail',
  'help',
];

/** Every list and pane kept in bounds after the screen changed size. */
const refit = (state: AppState, env: StateEnv): AppState => {
  const lists = LIST_VIEWS.reduce((s, view) => {
    const { count, visible } = env.list(view, s);
    return withList(s, view, keepVisible(s.lists[view], count, visible));
  }, state);
  return PANES.reduce((s, pane) => {
    const current = scrollOf(s, pane);
    return current === 0 ? s : setScroll(s, pane, clamp(current, 0, env.pane(pane, s).maxScroll));
  }, lists);
};

/** What decides which key bindings apply in this state. */
export const keyContext = (state: AppState): KeyContext => ({
  editing: state.editing,
  view: state.view,
  help: state.help,
  detail: isListView(state.view) && state.lists[state.view].open,
});

/** The next state after an action. Pure: the screen and data come in through `env`. */
export const reduce = (state: AppState, action: Action, env: StateEnv): AppState => {
  switch (action.type) {
    case 'resize':
      return refit({ ...state, viewport: { columns: action.columns, rows: action.rows } }, env);
    case 'type':
      return state.editing ? editFilter(state, (f) => f + action.text) : state;
    case 'paste': {
      const text = cleanPaste(action.text);
      if (text === '' || state.help) return state;
      if (state.editing) return editFilter(state, (f) => f + text);
      // A paste in a list starts its filter with the text; elsewhere there is nothing to paste into.
      if (!isListView(state.view) || state.lists[state.view].open) return state;
      return { ...editFilter(state, () => text), editing: true };
    }
    case 'wheel': {
      const focus = focusOf(state);
      const step = focus.kind === 'list' ? 1 : WHEEL_ROWS;
      return move(state, env, 'delta', action.direction === 'down' ? step : -step);
    }
    case 'key': {
      // Resolved against this state, not the one the key handler last saw: keys that
      // arrive together (a paste, a fast typist) each see the state the one before left.
      const resolved = resolveKey(action.key, action.typed, keyContext(state));
      if (resolved === undefined) return state;
      if (resolved.command === 'type')
        return reduce(state, { type: 'type', text: resolved.text }, env);
      return runCommand(state, env, resolved.command, resolved.key);
    }
    case 'command':
      return runCommand(state, env, action.command, action.key);
  }
};
