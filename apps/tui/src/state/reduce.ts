import { cleanPaste } from '../input/decode-input';
import type { Command } from '../keys/key-bindings';
import { type KeyContext, resolveKey } from '../keys/resolve-key';
import { VIEWS, viewEntry } from '../views/registry';
import type { Handler } from '../views/view-entry';
import { type AppState, type Effect, focusOf, isListView } from './app-state';
import { keepVisible } from './list-window';
import { goView } from './navigate';
import { move, page, refit, withList } from './scroll';
import type { StateEnv } from './state-env';

export { scrollOf } from './scroll';
export type { ListShape, StateEnv } from './state-env';

export type Action =
  /** A key as `input/decode-input.ts` names it, and the text it typed, if any. */
  | { readonly type: 'key'; readonly key: string; readonly typed?: string | undefined }
  | { readonly type: 'command'; readonly command: Command; readonly key?: string }
  | { readonly type: 'type'; readonly text: string }
  /** Text pasted (bracketed paste): into the filter, never read as keys. */
  | { readonly type: 'paste'; readonly text: string }
  | { readonly type: 'wheel'; readonly direction: 'up' | 'down' }
  | { readonly type: 'resize'; readonly columns: number; readonly rows: number }
  /** The app has carried out the first `count` effects. */
  | { readonly type: 'effects-done'; readonly count: number }
  /** A word for the footer from outside the reducer (a browser that would not start). */
  | { readonly type: 'notice'; readonly text: string };

/** Rows a page scrolls for one step of the mouse wheel (a list moves one item). */
const WHEEL_ROWS = 3;

const stepView = (state: AppState, delta: number): AppState => {
  const index = VIEWS.findIndex((v) => v.id === state.view);
  const next = VIEWS[(index + delta + VIEWS.length) % VIEWS.length];
  return next ? goView(state, next.id) : state;
};

/** Change the current list's filter, going back to its first item. */
const editFilter = (state: AppState, edit: (filter: string) => string): AppState => {
  if (!isListView(state.view)) return state;
  const list = state.lists[state.view];
  const filter = edit(list.filter);
  if (filter === list.filter && !list.open) return state;
  return withList(state, state.view, { ...list, filter, cursor: 0, top: 0, open: false });
};

const listCommand = (state: AppState, env: StateEnv, command: Command): AppState => {
  if (!isListView(state.view)) return state;
  const view = state.view;
  const list = state.lists[view];
  switch (command) {
    case 'next-item':
    case 'previous-item': {
      if (!list.open) return state;
      const shape = env.list(view, state);
      const cursor = list.cursor + (command === 'next-item' ? 1 : -1);
      if (cursor < 0 || cursor >= shape.count) return state;
      return {
        ...withList(state, view, keepVisible({ ...list, cursor, detailScroll: 0 }, shape)),
        link: 0,
      };
    }
    case 'open':
      return env.list(view, state).count > 0 && !list.open
        ? { ...withList(state, view, { ...list, open: true, detailScroll: 0 }), link: 0 }
        : state;
    case 'filter':
      return { ...withList(state, view, { ...list, open: false }), editing: true };
    default:
      return state;
  }
};

/**
 * Esc: close help; else close the open item; else clear the filter; else go back to where
 * the app was before the last move to another view. Nothing when there is nowhere to go.
 */
const back = (state: AppState): AppState => {
  if (state.help) return { ...state, help: false };
  if (isListView(state.view)) {
    const list = state.lists[state.view];
    if (list.open) return withList(state, state.view, { ...list, open: false });
    if (list.filter !== '') return editFilter(state, () => '');
  }
  const place = state.back.at(-1);
  if (place === undefined) return state;
  const returned: AppState = {
    ...state,
    view: place.view,
    back: state.back.slice(0, -1),
    editing: false,
    link: 0,
  };
  return isListView(place.view)
    ? withList(returned, place.view, { ...returned.lists[place.view], open: place.open })
    : returned;
};

/** The link `o` and `y` act on here, if there is one. */
const currentLink = (state: AppState, env: StateEnv) => {
  const links = env.links(state);
  return links.length === 0 ? undefined : links[state.link % links.length];
};

const withEffect = (state: AppState, effect: Effect, notice: string): AppState => ({
  ...state,
  effects: [...state.effects, effect],
  notice,
});

const runCommand = (
  state: AppState,
  env: StateEnv,
  command: Command,
  key: string | undefined,
): AppState => {
  switch (command) {
    case 'quit':
      return { ...state, quit: true };
    case 'suspend':
      return withEffect(state, { kind: 'suspend' }, '');
    case 'help':
      return { ...state, help: !state.help, helpScroll: 0, editing: false };
    case 'next-view':
      return stepView(state, 1);
    case 'previous-view':
      return stepView(state, -1);
    case 'go-view': {
      const target = VIEWS[Number(key) - 1];
      return target && target.id !== state.view ? goView(state, target.id) : state;
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
    case 'back':
      return back(state);
    case 'open':
    case 'filter':
    case 'next-item':
    case 'previous-item':
      return state.help ? state : listCommand(state, env, command);
    case 'open-link': {
      const link = currentLink(state, env);
      return link
        ? withEffect(state, { kind: 'open-url', url: link.url }, 'Opening the link in the browser')
        : state;
    }
    case 'copy-link': {
      const link = currentLink(state, env);
      return link
        ? withEffect(state, { kind: 'copy', text: link.url }, 'Copied the address to the clipboard')
        : state;
    }
    case 'next-link': {
      const links = env.links(state);
      if (links.length < 2) return state;
      const link = (state.link + 1) % links.length;
      return {
        ...state,
        link,
        notice: `Link ${link + 1} of ${links.length}: ${links[link]?.label ?? ''}`,
      };
    }
    default: {
      // A command of a view's own scope (the tariff date, `t` on an event): the view's entry
      // says what it does.
      if (state.help) return state;
      const entry = viewEntry(state.view) as { handlers?: Partial<Record<Command, Handler>> };
      const handler = entry.handlers?.[command];
      return handler ? handler(state, env) : state;
    }
  }
};

/** What decides which key bindings apply in this state. */
export const keyContext = (state: AppState): KeyContext => ({
  editing: state.editing,
  typingDate: state.dateDraft !== undefined,
  view: state.view,
  help: state.help,
  detail: isListView(state.view) && state.lists[state.view].open,
});

const reduceKey = (state: AppState, key: string, typed: string | undefined, env: StateEnv) => {
  // Resolved against this state, not the one the key handler last saw: keys that arrive
  // together (a paste, a fast typist) each see the state the one before left.
  const resolved = resolveKey(key, typed, keyContext(state));
  if (resolved === undefined) return state;
  if (resolved.command === 'type') return reduce(state, { type: 'type', text: resolved.text }, env);
  return runCommand(state, env, resolved.command, resolved.key);
};

/** The next state after an action. Pure: the screen and data come in through `env`. */
export const reduce = (state: AppState, action: Action, env: StateEnv): AppState => {
  switch (action.type) {
    case 'resize':
      return refit({ ...state, viewport: { columns: action.columns, rows: action.rows } }, env);
    case 'type':
      if (state.dateDraft !== undefined)
        return { ...state, dateDraft: state.dateDraft + action.text };
      return state.editing ? editFilter(state, (f) => f + action.text) : state;
    case 'paste': {
      const text = cleanPaste(action.text);
      if (text === '' || state.help) return state;
      if (state.dateDraft !== undefined) return { ...state, dateDraft: state.dateDraft + text };
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
      // What the last key said goes once another key is pressed.
      const cleared = state.notice === undefined ? state : { ...state, notice: undefined };
      const next = reduceKey(cleared, action.key, action.typed, env);
      return next === cleared ? state : next;
    }
    case 'command':
      return runCommand(state, env, action.command, action.key);
    case 'effects-done':
      return { ...state, effects: state.effects.slice(action.count) };
    case 'notice':
      return { ...state, notice: action.text };
  }
};

/** What Esc would do here, in a word or two for the footer; `undefined` when nothing. */
export const backHint = (state: AppState): string | undefined => {
  if (state.help) return 'close help';
  if (state.dateDraft !== undefined) return 'stop typing';
  if (isListView(state.view)) {
    const list = state.lists[state.view];
    if (list.open) return 'back';
    if (list.filter !== '') return 'clear filter';
  }
  const place = state.back.at(-1);
  return place ? `back to ${viewEntry(place.view).title}` : undefined;
};
