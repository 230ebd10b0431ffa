// What a key binding is: the command it asks for, where it works, and how help shows it.

/** What a key asks the app to do; the reducer in state/ carries it out. */
export type Command =
  | 'next-view'
  | 'previous-view'
  | 'go-view'
  | 'down'
  | 'up'
  | 'page-down'
  | 'page-up'
  | 'top'
  | 'bottom'
  | 'open'
  | 'back'
  | 'filter'
  | 'filter-done'
  | 'filter-cancel'
  | 'filter-delete'
  | 'previous-date'
  | 'next-date'
  | 'zoom'
  | 'type-date'
  | 'date-done'
  | 'date-cancel'
  | 'date-delete'
  | 'event-tariffs'
  | 'next-item'
  | 'previous-item'
  | 'open-link'
  | 'copy-link'
  | 'next-link'
  | 'help'
  | 'suspend'
  | 'quit';

/**
 * Where a binding works. `filter` is while typing a filter and `date` while typing a day
 * (letters then type, they do not trigger shortcuts); `lists` is the list views; `detail` is
 * an item opened in one of them, `event` an event opened on the Timeline; the rest everywhere.
 */
export type Scope =
  | 'filter'
  | 'date'
  | 'lists'
  | 'detail'
  | 'event'
  | 'links'
  | 'tariffs'
  | 'everywhere';

export interface KeyBinding {
  /** Key names as `input/decode-input.ts` produces them: `tab`, `shift+tab`, `ctrl+c`, `j`, `G`… */
  readonly keys: readonly string[];
  /** The keys as help shows them. */
  readonly label: string;
  readonly command: Command;
  readonly scope: Scope;
  readonly description: string;
  /** A word or two for the footer; bindings without one are only in help. */
  readonly hint?: string;
}
