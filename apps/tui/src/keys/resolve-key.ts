import { type Command, KEY_BINDINGS, type KeyBinding, type Scope } from './key-bindings';

export type Resolved =
  | { readonly command: Command; readonly key: string }
  | { readonly command: 'type'; readonly text: string };

export interface KeyContext {
  readonly editing: boolean;
  readonly view: string;
  readonly help: boolean;
  /** Whether an item's detail is open (Enter and / then do nothing). */
  readonly detail: boolean;
}

/** The scopes that apply, most specific first; `filter` shuts out the others' letters. */
export const scopesFor = (context: KeyContext): Scope[] => {
  const scopes: Scope[] = [];
  if (context.help) return ['everywhere'];
  if (context.detail) {
    return context.view === 'timeline'
      ? ['event', 'detail', 'everywhere']
      : ['detail', 'everywhere'];
  }
  if (context.editing) scopes.push('filter');
  else if (['timeline', 'claims', 'sources'].includes(context.view)) scopes.push('lists');
  else if (context.view === 'tariffs') scopes.push('tariffs');
  scopes.push('everywhere');
  return scopes;
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
  if (context.editing && !context.help && typed !== undefined)
    return { command: 'type', text: typed };
  const binding = bindingFor(key, scopesFor(context));
  return binding && { command: binding.command, key };
};
