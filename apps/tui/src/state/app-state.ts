/** The six views, in tab order; `1`–`6` pick them by position. */
export const VIEWS = [
  { id: 'overview', title: 'Overview' },
  { id: 'timeline', title: 'Timeline' },
  { id: 'tariffs', title: 'Tariffs' },
  { id: 'trade', title: 'Trade' },
  { id: 'claims', title: 'Claims' },
  { id: 'sources', title: 'Sources' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** Views that are a list of items with a detail behind Enter and a `/` filter. */
export const LIST_VIEWS = ['timeline', 'claims', 'sources'] as const;
export type ListViewId = (typeof LIST_VIEWS)[number];

/** Views that are one long page to scroll. */
export const PAGE_VIEWS = ['overview', 'tariffs', 'trade'] as const;
export type PageViewId = (typeof PAGE_VIEWS)[number];

/** Anything that scrolls a page of lines: a page view, an item's detail, or help. */
export type PaneId = PageViewId | `${ListViewId}-detail` | 'help';

export const isListView = (view: ViewId): view is ListViewId =>
  (LIST_VIEWS as readonly string[]).includes(view);

export interface ListState {
  /** Index of the selected item among those that pass the filter. */
  readonly cursor: number;
  /** Index of the first item on screen. */
  readonly top: number;
  readonly filter: string;
  /** Whether the selected item's detail is open. */
  readonly open: boolean;
  readonly detailScroll: number;
}

export interface Viewport {
  readonly columns: number;
  readonly rows: number;
}

export interface AppState {
  readonly view: ViewId;
  readonly help: boolean;
  readonly helpScroll: number;
  /** Whether keys are typing into the current list's filter. */
  readonly editing: boolean;
  readonly scroll: Readonly<Record<PageViewId, number>>;
  readonly lists: Readonly<Record<ListViewId, ListState>>;
  /** The day the Tariffs view shows, `YYYY-MM-DD`. */
  readonly tariffDate: string;
  /** Whether the Tariffs charts show only the year of that day. */
  readonly tariffZoom: boolean;
  readonly viewport: Viewport;
  readonly quit: boolean;
}

const LIST: ListState = { cursor: 0, top: 0, filter: '', open: false, detailScroll: 0 };

export const initialState = ({
  view = 'overview',
  tariffDate,
  viewport,
}: {
  readonly view?: ViewId;
  readonly tariffDate: string;
  readonly viewport: Viewport;
}): AppState => ({
  view,
  help: false,
  helpScroll: 0,
  editing: false,
  scroll: { overview: 0, tariffs: 0, trade: 0 },
  lists: { timeline: LIST, claims: LIST, sources: LIST },
  tariffDate,
  tariffZoom: false,
  viewport,
  quit: false,
});

/** The pane that scrolls in this state, or the list that moves. */
export const focusOf = (
  state: AppState,
): { kind: 'pane'; pane: PaneId } | { kind: 'list'; view: ListViewId } => {
  if (state.help) return { kind: 'pane', pane: 'help' };
  const { view } = state;
  if (!isListView(view)) return { kind: 'pane', pane: view };
  return state.lists[view].open ? { kind: 'pane', pane: `${view}-detail` } : { kind: 'list', view };
};
