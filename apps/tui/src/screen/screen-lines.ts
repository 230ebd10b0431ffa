import type { Dataset } from '@tradetalks/core';
import { BLANK, type Line, seg } from '../lines/line';
import { type AppState, focusOf } from '../state/app-state';
import { scrollOf } from '../state/reduce';
import { footerLine, headerLines, tooSmallLines } from './chrome';
import { bodySize, isTooSmall } from './layout';
import { listScreen } from './lists';
import { paneScreen } from './panes';

const EMPTY: Line = [seg('  Nothing matches. Esc clears the filter.', 'muted')];

/** `lines` cut or filled with blank rows to exactly `height`. */
const fill = (lines: readonly Line[], height: number): Line[] => [
  ...lines.slice(0, height),
  ...Array.from({ length: Math.max(0, height - lines.length) }, () => BLANK),
];

/** The view's rows: a list's header and the items from its top, or a pane's page. */
const bodyLines = (state: AppState, dataset: Dataset, height: number): Line[] => {
  const focus = focusOf(state);
  if (focus.kind === 'list') {
    const screen = listScreen(focus.view, state, dataset);
    const list = state.lists[focus.view];
    const rows: Line[] = [...screen.header];
    const end = Math.min(screen.count, list.top + screen.visibleFrom(list.top));
    for (let index = list.top; index < end; index++)
      rows.push(...screen.item(index, index === list.cursor));
    if (screen.count === 0) rows.push(EMPTY);
    return fill(rows, height);
  }
  const pane = paneScreen(focus.pane, state, dataset);
  const offset = Math.min(scrollOf(state, focus.pane), pane.maxScroll);
  return fill([...pane.header, ...pane.lines.slice(offset, offset + pane.visible)], height);
};

/**
 * The whole screen as rows, exactly the terminal's height: title and tabs, the view, the
 * footer. Ink draws it; before Ink has loaded, the binary writes the same rows itself.
 */
export const screenLines = (state: AppState, dataset: Dataset): Line[] => {
  const { columns, rows } = state.viewport;
  if (isTooSmall(state.viewport)) return fill(tooSmallLines(state), Math.max(1, rows));
  const body = bodySize(state.viewport);
  return [
    ...headerLines(state, dataset),
    ...bodyLines(state, dataset, body.height),
    footerLine(state, dataset, columns),
  ];
};
