// What one view is, in one place: its tab, its command with help and examples, the key
// scopes it adds, what it draws in the app, what it prints in a pipe, its JSON and the
// JSON Schema of that JSON. `registry.ts` lists the entries; everything else (tabs, `1`–`n`,
// commands, help, README tables, panes, lists, print, JSON, schemas) is derived from it.
// Entries are plain data and pure functions: the print path reads them without Ink.
import type { Dataset } from '@tradetalks/core';
import type { Command, Scope } from '../keys/key-bindings';
import type { Line } from '../lines/line';
import type { AppState } from '../state/app-state';
import type { StateEnv } from '../state/state-env';

/** An address a person can open (`o`) or copy (`y`), with what it is. */
export interface Link {
  readonly url: string;
  /** "U.S. Census Bureau — U.S. trade in goods with China". */
  readonly label: string;
}

/** `tradetalks <name>`: what it prints, how to call it, and what it accepts. */
export interface CommandDoc<Name extends string = string> {
  readonly name: Name;
  readonly summary: string;
  /** Shown first in `tradetalks <name> --help`: a command line and what it does. */
  readonly examples: readonly (readonly [command: string, does: string])[];
  /** Options beyond the common ones (`--json`, `--no-color`, `--no-pager`). */
  readonly options?: readonly 'date'[];
}

/** What printing and JSON are given. */
export interface Query {
  /** The day asked for (`--date`, already accepted by core); `undefined` for the default. */
  readonly date: string | undefined;
  /** The clock's day, `YYYY-MM-DD`: what the data's age is counted to. */
  readonly today: string;
}

/** A command that only this view handles, as a pure step from one state to the next. */
export type Handler = (state: AppState, env: StateEnv) => AppState;

interface CommonEntry<Id extends string, Name extends string> {
  readonly id: Id;
  /** The tab's name. */
  readonly title: string;
  readonly command: CommandDoc<Name>;
  /** Key scopes this view adds to `everywhere` (list views get `lists` and `detail` too). */
  readonly scopes?: readonly Scope[];
  /** Commands of those scopes and what they do here. */
  readonly handlers?: Partial<Record<Command, Handler>>;
  /** The view as printed text, every item written out. */
  readonly print: (dataset: Dataset, query: Query, width: number) => Line[];
  /**
   * A word for stderr beside printed text (never in JSON, which carries it as data): the
   * day asked for is after the verified data, say.
   */
  readonly warning?: (dataset: Dataset, query: Query) => string | undefined;
  /** The view's data for programs: `schemaVersion` and the fields `schema` describes. */
  readonly json: (dataset: Dataset, query: Query) => Record<string, unknown>;
  /** JSON Schema (draft 2020-12) of `json`; shipped as `schemas/<command>.schema.json`. */
  readonly schema: Record<string, unknown>;
}

/** A view that is one page of lines that scrolls, under a pinned header. */
export interface PageEntry<Id extends string = string, Name extends string = string>
  extends CommonEntry<Id, Name> {
  readonly kind: 'page';
  readonly header?: (dataset: Dataset, state: AppState, width: number) => Line[];
  readonly body: (dataset: Dataset, state: AppState, size: PageSize) => Line[];
  /** What the body depends on besides the size, so it is built once per key. */
  readonly bodyKey?: (state: AppState) => string;
}

export interface PageSize {
  readonly width: number;
  /** Rows the view has on screen, for charts that grow with the terminal. */
  readonly height: number;
}

/** A view that is a list of items, filtered with `/`, each with a detail behind Enter. */
export interface ListEntry<Id extends string = string, T = unknown, Name extends string = string>
  extends CommonEntry<Id, Name> {
  readonly kind: 'list';
  /** "event", "events". */
  readonly nouns: readonly [one: string, many: string];
  /** Scopes added while an item is open (`detail` always). */
  readonly detailScopes?: readonly Scope[];
  readonly items: (dataset: Dataset, filter: string) => readonly T[];
  /** Lines above the list, under the title row (a summary). */
  readonly summary?: (dataset: Dataset, width: number) => Line[];
  /** An item's rows in the list at `width`: as many as it needs, never cut. */
  readonly item: (dataset: Dataset, item: T, width: number) => Line[];
  /** An item in full; `selectedUrl` is the link `o` and `y` act on, to be marked. */
  readonly detail: (dataset: Dataset, item: T, width: number, selectedUrl?: string) => Line[];
  /** The addresses behind an item, the one `o` opens first. */
  readonly links: (dataset: Dataset, item: T) => readonly Link[];
  /** The day an item is about, when it is known to the day (`t` on the Timeline). */
  readonly day?: (item: T) => string | undefined;
}
