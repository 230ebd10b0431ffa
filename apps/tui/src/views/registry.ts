// The views, in tab order: `1`–`n` pick them by position. A new view is a file beside this
// one and an entry here; the tabs, commands, help, README tables, panes, key scopes, print,
// JSON and schemas all follow from it.
import { chapters } from './chapters';
import { claims } from './claims';
import { overview } from './overview';
import { series } from './series';
import { sources } from './sources';
import { tariffs } from './tariffs';
import { timeline } from './timeline';
import { trade } from './trade';
import type { ListEntry, PageEntry } from './view-entry';

export const VIEWS = [
  overview,
  chapters,
  timeline,
  tariffs,
  trade,
  series,
  claims,
  sources,
] as const;

type Entry = (typeof VIEWS)[number];
export type ViewId = Entry['id'];
export type ListViewId = Extract<Entry, { kind: 'list' }>['id'];
export type PageViewId = Extract<Entry, { kind: 'page' }>['id'];
export type CommandName = Entry['command']['name'];

/** A view's entry by id. */
export const viewEntry = (id: ViewId): Entry => VIEWS.find((v) => v.id === id) as Entry;

/** A list view's entry, its items' type forgotten: the screen treats every list alike. */
export const listEntry = (id: ListViewId): ListEntry<ListViewId, unknown> =>
  viewEntry(id) as unknown as ListEntry<ListViewId, unknown>;

export const pageEntry = (id: PageViewId): PageEntry<PageViewId> =>
  viewEntry(id) as PageEntry<PageViewId>;

/** The entry behind a command name. */
export const commandEntry = (name: CommandName): Entry =>
  VIEWS.find((v) => v.command.name === name) as Entry;

export const COMMAND_NAMES: readonly CommandName[] = VIEWS.map((v) => v.command.name);

export const isCommand = (name: string): name is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(name);
