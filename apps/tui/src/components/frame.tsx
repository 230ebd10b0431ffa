import type { Dataset } from '@tradetalks/core';
import { screenLines } from '../app/host';
import type { AppState } from '../state/app-state';
import { LinesView } from './lines-view';

/**
 * The whole screen as one block of rows: title and tabs, the current view, the footer with
 * keys and position. One Ink node, so a frame costs Ink one layout and one write.
 */
export const Frame = ({
  state,
  dataset,
}: {
  readonly state: AppState;
  readonly dataset: Dataset;
}) => <LinesView lines={screenLines(state, dataset)} />;
