import { viewEntry } from '../views/registry';
import { type Command, KEY_BINDINGS, type KeyBinding, type Scope } from './key-bindings';

export type Resolved =
  | { readonly command: Command; readonly key: string }
  | { readonly command: 'type'; readonly text: string };

export interface KeyContext {
  readonly editing: boolean;
  /** Whether a day is being typed (the Tariffs view's `d`). */
  readonly typingDate?: boolean;
  readonly view: Parameters<typeof viewEntry>[0];
  readonly help: boolean;
  /** Whether an item's detail is open (Enter and / then do nothing). */
  readonly detail: boolean;
}

/**
 * The scopes that apply, most specific first; `filter` shuts out the others' letters. A
 * view's entry says which it adds: list views `lists` (and `detail` with an item open),
 * others their own (`tariffs`).
 */
export const scopesFor = (context: KeyContext): Scope[] => {
  if (context.help) return ['everywhere'];
  const entry = viewEntry(context.view);
  const own: readonly Scope[] = entry.scopes ?? [];
  if (context.detail && entry.kind === 'list') {
    return [...(entry.detailScopes ?? []), 'detail', 'links', 'everywhere'];
  }
  if (context.typingDate) return ['date', 'everywhere'];
  if (context.editing) return ['filter', 'everywhere'];
  const scopes: Scope[] = entry.kind === 'list' ? ['lists', 'links', ...own] : [...own];
  return [...scopes, 'everywhere'];
};

/** The binding for a key in these scopes, the most specific scope first. */
const bindingFor = (key: string, scopes: readonly Scope[]): KeyBinding | undefined => {
  for (const scope of scopes) {
    const found = KEY_BINDINGS.find((b) => b.scope === scope && b.keys.includes(key));
    if (found) return found;
  }
  return undefined;
};

/**
 * What a key press means here. While a filter is being typed, text goes to the filter and
 * only non-text keys (arrows, Enter, Esc, Backspace, Tab, Ctrl+C) act as shortcuts.
 */
export const resolveKey = (
  key: string,
  typed: string | undefined,
  context: KeyContext,
): Resolved | undefined => {
  if ((context.editing || context.typingDate) && !context.help && typed !== undefined)
    return { command: 'type', text: typed };
  const binding = bindingFor(key, scopesFor(context));
  return binding && { command: binding.command, key };
};
