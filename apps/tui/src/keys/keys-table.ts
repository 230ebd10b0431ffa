import { VIEWS } from '../views/registry';
import { KEY_BINDINGS, type KeyBinding, SCOPE_TITLES, type Scope } from './key-bindings';

const SCOPE_ORDER: readonly Scope[] = [
  'everywhere',
  'lists',
  'detail',
  'event',
  'links',
  'tariffs',
  'date',
  'filter',
];

/** The bindings grouped for display, in the order help shows them. */
export const bindingGroups = (): { scope: Scope; title: string; bindings: KeyBinding[] }[] =>
  SCOPE_ORDER.map((scope) => ({
    scope,
    title: SCOPE_TITLES[scope],
    bindings: KEY_BINDINGS.filter((b) => b.scope === scope),
  }));

/** The key table as Markdown, for the README (kept equal to it by a test). */
export const keysMarkdown = (): string => {
  const rows = bindingGroups().flatMap((group) =>
    group.bindings.map(
      (b) =>
        `| ${group.title} | ${b.label
          .split(' ')
          .map((k) => `\`${k}\``)
          .join(' ')} | ${b.description} |`,
    ),
  );
  return ['| Where | Keys | Does |', '| --- | --- | --- |', ...rows].join('\n');
};

/** The key table as plain text, for `tradetalks --help`. */
export const keysPlainText = (): string[] => {
  const width = Math.max(...KEY_BINDINGS.map((b) => b.label.length));
  return bindingGroups().flatMap((group) => [
    `  ${group.title}:`,
    ...group.bindings.map((b) => `    ${b.label.padEnd(width)}  ${b.description}`),
  ]);
};

/** The commands as a Markdown table for the README, from the views' entries. */
export const commandsMarkdown = (): string =>
  [
    '| Command | Prints | JSON Schema |',
    '| --- | --- | --- |',
    ...VIEWS.map((v) => {
      const date = v.command.options?.includes('date') ? ' [--date YYYY-MM-DD]' : '';
      return `| \`tradetalks ${v.command.name}${date}\` | ${v.command.summary} | [\`${v.command.name}\`](schemas/${v.command.name}.schema.json) |`;
    }),
  ].join('\n');
