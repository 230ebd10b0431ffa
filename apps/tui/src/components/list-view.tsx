import type { Dataset } from '@tradetalks/core';
import { listScreen } from '../screen/lists';
import type { AppState, ListViewId } from '../state/app-state';
import { ListPane } from './list-pane';
import { PageView } from './page-view';

/** Timeline, Claims or Sources: the filtered list, or the open item's detail. */
export const ListView = ({
  view,
  state,
  dataset,
  height,
}: {
  readonly view: ListViewId;
  readonly state: AppState;
  readonly dataset: Dataset;
  readonly height: number;
}) => {
  const list = state.lists[view];
  if (list.open)
    return <PageView pane={`${view}-detail`} state={state} dataset={dataset} height={height} />;
  return <ListPane screen={listScreen(view, state, dataset)} list={list} height={height} />;
};
