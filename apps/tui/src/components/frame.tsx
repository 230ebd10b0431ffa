import type { Dataset } from '@tradetalks/core';
import { Box } from 'ink';
import { footerLine, headerLines, tooSmallLines } from '../screen/chrome';
import { bodySize, isTooSmall } from '../screen/layout';
import type { AppState } from '../state/app-state';
import { CurrentView } from './current-view';
import { LinesView } from './lines-view';

/** The whole screen: title and tabs, the current view, the footer with keys and position. */
export const Frame = ({
  state,
  dataset,
}: {
  readonly state: AppState;
  readonly dataset: Dataset;
}) => {
  const { columns, rows } = state.viewport;
  if (isTooSmall(state.viewport)) {
    return <LinesView lines={tooSmallLines(state)} height={Math.max(1, rows)} />;
  }
  const body = bodySize(state.viewport);
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <LinesView lines={headerLines(state, dataset)} />
      <CurrentView state={state} dataset={dataset} height={body.height} />
      <LinesView lines={[footerLine(state, dataset, columns)]} />
    </Box>
  );
};
