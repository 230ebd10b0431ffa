import type { Dataset } from '@tradetalks/core';
import type { AppState } from '../state/app-state';
import { isListView } from '../state/app-state';
import { ListView } from './list-view';
import { PageView } from './page-view';

/** Whatever the body of the screen shows now: help, a list view or a page view. */
export const CurrentView = ({
  state,
  dataset,
  height,
}: {
  readonly state: AppState;
  readonly dataset: Dataset;
  readonly height: number;
}) => {
  if (state.help) return <PageView pane="help" state={state} dataset={dataset} height={height} />;
  if (isListView(state.view)) {
    return <ListView view={state.view} state={state} dataset={dataset} height={height} />;
  }
  return <PageView pane={state.view} state={state} dataset={dataset} height={height} />;
};
