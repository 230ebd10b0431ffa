import { type Dataset, dataAge } from '@tradetalks/core';
import { type Command, KEY_BINDINGS, type KeyBinding } from '../keys/key-bindings';
import { resolveKey, scopesFor } from '../keys/resolve-key';
import {
  type Line,
  lineWidth,
  paragraph,
  type Segment,
  seg,
  spread,
  truncateLine,
} from '../lines/line';
import { perDataset } from '../model/memo';
import { type AppState, focusOf } from '../state/app-state';
import { backHint, keyContext, reduce, scrollOf } from '../state/reduce';
import { textWidth } from '../text/width';
import { VIEWS } from '../views/registry';
import { chromeRows, MIN_SIZE } from './layout';
import { listScreen } from './lists';
import { paneScreen } from './panes';
import { createStateEnv } from './state-env';

/**
 * "tradetalks  the U.S.–China trade conflict in numbers   data as of 6 Aug 2026, 3 months ago":
 * the data's age (core's words, counted to the day the app started) always shows; the name
 * and subtitle give way to it when the row is short.
 */
const titleLine = (dataset: Dataset, today: string, width: number): Line => {
  const age = dataAge(dataset, today).shortText;
  const name = 'tradetalks';
  const subtitle = '  the U.S.–China trade conflict in numbers';
  if (textWidth(name) + textWidth(subtitle) + textWidth(age) + 2 <= width)
    return spread([seg(name, 'heading'), seg(subtitle, 'muted')], [seg(age, 'warn')], width);
  if (textWidth(name) + textWidth(age) + 1 <= width)
    return spread([seg(name, 'heading')], [seg(age, 'warn')], width);
  return truncateLine([seg(age, 'warn')], width);
};

/**
 * The views as tabs, the current one reversed and in brackets (so it reads without
 * colour or reverse video). Where the names do not fit spaced out they close up; where they
 * do not fit at all, only the current one is named.
 */
export const tabsLine = (state: AppState, width: number): Line => {
  const tab = (index: number, named: boolean, padded: boolean): Segment => {
    const view = VIEWS[index];
    const current = view?.id === state.view;
    const text = named || current ? `${index + 1} ${view?.title}` : `${index + 1}`;
    if (current) return { text: `[${text}]`, tone: 'accent', bold: true, inverse: true };
    return seg(padded ? ` ${text} ` : text, 'muted');
  };
  const row = (named: boolean, padded: boolean): Segment[] =>
    VIEWS.map((_, i) => tab(i, named, padded)).flatMap((s, i) => (i === 0 ? [s] : [seg(' '), s]));
  const fits = (line: Segment[]) => lineWidth(line) <= width;
  const line = [row(true, true), row(true, false)].find(fits) ?? row(false, true);
  return truncateLine(line, width);
};

const ruleLine = (width: number): Line => [seg('─'.repeat(width), 'muted')];

// When not every hint fits, these stay longest (help lists the rest).
const HINT_PRIORITY: readonly Command[] = [
  'help',
  'quit',
  'filter-done',
  'filter-cancel',
  'date-done',
  'date-cancel',
  'back',
  'open',
  'filter',
  'open-link',
  'next-item',
  'previous-item',
  'event-tariffs',
  'previous-date',
  'next-date',
  'type-date',
  'copy-link',
  'down',
  'next-view',
];

const envOf = perDataset(createStateEnv);

/** Whether pressing `binding`'s key here would do what it says (and do anything at all). */
const works = (binding: KeyBinding, state: AppState, dataset: Dataset): boolean => {
  const key = binding.keys[0];
  if (key === undefined) return false;
  const typed = [...key].length === 1 ? key : undefined;
  const resolved = resolveKey(key, typed, keyContext(state));
  if (resolved === undefined || resolved.command !== binding.command) return false;
  return reduce(state, { type: 'key', key, typed }, envOf(dataset)) !== state;
};

/**
 * The bindings worth a reminder here, one per key, as many as fit in `room` cells: only
 * keys that would do something now (no Esc with nowhere to go back to, no q while q types).
 */
const hints = (state: AppState, dataset: Dataset, room: number): Segment[] => {
  const scopes = scopesFor(keyContext(state));
  const bindings = scopes.flatMap((scope) =>
    KEY_BINDINGS.filter((b) => b.scope === scope && b.hint !== undefined),
  );
  const keyOf = (label: string) => label.split(' ')[0] ?? label;
  const hintOf = (b: KeyBinding) => (b.command === 'back' ? (backHint(state) ?? b.hint) : b.hint);
  const unique = bindings.filter(
    (b, i) =>
      bindings.findIndex((o) => keyOf(o.label) === keyOf(b.label)) === i &&
      works(b, state, dataset),
  );
  const cells = (b: KeyBinding) => keyOf(b.label).length + 1 + (hintOf(b)?.length ?? 0) + 2;
  const rank = (b: KeyBinding) => {
    const at = HINT_PRIORITY.indexOf(b.command);
    return at < 0 ? HINT_PRIORITY.length : at;
  };
  const chosen = new Set<KeyBinding>();
  let used = 0;
  for (const b of [...unique].sort((x, y) => rank(x) - rank(y))) {
    if (used + cells(b) > room + 2) continue;
    chosen.add(b);
    used += cells(b);
  }
  return unique
    .filter((b) => chosen.has(b))
    .flatMap((b, i) => [
      seg(i === 0 ? '' : '  '),
      seg(keyOf(b.label), 'key', true),
      seg(` ${hintOf(b)}`, 'muted'),
    ]);
};

/** Where the focus is: "rows 12–30 of 64" in a page, "3 of 52" in a list. */
const position = (state: AppState, dataset: Dataset): string => {
  const focus = focusOf(state);
  if (focus.kind === 'list') {
    const { count } = listScreen(focus.view, state, dataset);
    return count === 0 ? 'none' : `${state.lists[focus.view].cursor + 1} of ${count}`;
  }
  const pane = paneScreen(focus.pane, state, dataset);
  if (pane.maxScroll === 0) return '';
  const first = Math.min(scrollOf(state, focus.pane), pane.maxScroll) + 1;
  const last = Math.min(first + pane.visible - 1, pane.lines.length);
  return `${first}–${last} of ${pane.lines.length} ${last < pane.lines.length ? '↓' : '↑'}`;
};

export const footerLine = (state: AppState, dataset: Dataset, width: number): Line => {
  const where = position(state, dataset);
  if (state.notice) return spread([seg(state.notice, 'accent')], [seg(where, 'muted')], width);
  return spread(hints(state, dataset, width - where.length - 1), [seg(where, 'muted')], width);
};

/** The frame's rows above the view. */
export const headerLines = (state: AppState, dataset: Dataset): Line[] => {
  const { columns } = state.viewport;
  const lines = [titleLine(dataset, state.today, columns), tabsLine(state, columns)];
  return chromeRows(state.viewport).header > 2 ? [...lines, ruleLine(columns)] : lines;
};

/** What to draw instead of the app when the terminal is below the minimum size. */
export const tooSmallLines = (state: AppState): Line[] => {
  const width = Math.max(1, state.viewport.columns);
  return [
    ...paragraph(`terminal too small (need ${MIN_SIZE.columns}×${MIN_SIZE.rows})`, width, 'warn'),
    ...paragraph(
      `now ${state.viewport.columns}×${state.viewport.rows}; enlarge it, or press q to quit`,
      width,
      'muted',
    ),
  ];
};
