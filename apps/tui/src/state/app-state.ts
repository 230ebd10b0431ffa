import { type ListViewId, type PageViewId, VIEWS, type ViewId } from '../views/registry';

export type { ListViewId, PageViewId, ViewId };

export const LIST_VIEWS = VIEWS.filter((v) => v.kind === 'list').map((v) => v.id) as ListViewId[];
export const PAGE_VIEWS = VIEWS.filter((v) => v.kind === 'page').map((v) => v.id) as PageViewId[];

/** Anything that scrolls a page of lines: a page view, an item's detail, or help. */
export type PaneId = PageViewId | `${ListViewId}-detail` | 'help';

export const PANES: readonly PaneId[] = [
  ...PAGE_VIEWS,
  ...LIST_VIEWS.map((v) => `${v}-detail` as const),
  'help',
];

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

/** Where Esc goes back to: a view, and whether its item was open. */
export interface Place {
  readonly view: ViewId;
  readonly open: boolean;
}

/** Something the app must do outside the state: the reducer asks, the app does it. */
export type Effect =
  | { readonly kind: 'open-url'; readonly url: string }
  | { readonly kind: 'copy'; readonly text: string }
  | { readonly kind: 'suspend' };

export interface AppState {
  readonly view: ViewId;
  readonly help: boolean;
  readonly helpScroll: number;
  /** Whether keys are typing into the current list's filter. */
  readonly editing: boolean;
  readonly scroll: Readonly<Record<PageViewId, number>>;
  readonly lists: Readonly<Record<ListViewId, ListState>>;
  /** The day the Tariffs view shows, `YYYY-MM-DD` (after the verified data too). */
  readonly tariffDate: string;
  /** A day being typed on the Tariffs view (`d`); `undefined` when none is. */
  readonly dateDraft: string | undefined;
  /** The clock's day when the app started: what the data's age is counted to. */
  readonly today: string;
  /** Whether the Tariffs charts show only the year of that day. */
  readonly tariffZoom: boolean;
  /** Which of the links here `o` and `y` act on. */
  readonly link: number;
  /** The places Esc goes back to, the last one last. */
  readonly back: readonly Place[];
  /** What the app must still do (open a link, copy, suspend), in order. */
  readonly effects: readonly Effect[];
  /** A word on what the last key did ("Copied …"), shown in the footer until the next key. */
  readonly notice: string | undefined;
  readonly viewport: Viewport;
  readonly quit: boolean;
}

const LIST: ListState = { cursor: 0, top: 0, filter: '', open: false, detailScroll: 0 };

export const initialState = ({
  view = 'overview',
  tariffDate,
  today,
  viewport,
}: {
  readonly view?: ViewId;
  readonly tariffDate: string;
  readonly today: string;
  readonly viewport: Viewport;
}): AppState => ({
  view,
  help: false,
  helpScroll: 0,
  editing: false,
  scroll: Object.fromEntries(PAGE_VIEWS.map((v) => [v, 0])) as Record<PageViewId, number>,
  lists: Object.fromEntries(LIST_VIEWS.map((v) => [v, LIST])) as Record<ListViewId, ListState>,
  tariffDate,
  dateDraft: undefined,
  today,
  tariffZoom: false,
  link: 0,
  back: [],
  effects: [],
  notice: undefined,
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
