import type { Viewport } from '../state/app-state';

/** Below this the app draws only a note asking for a larger terminal. */
export const MIN_SIZE: Viewport = { columns: 40, rows: 12 };
/** From this height a rule separates the tabs from the view. */
const RULE_FROM_ROWS = 20;

export const isTooSmall = (viewport: Viewport): boolean =>
  viewport.columns < MIN_SIZE.columns || viewport.rows < MIN_SIZE.rows;

/**
 * Rows of the frame around a view. Every row is used, the last one too: Ink (with the patch
 * in patches/) redraws a frame of the terminal's height line by line, without clearing.
 */
export const chromeRows = (viewport: Viewport) => ({
  header: viewport.rows >= RULE_FROM_ROWS ? 3 : 2,
  footer: 1,
});

/** The width and height a view has to draw in. */
export const bodySize = (viewport: Viewport): { width: number; height: number } => {
  const chrome = chromeRows(viewport);
  return {
    width: viewport.columns,
    height: Math.max(1, viewport.rows - chrome.header - chrome.footer),
  };
};
