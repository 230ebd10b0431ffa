// The first frame, written before Ink and React have loaded (they take longer to load than
// the frame takes to build): a person sees the overview as fast as a script gets it. Ink
// then draws the same rows over it, so the hand-over shows nothing.
import { type Dataset, latestTariffDay } from '@tradetalks/core';
import { lineToAnsi } from '../lines/render-text';
import { screenLines } from '../screen/screen-lines';
import { initialState, type ViewId } from '../state/app-state';
import { ENTER_SCREEN } from './terminal-modes';

const HIDE_CURSOR = '\u001b[?25l';
const SYNC_START = '\u001b[?2026h';
const SYNC_END = '\u001b[?2026l';

/** The first frame as one write: each row at its place, the cursor home for Ink after it. */
export const firstFrame = ({
  dataset,
  date,
  today,
  view,
  columns,
  rows,
  color,
  hyperlinks,
}: {
  readonly dataset: Dataset;
  /** The day the Tariffs view shows (accepted by core); the latest verified day if none. */
  readonly date: string | undefined;
  readonly today: string;
  readonly view: ViewId;
  readonly columns: number;
  readonly rows: number;
  readonly color: boolean;
  readonly hyperlinks: boolean;
}): string => {
  const state = initialState({
    tariffDate: date ?? latestTariffDay(dataset),
    today,
    viewport: { columns, rows },
    view,
  });
  const lines = screenLines(state, dataset);
  const body = lines
    .map(
      (line, r) => `\u001b[${r + 1};1H${lineToAnsi(line, { color, attributes: true, hyperlinks })}`,
    )
    .join('');
  return `${ENTER_SCREEN}${HIDE_CURSOR}${SYNC_START}\u001b[2J${body}\u001b[H${SYNC_END}`;
};
