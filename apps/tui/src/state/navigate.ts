import type { AppState, Place, ViewId } from './app-state';

/** How many places Esc can go back through. */
const BACK_LIMIT = 50;

/** Where the app is now, as Esc would come back to it. */
export const placeOf = (state: AppState): Place => ({
  view: state.view,
  open: state.view in state.lists && state.lists[state.view as keyof AppState['lists']].open,
});

/**
 * Go to `view`, remembering where the app was so that Esc comes back to it: every move to
 * another view (Tab, a digit, `t` from an event to its day's tariffs) is a step back can undo.
 */
export const goView = (state: AppState, view: ViewId): AppState => {
  const moved: AppState = {
    ...state,
    view,
    help: false,
    editing: false,
    dateDraft: undefined,
    link: 0,
  };
  if (view === state.view) return moved;
  return { ...moved, back: [...state.back, placeOf(state)].slice(-BACK_LIMIT) };
};
