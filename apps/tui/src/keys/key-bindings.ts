// Every keyboard shortcut of the interactive app, defined once. The resolver, the help
// screen, the footer hints, `tradetalks --help` and the README's table are all drawn from
// this table; nothing else names a key.

import { VIEWS } from '../views/registry';

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

/** `1`, `2`, … one digit per view, in tab order. */
export const VIEW_KEYS: readonly string[] = VIEWS.map((_, i) => String(i + 1));
const VIEW_TITLES = VIEWS.map((v) => v.title).join(', ');

export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    keys: ['tab'],
    label: 'Tab',
    command: 'next-view',
    scope: 'everywhere',
    description: 'Next view',
    hint: 'view',
  },
  {
    keys: ['shift+tab'],
    label: 'Shift-Tab',
    command: 'previous-view',
    scope: 'everywhere',
    description: 'Previous view',
  },
  {
    keys: VIEW_KEYS,
    label: `1–${VIEW_KEYS.length}`,
    command: 'go-view',
    scope: 'everywhere',
    description: `Go to a view: ${VIEW_TITLES}`,
  },
  {
    keys: ['down', 'j'],
    label: '↓ j',
    command: 'down',
    scope: 'everywhere',
    description: 'Move down a row (in a list: the next item)',
    hint: 'move',
  },
  {
    keys: ['up', 'k'],
    label: '↑ k',
    command: 'up',
    scope: 'everywhere',
    description: 'Move up a row',
  },
  {
    keys: ['pagedown', 'space'],
    label: 'PgDn Space',
    command: 'page-down',
    scope: 'everywhere',
    description: 'Down a screen',
  },
  {
    keys: ['pageup'],
    label: 'PgUp',
    command: 'page-up',
    scope: 'everywhere',
    description: 'Up a screen',
  },
  {
    keys: ['g', 'home'],
    label: 'g Home',
    command: 'top',
    scope: 'everywhere',
    description: 'Jump to the top',
  },
  {
    keys: ['G', 'end'],
    label: 'G End',
    command: 'bottom',
    scope: 'everywhere',
    description: 'Jump to the bottom',
  },
  {
    keys: ['enter'],
    label: 'Enter',
    command: 'open',
    scope: 'lists',
    description: 'Open the selected item’s detail',
    hint: 'open',
  },
  {
    keys: ['/'],
    label: '/',
    command: 'filter',
    scope: 'lists',
    description: 'Filter the list by text',
    hint: 'filter',
  },
  {
    keys: ['[', 'left'],
    label: '[ ←',
    command: 'previous-date',
    scope: 'tariffs',
    description: 'Move the date to the previous tariff action',
    hint: 'earlier',
  },
  {
    keys: [']', 'right'],
    label: '] →',
    command: 'next-date',
    scope: 'tariffs',
    description: 'Move the date to the next tariff action',
    hint: 'later',
  },
  {
    keys: ['n'],
    label: 'n',
    command: 'next-item',
    scope: 'detail',
    description: 'Open the next item in the list',
    hint: 'next',
  },
  {
    keys: ['p'],
    label: 'p',
    command: 'previous-item',
    scope: 'detail',
    description: 'Open the previous item in the list',
    hint: 'previous',
  },
  {
    keys: ['t'],
    label: 't',
    command: 'event-tariffs',
    scope: 'event',
    description: 'Show the tariffs in force on the event’s day',
    hint: 'tariffs that day',
  },
  {
    keys: ['o'],
    label: 'o',
    command: 'open-link',
    scope: 'links',
    description: 'Open the selected item’s source in the browser ($BROWSER, else the system’s)',
    hint: 'open link',
  },
  {
    keys: ['y'],
    label: 'y',
    command: 'copy-link',
    scope: 'links',
    description: 'Copy the address of that source (to the terminal’s clipboard, OSC 52)',
    hint: 'copy link',
  },
  {
    keys: ['l'],
    label: 'l',
    command: 'next-link',
    scope: 'links',
    description: 'Pick the next of the item’s sources for o and y',
    hint: 'next link',
  },
  {
    keys: ['z'],
    label: 'z',
    command: 'zoom',
    scope: 'tariffs',
    description: 'Zoom the charts to the year of the day shown, and back out',
    hint: 'zoom',
  },
  {
    keys: ['d'],
    label: 'd',
    command: 'type-date',
    scope: 'tariffs',
    description: 'Type a day to show (YYYY-MM-DD): any day from 2018, today too',
    hint: 'date',
  },
  {
    keys: ['enter'],
    label: 'Enter',
    command: 'date-done',
    scope: 'date',
    description: 'Show the day typed (or say why it is not a day)',
    hint: 'show',
  },
  {
    keys: ['escape'],
    label: 'Esc',
    command: 'date-cancel',
    scope: 'date',
    description: 'Stop typing; keep the day shown',
    hint: 'cancel',
  },
  {
    keys: ['backspace'],
    label: 'Backspace',
    command: 'date-delete',
    scope: 'date',
    description: 'Delete the last character',
  },
  {
    keys: ['enter'],
    label: 'Enter',
    command: 'filter-done',
    scope: 'filter',
    description: 'Keep the filter and stop typing',
    hint: 'keep',
  },
  {
    keys: ['escape'],
    label: 'Esc',
    command: 'filter-cancel',
    scope: 'filter',
    description: 'Clear the filter and stop typing',
    hint: 'clear',
  },
  {
    keys: ['backspace'],
    label: 'Backspace',
    command: 'filter-delete',
    scope: 'filter',
    description: 'Delete the last character',
  },
  {
    keys: ['escape'],
    label: 'Esc',
    command: 'back',
    scope: 'everywhere',
    description: 'Back: close help or an item, clear a filter, then back to the view before',
    hint: 'back',
  },
  {
    keys: ['?'],
    label: '?',
    command: 'help',
    scope: 'everywhere',
    description: 'Show or hide the help screen',
    hint: 'help',
  },
  {
    keys: ['ctrl+z'],
    label: 'Ctrl+Z',
    command: 'suspend',
    scope: 'everywhere',
    description: 'Suspend to the shell; `fg` brings the app back',
  },
  {
    keys: ['q', 'ctrl+c'],
    label: 'q Ctrl+C',
    command: 'quit',
    scope: 'everywhere',
    description: 'Quit and restore the terminal',
    hint: 'quit',
  },
];

/** "Timeline, Claims and Sources". */
const titlesOf = (views: readonly { title: string }[]): string =>
  views.length <= 1
    ? (views[0]?.title ?? '')
    : `${views
        .slice(0, -1)
        .map((v) => v.title)
        .join(', ')} and ${views.at(-1)?.title}`;

const withScope = (scope: Scope) =>
  VIEWS.filter((v) => ('scopes' in v ? (v.scopes as readonly Scope[]) : []).includes(scope));
const lists = VIEWS.filter((v) => v.kind === 'list');
const withDetailScope = (scope: Scope) =>
  lists.filter((v) =>
    ('detailScopes' in v ? (v.detailScopes as readonly Scope[]) : []).includes(scope),
  );

/** Where each scope's keys work, in words, drawn from the views that add the scope. */
export const SCOPE_TITLES: Record<Scope, string> = {
  everywhere: 'Everywhere',
  lists: titlesOf(lists),
  detail: 'An item opened in a list',
  event: `An item opened on the ${titlesOf(withDetailScope('event'))}`,
  links: `${titlesOf(lists)}: the item selected or open`,
  tariffs: titlesOf(withScope('tariffs')),
  filter: 'While typing a filter',
  date: 'While typing a day',
};
