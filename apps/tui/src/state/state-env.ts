import type { AppState, ListViewId, PaneId } from './app-state';

/** A list as the screen shows it: how many items, their heights, and the rows they share. */
export interface ListShape {
  readonly count: number;
  /** Rows under the list's header. */
  readonly room: number;
  /** Rows item `index` takes (items wrap rather than cut, so heights differ). */
  readonly height: (index: number) => number;
}

/** What the reducer needs to know about the screen and the data, as pure functions of state. */
export interface StateEnv {
  /** A list after its filter, as the screen lays it out. */
  readonly list: (view: ListViewId, state: AppState) => ListShape;
  /** How many rows a pane shows and how far it can scroll. */
  readonly pane: (pane: PaneId, state: AppState) => { visible: number; maxScroll: number };
  /** The day of the event selected on the Timeline, when it is known to the day. */
  readonly eventDay: (state: AppState) => string | undefined;
  /** The tariff action days just before and just after a day, and a typed day read. */
  readonly dates: {
    readonly previous: (date: string) => string | undefined;
    readonly next: (date: string) => string | undefined;
    /** A day typed, as core reads a tariff date: the day, or why it is not one. */
    readonly check: (
      input: string,
    ) =>
      | { readonly ok: true; readonly date: string }
      | { readonly ok: false; readonly reason: string };
  };
  /** The addresses `o` and `y` act on here, the selected one first. */
  readonly links: (state: AppState) => readonly { url: string; label: string }[];
}
